import type { Viewer } from '../auth/tokens.ts';
import type { Curation } from '../curation/curation.ts';
import type { Graph } from '../graph/graph.ts';

/** What every resolver receives for one request. */
export interface Context {
  /** The request's view of the graph: reads only, batched per request. */
  graph: Graph;
  /** Who sent the request, from their token; null without one. */
  viewer: Viewer | null;
  /** The role a token needs to write. */
  editorRole: string;
  /** Writes, as the viewer; null unless the request may write. */
  curation: Curation | null;
}
