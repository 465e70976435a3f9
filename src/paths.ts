import { fileURLToPath } from 'node:url';

/** The project folder; src/ and dist/ sit at the same depth, so this holds for both. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const cypherDir = fileURLToPath(new URL('../cypher/', import.meta.url));
export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** Git-ignored home of the managed local Neo4j: classpath, data, logs, password. */
export const localNeo4jDir = fileURLToPath(new URL('../.neo4j/', import.meta.url));
