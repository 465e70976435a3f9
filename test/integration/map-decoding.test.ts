import Cypher from '@neo4j/cypher-builder';
import { describe, expect, it } from 'vitest';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

describe('maps from Neo4j', () => {
  it('arrive as plain objects with their keys, nested maps and lists included', async () => {
    const { cypher, params } = new Cypher.Return([
      new Cypher.Map({
        name: new Cypher.Literal('NEAMPAN'),
        members: new Cypher.List([new Cypher.Map({ iso3: new Cypher.Literal('MNG') })]),
        empty: new Cypher.Map({}),
      }),
      'network',
    ]).build();
    const [row] = await db.query<{ network: Record<string, unknown> }>(cypher, params);
    expect(Object.getPrototypeOf(row?.network)).toBe(Object.prototype);
    expect(row?.network).toEqual({ name: 'NEAMPAN', members: [{ iso3: 'MNG' }], empty: {} });
  });

  it('keep a key named __proto__ as a key, never as the prototype', async () => {
    const { cypher, params } = new Cypher.Return([
      new Cypher.Map({ ['__proto__']: new Cypher.Map({ polluted: new Cypher.Literal(true) }) }),
      'map',
    ]).build();
    const [row] = await db.query<{ map: Record<string, unknown> }>(cypher, params);
    const map = row?.map as Record<string, unknown>;
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.hasOwn(map, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')?.value).toEqual({ polluted: true });
    expect((map as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
