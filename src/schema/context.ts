import type { Graph } from '../graph/graph.ts';

/** What every resolver receives: the request's view of the graph. */
export interface Context {
  graph: Graph;
}
