/**
 * Whatever stream of distinct documents arrives, every cache holds at most its share of the
 * memory budget, as it reports at /memory; and a variable the operation does not declare makes
 * no new entry in any cache.
 */
import { describe, expect, it } from 'vitest';
import type { CacheReport } from '../../src/bounded-cache.ts';
import { securityWith } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

// The smallest budget, so that a few hundred documents fill every cache.
const { app } = seededGraph(securityWith({ MEMORY_BUDGET_MB: '16' }));

const send = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return Number(
    /cypher;desc="(\d+) round trips?"/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? 0,
  );
};

const memory = async () =>
  (await (await app.fetch('http://localhost/memory')).json()) as {
    rss: number;
    caches: Record<string, CacheReport>;
  };

describe('the caches under a stream of distinct documents', () => {
  // Hundreds of requests: as long as the machine needs.
  it('each holds at most its bound in bytes, the least recently used evicted', {
    timeout: 600_000,
  }, async () => {
    const documents = 240;
    for (let i = 0; i < documents; i += 1) {
      // A large answer (the response cache) from a distinct document, run twice (compiled the
      // second time: another value of its variable is another answer).
      const text = `query Q${i}($n: Int) { decisions(first: $n) { edges { node { id summary } } } }`;
      await send(text, { n: 100 });
      await send(text, { n: 99 });
      if (i % 40 === 39) {
        const { caches } = await memory();
        for (const [name, report] of Object.entries(caches))
          expect(report.bytes, name).toBeLessThanOrEqual(report.maxBytes);
      }
    }
    const { caches } = await memory();
    for (const name of ['responses', 'documents', 'plans', 'compiledQueries']) {
      const report = caches[name] as CacheReport;
      expect(report.entries, name).toBeGreaterThan(0);
      // Full: fewer kept than were made.
      expect(report.entries, name).toBeLessThan(documents);
      expect(report.bytes, name).toBeGreaterThan(report.maxBytes / 2);
    }
  });

  it('answers a query with variables it does not declare from the cache, adding nothing', async () => {
    const text = '{ networks { acronym memberStates { iso3 } } }';
    expect(await send(text)).toBe(1);
    for (let i = 0; i < 10; i += 1) expect(await send(text, { unused: i })).toBe(0);
    const before = (await memory()).caches;
    for (let i = 10; i < 20; i += 1) expect(await send(text, { unused: i })).toBe(0);
    const after = (await memory()).caches;
    for (const name of ['responses', 'plans']) {
      expect(after[name]?.entries, name).toBe(before[name]?.entries);
      expect(after[name]?.bytes, name).toBe(before[name]?.bytes);
    }
  });
});
