import type { TestProject } from 'vitest/node';
import { Database } from '../src/neo4j/database.ts';
import { provideNeo4j } from './support/provide-neo4j.ts';

const say = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);

/** Picks the Neo4j for the whole run (see design: NEO4J_URI, Testcontainers, managed) once. */
export default async function setup(project: TestProject) {
  process.stderr.write(`[node] The integration tests run on Node.js ${process.version}\n`);
  const neo4j = await provideNeo4j(say);
  const db = new Database(neo4j.connection, { queryTimeoutMs: 30_000 });
  try {
    say(`The server reports Neo4j ${(await db.verify()).version}`);
  } finally {
    await db.close();
  }
  project.provide('neo4j', neo4j.connection);
  project.provide('neo4jChoice', neo4j.choice);
  return () => neo4j.release();
}
