import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { Graph } from './graph/graph.ts';
import { examples } from './graphiql-examples.ts';
import { nameArgumentsInValidationErrors } from './http/argument-errors.ts';
import type { Logger } from './logger.ts';
import { type CypherReader, countRoundTrips } from './neo4j/database.ts';
import type { Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

export interface AppOptions {
  reader: CypherReader;
  /** Whether the service can answer queries now: Neo4j reachable and its schema in place. */
  isReady: () => boolean | Promise<boolean>;
  logger: Logger;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

/** GraphiQL with its assets inlined (no CDN), rendered once. */
let graphiqlPage: string | undefined;
const renderOfflineGraphiQL: typeof renderGraphiQL = (options) => {
  graphiqlPage ??= renderGraphiQL(options);
  return graphiqlPage;
};

/** `/` is where people land: send them to GraphiQL. */
const redirectRoot: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname === '/') {
      endResponse(new fetchAPI.Response(null, { status: 302, headers: { Location: '/graphql' } }));
    }
  },
};

/**
 * Reports the Cypher round trips of each GraphQL request in a Server-Timing header, e.g.
 * `cypher;desc="3 round trips";dur=4.2`, so that tests, the benchmark and browser devtools see it.
 */
function cypherServerTiming(reader: CypherReader) {
  const perRequest = new WeakMap<Request, ReturnType<typeof countRoundTrips>>();
  const plugin: Plugin = {
    onResponse({ request, response }) {
      const counted = perRequest.get(request);
      if (counted === undefined) return;
      const { roundTrips, milliseconds } = counted;
      const description = `${roundTrips} round trip${roundTrips === 1 ? '' : 's'}`;
      response.headers.append(
        'Server-Timing',
        `cypher;desc="${description}";dur=${milliseconds.toFixed(1)}`,
      );
    },
  };
  const context = ({ request }: { request: Request }): Context => {
    const counted = countRoundTrips(reader);
    perRequest.set(request, counted);
    return { graph: new Graph(counted) };
  };
  return { plugin, context };
}

/** Builds the HTTP application (GraphQL, GraphiQL, health and readiness); it does not listen. */
export function createApp({ reader, isReady, logger }: AppOptions): App {
  const timing = cypherServerTiming(reader);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'NEASPEC knowledge graph', defaultTabs: examples },
    renderGraphiQL: renderOfflineGraphiQL,
    context: timing.context,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    plugins: [
      redirectRoot,
      nameArgumentsInValidationErrors,
      timing.plugin,
      useReadinessCheck({ endpoint: '/ready', check: async () => await isReady() }),
    ],
  });
}
