import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dbHits } from '../../bench/peers/db-hits.ts';
import { operations } from '../../bench/peers/operations.ts';
import { planRoots } from '../../src/graph/planner.ts';
import { statementText } from '../../src/graph/statement-text.ts';
import { cypher } from '../../src/neo4j/cypher.ts';
import { roots } from '../support/roots.ts';
import { seededGraph } from '../support/seeded.ts';

seededGraph();
const connection = inject('neo4j');
const driver = neo4j.driver(
  connection.uri,
  neo4j.auth.basic(connection.username, connection.password),
);
afterAll(() => driver.close());

describe("the statements of bench:peers' operations", () => {
  it.each(['participation'])(
    '%s: this API reads no more of the graph than the hand-written floor',
    async (name) => {
      const operation = operations.find((op) => op.name === name);
      if (operation === undefined) throw new Error(`no operation ${name}`);
      const ours = [...planRoots(roots(operation.project)).values()].map(({ plan }) => {
        if (plan instanceof Error || 'value' in plan) throw new Error(`${name} runs no statement`);
        const { cypher: text, params } = statementText(plan);
        return { text, params };
      });
      const floor = [{ text: cypher(operation.raw.file), params: operation.raw.params }];
      const read = {
        api: await dbHits(driver, ours, connection.database),
        floor: await dbHits(driver, floor, connection.database),
      };
      expect(read.api).toBeGreaterThan(0);
      expect(read.api, JSON.stringify(read)).toBeLessThanOrEqual(read.floor);
    },
  );
});
