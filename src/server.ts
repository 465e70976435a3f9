import { readFileSync } from 'node:fs';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { authenticator } from './auth/tokens.ts';
import type { SecurityConfig } from './config.ts';
import { Curation } from './curation/curation.ts';
import { Admission } from './graph/admission.ts';
import { Graph } from './graph/graph.ts';
import { Revision } from './graph/revision.ts';
import { Statistics } from './graph/statistics.ts';
import { nameArgumentsInValidationErrors } from './http/argument-errors.ts';
import { authorization } from './http/authorization.ts';
import { compiledExecution } from './http/compiled-execution.ts';
import { compression } from './http/compression.ts';
import { explorePage } from './http/explore.ts';
import { graphiql } from './http/graphiql.ts';
import { maskError, yogaLogging } from './http/mask-error.ts';
import { queryPlan } from './http/query-plan.ts';
import { redirectRoot } from './http/redirect-root.ts';
import { requestLog } from './http/request-log.ts';
import { requestParameters } from './http/request-parameters.ts';
import { responseCache } from './http/response-cache.ts';
import type { Logger } from './logger.ts';
import { countRoundTrips, type Database } from './neo4j/database.ts';
import type { Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

export interface AppOptions {
  db: Database;
  /** Whether the service can answer queries now: Neo4j reachable and its schema in place. */
  isReady: () => boolean | Promise<boolean>;
  logger: Logger;
  security: SecurityConfig;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

/**
 * Counts each GraphQL request's Cypher round trips, reported in a Server-Timing header
 * (`cypher;desc="3 round trips";dur=4.2`) for tests, the benchmark and browser devtools.
 */
function cypherRoundTrips(db: Database) {
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
  const reader = (request: Request) => {
    const counted = countRoundTrips(db);
    perRequest.set(request, counted);
    return counted;
  };
  return { plugin, reader, count: (request: Request) => perRequest.get(request)?.roundTrips ?? 0 };
}

/** Operations a dashboard may run when the server allows only known ones, by their hash. */
function persistedOperations(file: string): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

const lookup = (store: Record<string, string>) => (key: string) => store[key] ?? null;

/**
 * Builds the HTTP application: GraphQL and GraphiQL at /graphql, liveness at /health,
 * readiness at /ready. It does not listen: main.ts serves it, tests call `fetch` on it.
 */
export function createApp({ db, isReady, logger, security }: AppOptions): App {
  const roundTrips = cypherRoundTrips(db);
  // A few expensive queries at a time, so that they cannot take every Neo4j connection: from a
  // fifth of the cost limit on, a query waits for one of four places, at most 5 s.
  const revision = new Revision(db);
  db.onCommit(() => revision.changed());
  const statistics = new Statistics(db, revision);
  const admission = new Admission({
    heavyCost: security.limits.complexity / 5,
    places: 4,
    waitMs: 5_000,
  });
  const authenticate = authenticator(security.auth);
  const { limits, persistedOperations: persisted } = security;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // The HTTP listener (http/listener.ts) holds every body to its Content-Length, at most
    // HTTP_MAX_BODY_BYTES; yoga's own check would pipe every body through a counting stream.
    maxRequestBodySize: false,
    // Served by the graphiql plugin, with its ETag.
    graphiql: false,
    cors:
      security.corsOrigins === '*' || security.corsOrigins.length > 0
        ? {
            origin: security.corsOrigins,
            // A dashboard on another origin may read how long its queries took, and their ids.
            exposedHeaders: ['Server-Timing', 'X-Request-Id'],
          }
        : false,
    maskedErrors: { maskError: maskError(logger) },
    context: async ({ request }): Promise<Context> => {
      // A token that cannot be accepted was refused before the operation was parsed.
      const { viewer } = await authenticate(request.headers.get('authorization'));
      return {
        graph: new Graph(roundTrips.reader(request), admission),
        viewer,
        curation: viewer ? new Curation(db, viewer.subject) : null,
      };
    },
    logging: yogaLogging(logger),
    plugins: [
      redirectRoot,
      graphiql('/graphql'),
      explorePage(),
      requestParameters,
      requestLog(logger, roundTrips.count),
      roundTrips.plugin,
      useReadinessCheck({ endpoint: '/ready', check: async () => await isReady() }),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
      ...(persisted
        ? [
            usePersistedOperations({
              getPersistedOperation: lookup(persistedOperations(persisted.file)),
              allowArbitraryOperations: !persisted.only,
            }),
          ]
        : []),
      // With reads open to all, an answer is the same for everyone who asks.
      ...(security.auth.reads === 'open'
        ? [responseCache({ revision, ...security.responseCache })]
        : []),
      maxTokensPlugin({ n: limits.tokens }),
      maxAliasesPlugin({ n: limits.aliases }),
      maxDirectivesPlugin({ n: limits.directives }),
      nameArgumentsInValidationErrors,
      authorization(security.auth),
      queryPlan(limits, statistics),
      compiledExecution(logger),
      // Last, so that it compresses the response as the other plugins leave it.
      compression(),
    ],
  });
}
