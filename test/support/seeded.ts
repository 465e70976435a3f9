import { afterAll, beforeAll } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { migrate } from '../../src/neo4j/migrate.ts';
import { dataDir } from '../../src/paths.ts';
import { graphql, securityWith, testApp, testDatabase } from './database.ts';

/**
 * The real NEASPEC dataset in the test Neo4j, exactly (curated leftovers of other suites
 * removed), and a query function going through the HTTP app as a client would.
 */
export function seededGraph(security = securityWith()) {
  const db = testDatabase();
  const app = testApp(db, () => true, security);
  beforeAll(async () => {
    // The connection that asks whether Neo4j answers is opened first: on a busy machine a first
    // statement waits seconds for its connection and plan, and would be taken for a hung Neo4j
    // if the question then waited for a connection of its own too.
    while (!(await db.answers()));
    await migrate(db);
    await importDataset(db, dataDir, { replace: true });
  });
  afterAll(() => db.close());
  return {
    db,
    app,
    query: (query: string, variables?: Record<string, unknown>) => graphql(app, query, variables),
  };
}
