import { describe, expect, it } from 'vitest';
import { operations } from '../../bench/peers/operations.ts';
import { estimate } from '../../src/graph/cost.ts';
import { readStatistics } from '../../src/graph/statistics.ts';
import { examples } from '../../src/graphiql-examples.ts';
import { roots } from '../support/roots.ts';
import { seededGraph } from '../support/seeded.ts';

const { db, query } = seededGraph();

/** How many values an answer holds, counted as the estimate counts: every field of every object. */
const sizeOf = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce<number>((sum, item) => sum + sizeOf(item), 0)
    : value !== null && typeof value === 'object'
      ? Object.values(value).reduce<number>((sum, field) => sum + 1 + sizeOf(field), 0)
      : 0;

const dashboards = [
  '{ organisations { name relationships { type from { name } to { name } } } }',
  '{ projects { name relationships { type from { name } to { name } evidence { note quote source { name url } } } } }',
];

describe('the cost estimate, from the graph statistics', () => {
  const queries = [
    ...operations.map((op) => [op.name, op.project]),
    ...examples.map((example) => [/query (\w+)/.exec(example.query)?.[1], example.query]),
    ...dashboards.map((dashboard, i) => [`dashboard ${i + 1}`, dashboard]),
  ] as [string, string][];

  it.each(queries)('is within 2x of the answer of %s', async (_name, source) => {
    const statistics = await readStatistics(db);
    const result = await query(source);
    expect(result.errors).toBeUndefined();
    const actual = sizeOf(result.data);
    const estimated = estimate(roots(source), statistics).cost;
    expect(estimated / actual).toBeGreaterThanOrEqual(0.5);
    // How long a path is no statistic says before it is found: it counts as long as it may be
    // (maxHops, 6 unless asked), so it is held to the answer a path of that length would give,
    // within 3x: each step's relationships and evidence are weighed by the graph's averages, which
    // the few steps of one path need not meet (2.2x on the dataset). Every other query: 2x.
    const found = (result.data as { path?: { length: number } | null }).path;
    if (found !== undefined) {
      const hops = Number(/maxHops:\s*(\d+)/.exec(source)?.[1] ?? 6);
      const longest = found ? actual * (hops / Math.max(1, found.length)) : actual;
      expect(estimated / longest).toBeLessThanOrEqual(3);
    } else expect(estimated / actual).toBeLessThanOrEqual(2);
  });
});
