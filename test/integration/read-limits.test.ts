import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/schema/ids.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, query } = seededGraph();

const roundTrips = (headers: Headers) =>
  Number(/cypher;desc="(\d+) round trips?"/.exec(headers.get('server-timing') ?? '')?.[1] ?? 0);

describe('what a read may cost', () => {
  it('refuses a request repeating an id 2 700 times before anything runs', async () => {
    const ids = Array.from({ length: 2700 }, () => encodeId('Network', 'NEAMPAN'));
    const body = JSON.stringify({
      query: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity {
        relationships { from { name } to { name } evidence { quote note source { title text } } }
        evidence { source { text } } } } }`,
      variables: { ids },
    });
    expect(body.length).toBeLessThan(64 * 1024);
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const result = (await response.json()) as {
      data?: unknown;
      errors: { extensions: Record<string, unknown> }[];
    };
    expect(result.errors[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      field: 'nodes',
    });
    expect(result.data).toBeUndefined();
    expect(roundTrips(response.headers)).toBe(0);
    expect(JSON.stringify(result).length).toBeLessThan(1000);
  });

  it('refuses more than 100 ids naming the argument, even when each costs little', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => encodeId('Network', `N${i}`));
    const result = await query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result.errors?.[0]?.message).toBe('Argument "ids": at most 100 IDs at once, got 101');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'ids',
    });
  });

  it('answers 30 aliased one-step paths between hubs, one statement each', async () => {
    const hubs = [
      'som-18-page',
      'air-pollution',
      'NEAMPAN',
      'som-18',
      'MNG',
      'marine-protected-areas',
    ];
    const fields = Array.from({ length: 30 }, (_, i) => {
      const from = hubs[i % hubs.length] as string;
      const to = hubs[(i + 1) % hubs.length] as string;
      return `p${i}: path(from: "${from}", to: "${to}", maxHops: 1) { length }`;
    });
    const result = await query(`{ ${fields.join(' ')} }`);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {})).toHaveLength(30);
    expect(roundTrips(result.headers)).toBe(30);
  });
});
