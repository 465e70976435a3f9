/**
 * Before the service says it is ready, it asks the questions GraphiQL opens with (each a few
 * rounds, through the whole app): a Neo4j just started plans each statement the first time it
 * sees it and runs its first queries before the JVM has compiled their code, so its first
 * seconds answer many times slower, and a load balancer that sends traffic at once has every
 * request wait behind them. Measured with bench:load from a cold start on a busy 2-core machine
 * (eight expensive clients): cheap reads' p99 over the whole run fell from 8.2 s to 0.8 s, for
 * about 6 s more before `/ready`. Each round's questions are documents of their own, so that no
 * cache answers them instead of Neo4j.
 */

import { examples } from '../graphiql-examples.ts';

export const warmUpRounds = 5;

/** What the warm-up asks through: the app's own fetch, as a client's request would go. */
interface Asked {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

/** Asks every example `rounds` times; answers how many answers came without errors. */
export async function warmUp(app: Asked, rounds = warmUpRounds): Promise<number> {
  let answered = 0;
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all(
      examples.map(async ({ query }) => {
        const response = await app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `# warm-up ${round}\n${query}` }),
        });
        const body = (await response.json().catch(() => ({}))) as { errors?: unknown };
        if (response.ok && body.errors === undefined) answered += 1;
      }),
    );
  }
  return answered;
}
