import { describe, expect, it } from 'vitest';
import { examples } from '../../src/graphiql-examples.ts';
import { securityWith } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

// Without the response cache, so that a query sent again runs again: compiled, the second time.
const { query } = seededGraph(securityWith({ RESPONSE_CACHE_ENTRIES: '0' }));

describe('a query sent again', () => {
  it('answers exactly as the first time, compiled: every GraphiQL example', async () => {
    for (const { query: text } of examples) {
      const first = await query(text);
      expect(first.errors, text).toBeUndefined();
      const again = [await query(text), await query(text)];
      for (const answer of again)
        expect(JSON.stringify(answer.data), text).toBe(JSON.stringify(first.data));
    }
  });

  it('answers for its own variables, whatever was asked before', async () => {
    const text = 'query ($first: Int!) { meetings(first: $first) { edges { node { number } } } }';
    const numbers = async (first: number) => {
      const { data, errors } = await query(text, { first });
      expect(errors).toBeUndefined();
      const meetings = data?.meetings as { edges: { node: { number: number } }[] };
      return meetings.edges.map((edge) => edge.node.number);
    };
    const [one, two, oneAgain, twoAgain] = [
      await numbers(1),
      await numbers(2),
      await numbers(1),
      await numbers(2),
    ];
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    expect(oneAgain).toEqual(one);
    expect(twoAgain).toEqual(two);
  });

  it('reports a wrong argument the same way, compiled', async () => {
    const text = '{ decisions(first: -1) { totalCount } }';
    const [first, second] = [await query(text), await query(text)];
    expect(first.errors?.[0]?.message).toMatch(/first/);
    expect(second.errors).toEqual(first.errors);
  });
});
