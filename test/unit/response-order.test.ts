import { setTimeout as sleep } from 'node:timers/promises';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';

/** A schema whose first field answers late and whose second answers at once. */
const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { slow: Item!  fast: Item! } type Item { late: Int!  early: Int! }',
    resolvers: {
      Query: {
        slow: async () => {
          await sleep(30);
          return {};
        },
        fast: () => ({}),
      },
      Item: {
        late: async () => {
          await sleep(20);
          return 1;
        },
        early: () => 2,
      },
    },
  }),
});

describe('the executor under graphql-yoga', () => {
  it('answers in the order of the selection, at every level, whatever settles first', async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow { late early } fast { early late } }' }),
    });
    const text = await response.text();
    expect(text).toBe('{"data":{"slow":{"late":1,"early":2},"fast":{"early":2,"late":1}}}');
  });
});
