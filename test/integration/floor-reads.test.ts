/**
 * The hand-written floors of bench:peers (cypher/bench/) are the best statement a Cypher expert
 * writes for each operation: this API's statements may read less of the graph than one (a
 * floor so beaten is a weak statement, not a limit) by at most a tenth, and read at most a
 * tenth more than it (what a statement reads beyond the floor is Neo4j's time the service
 * spends beyond it). Each floor answers what this API answers, in its order: a floor that left
 * lists unsorted would do less than the answer asks.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dbHits, recordStatements, sent } from '../../bench/peers/db-hits.ts';
import { canonical, operations } from '../../bench/peers/operations.ts';
import { cypher } from '../../src/neo4j/cypher.ts';
import { securityWith, testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();
const connection = inject('neo4j');
const driver = neo4j.driver(
  connection.uri,
  neo4j.auth.basic(connection.username, connection.password),
);
afterAll(() => driver.close());

// What this API sends for an operation, as it runs it: recorded on the way to Neo4j. Without the
// answer cache, as bench:peers compares it, so that every request reaches Neo4j.
const recorder = recordStatements(db);
const app = testApp(db, () => true, securityWith({ RESPONSE_CACHE_ENTRIES: '0' }));

const operation = (name: string) => {
  const found = operations.find((op) => op.name === name);
  if (found === undefined) throw new Error(`no operation ${name}`);
  return found;
};

/** This API's answer to an operation, and the statements it sent for it. */
async function answer(name: string) {
  recorder.take();
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation(name).project }),
  });
  const json = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
  expect(json.errors).toBeUndefined();
  return { data: json.data, sent: recorder.take().map(sent) };
}

async function reads(name: string) {
  const ours = (await answer(name)).sent;
  const { raw } = operation(name);
  const floor = [sent({ text: cypher(raw.file), params: raw.params })];
  const read = {
    api: await dbHits(driver, ours, connection.database),
    floor: await dbHits(driver, floor, connection.database),
  };
  expect(read.api, 'this API sent no statement').toBeGreaterThan(0);
  return read;
}

describe("the statements of bench:peers' operations", () => {
  it.each(operations.map((op) => op.name))(
    '%s: the floor reads at most a tenth more of the graph than this API',
    async (name) => {
      const read = await reads(name);
      expect(read.floor, JSON.stringify(read)).toBeLessThanOrEqual(read.api * 1.1);
    },
  );

  it.each(operations.map((op) => op.name))(
    '%s: this API reads at most a tenth more of the graph than the floor',
    async (name) => {
      const read = await reads(name);
      expect(read.api, JSON.stringify(read)).toBeLessThanOrEqual(read.floor * 1.1);
    },
  );

  it.each(operations.map((op) => op.name))(
    "%s: the floor answers this API's data, in its order",
    async (name) => {
      const op = operation(name);
      const ours = op.data.project((await answer(name)).data);
      const floor = op.data.raw(await op.raw.answer(db));
      expect(JSON.stringify(canonical(floor, false))).toBe(JSON.stringify(canonical(ours, false)));
    },
  );
});
