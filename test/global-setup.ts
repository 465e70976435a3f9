import type { TestProject } from 'vitest/node';
import { provideNeo4j } from './support/provide-neo4j.ts';

/** Picks the Neo4j for the whole run (see design: NEO4J_URI, Testcontainers, managed) once. */
export default async function setup(project: TestProject) {
  const neo4j = await provideNeo4j((message) => process.stderr.write(`[neo4j] ${message}\n`));
  project.provide('neo4j', neo4j.connection);
  return () => neo4j.release();
}
