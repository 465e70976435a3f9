import type { Viewer } from '../auth/tokens.ts';
import type { Curation } from '../curation/curation.ts';
import type { Graph } from '../graph/graph.ts';
import type { History } from '../graph/history.ts';

/** What every resolver receives for one request. */
export interface Context {
  /** The request's view of the graph: reads only, batched per request. */
  graph: Graph;
  /** The graph's history: changes and what they did to facts. */
  history: History;
  /** Who sent the request, from their token; null without one. */
  viewer: Viewer | null;
  /** Logs a write refused with a typed error: the mutation and why (the editor is known). */
  refusedWrite(operation: string, reason: string): void;
  /** The role a token needs to write. */
  editorRole: string;
  /** Writes, as the viewer; null unless the request may write. */
  curation: Curation | null;
}
