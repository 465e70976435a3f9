import type { CypherReader } from '../neo4j/database.ts';

export interface LabelCount {
  label: string;
  count: number;
}

export interface TypeCount {
  type: string;
  count: number;
}

/**
 * The graph as one GraphQL request sees it. Made anew for every request, so its loaders batch
 * and cache within that request only.
 */
export class Graph {
  constructor(private readonly reader: CypherReader) {}

  nodeCounts(): Promise<LabelCount[]> {
    return this.reader.read<LabelCount>('read/stats-node-counts');
  }

  relationshipCounts(): Promise<TypeCount[]> {
    return this.reader.read<TypeCount>('read/stats-relationship-counts');
  }
}
