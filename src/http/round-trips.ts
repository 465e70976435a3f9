import type { Plugin } from 'graphql-yoga';
import { countRoundTrips, type Database } from '../neo4j/database.ts';

/** A request's Cypher round trips and their time, as a Server-Timing entry. */
export function serverTiming({
  roundTrips,
  milliseconds,
}: {
  roundTrips: number;
  milliseconds: number;
}): string {
  const description = `${roundTrips} round trip${roundTrips === 1 ? '' : 's'}`;
  return `cypher;desc="${description}";dur=${milliseconds.toFixed(1)}`;
}

/**
 * Counts each GraphQL request's Cypher round trips, reported in a Server-Timing header
 * (`cypher;desc="3 round trips";dur=4.2`) for tests, the benchmark and browser devtools.
 */
export function cypherRoundTrips(db: Database) {
  const perRequest = new WeakMap<Request, ReturnType<typeof countRoundTrips>>();
  const plugin: Plugin = {
    onResponse({ request, response }) {
      const counted = perRequest.get(request);
      if (counted === undefined) return;
      response.headers.append('Server-Timing', serverTiming(counted));
    },
  };
  const reader = (request: Request) => {
    const counted = countRoundTrips(db);
    perRequest.set(request, counted);
    return counted;
  };
  return { plugin, reader, count: (request: Request) => perRequest.get(request)?.roundTrips ?? 0 };
}
