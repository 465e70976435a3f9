/**
 * The graph statistics the cost estimate reads are read again after writes at most every
 * `everyMs` (a clock the test moves): counts of round trips to Neo4j, never durations.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Revision } from '../../src/graph/revision.ts';
import { Statistics } from '../../src/graph/statistics.ts';
import { countRoundTrips } from '../../src/neo4j/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

describe('the graph statistics under writes', () => {
  it('are read again once the interval has passed since the last read, not after each write', {
    timeout: 60_000,
  }, async () => {
    let clock = 0;
    const reader = countRoundTrips(db);
    // The revision is asked each time (no age kept), through the counted reader too.
    const statistics = new Statistics(reader, new Revision(reader, 0), 10_000, () => clock);
    const first = await statistics.current();
    expect(first).toBeDefined();
    // The revision, then the label sizes and the relationship degrees.
    expect(reader.roundTrips).toBe(3);

    await db.writeTransaction(async () => {});
    clock = 9_999;
    expect(await statistics.current()).toBe(first);
    // Neither the revision nor the statistics were asked for.
    expect(reader.roundTrips).toBe(3);

    clock = 10_000;
    expect(await statistics.current()).toBe(first);
    // As each request asks, until the statistics read in the background have come.
    for (let turn = 0; turn < 600 && statistics.latest() === first; turn += 1) {
      await statistics.current();
      await sleep(50);
    }
    expect(statistics.latest()).not.toBe(first);
    expect(reader.roundTrips).toBe(6);
  });
});
