/**
 * The hand-written floors of bench:peers (cypher/bench/) are the best statement a Cypher expert
 * writes for each operation: this API's statements may read less of the graph than one (a
 * floor so beaten is a weak statement, not a limit) by at most a tenth. And participation,
 * whose statement once read twice the floor's, reads no more than it.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dbHits } from '../../bench/peers/db-hits.ts';
import { operations } from '../../bench/peers/operations.ts';
import { cypher } from '../../src/neo4j/cypher.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();
const connection = inject('neo4j');
const driver = neo4j.driver(
  connection.uri,
  neo4j.auth.basic(connection.username, connection.password),
);
afterAll(() => driver.close());

// What this API sends for an operation, as it runs it: recorded on the way to Neo4j. The graph's
// revision and statistics, read whatever the operation, are no operation's own.
const shared = new Set(
  [
    statements.read.graphRevision,
    statements.read.labelSizes,
    statements.read.relationshipDegrees,
  ].map((statement) => cypher(statement.file)),
);
let sent: { text: string; params: Record<string, unknown> }[] = [];
const query = db.query.bind(db);
db.query = (text, params = {}) => {
  if (!shared.has(text)) sent.push({ text, params });
  return query(text, params);
};
const app = testApp(db);

/** Parameters as the driver sends them from JavaScript: whole numbers as integers. */
const asSent = (params: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(params), (_key, value) =>
    Number.isInteger(value) ? neo4j.int(value) : value,
  ) as Record<string, unknown>;

async function reads(name: string) {
  const operation = operations.find((op) => op.name === name);
  if (operation === undefined) throw new Error(`no operation ${name}`);
  sent = [];
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.project }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  const ours = sent.map(({ text, params }) => ({ text, params: asSent(params) }));
  const floor = [{ text: cypher(operation.raw.file), params: asSent(operation.raw.params) }];
  return {
    api: await dbHits(driver, ours, connection.database),
    floor: await dbHits(driver, floor, connection.database),
  };
}

describe("the statements of bench:peers' operations", () => {
  it.each(operations.map((op) => op.name))(
    '%s: the floor reads at most a tenth more of the graph than this API',
    async (name) => {
      const read = await reads(name);
      expect(read.api).toBeGreaterThan(0);
      expect(read.floor, JSON.stringify(read)).toBeLessThanOrEqual(read.api * 1.1);
    },
  );

  it('participation: this API reads no more of the graph than the floor', async () => {
    const read = await reads('participation');
    expect(read.api, JSON.stringify(read)).toBeLessThanOrEqual(read.floor);
  });
});
