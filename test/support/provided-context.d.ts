import 'vitest';
import type { Neo4jConnection } from '../../src/neo4j/database.ts';

declare module 'vitest' {
  /** What the global setup hands to every suite. */
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}
