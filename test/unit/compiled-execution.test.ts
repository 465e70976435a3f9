import { createSchema, createYoga } from 'graphql-yoga';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { compiledExecution, compiledQueries } from '../../src/http/compiled-execution.ts';

/**
 * A schema whose resolvers note how they were run: the general executor hands every resolver an
 * abort signal (undefined here), a compiled query none at all.
 */
function app() {
  const runs: string[] = [];
  const note = (_root: unknown, _args: unknown, _context: unknown, info: { signal?: unknown }) => {
    runs.push('signal' in info ? 'executed' : 'compiled');
    return 1;
  };
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { a: Int  b: Int } type Mutation { a: Int }',
      resolvers: { Query: { a: note, b: note }, Mutation: { a: note } },
    }),
    plugins: [compiledExecution(pino({ level: 'silent' }), compiledQueries(1024 * 1024))],
  });
  const send = async (query: string) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return response.text();
  };
  return { runs, send };
}

describe('compiled execution', () => {
  it('compiles a query the second time it runs, and answers the same', async () => {
    const { runs, send } = app();
    const answers = [await send('{ a b }'), await send('{ a b }'), await send('{ a b }')];
    expect(answers).toEqual(Array(3).fill('{"data":{"a":1,"b":1}}'));
    expect(runs).toEqual(['executed', 'executed', 'compiled', 'compiled', 'compiled', 'compiled']);
    // Another query is another document: run once as it is first.
    await send('{ b }');
    expect(runs.at(-1)).toBe('executed');
  });

  it('runs mutations as they are, however often', async () => {
    const { runs, send } = app();
    for (let i = 0; i < 3; i += 1) await send('mutation { a }');
    expect(runs).toEqual(['executed', 'executed', 'executed']);
  });
});
