import 'vitest';
import type { Neo4jConnection } from '../../src/neo4j/database.ts';
import type { Neo4jChoice } from './neo4j-choice.ts';

declare module 'vitest' {
  /** What the global setup hands to every suite. */
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** Where that Neo4j comes from: NEO4J_URI, a container, or the managed local server. */
    neo4jChoice: Neo4jChoice;
  }
}
