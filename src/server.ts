import { readFileSync } from 'node:fs';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { authenticator, type Viewer } from './auth/tokens.ts';
import { ConfigError, type SecurityConfig } from './config.ts';
import { Curation } from './curation/curation.ts';
import { Admission, bytesPerCost } from './graph/admission.ts';
import { Graph } from './graph/graph.ts';
import { History } from './graph/history.ts';
import { Planner } from './graph/planner.ts';
import { Revision } from './graph/revision.ts';
import { Statistics } from './graph/statistics.ts';
import { answersInFlight } from './http/answers-in-flight.ts';
import { nameArgumentsInValidationErrors } from './http/argument-errors.ts';
import { authorization } from './http/authorization.ts';
import { compiledExecution, compiledQueries } from './http/compiled-execution.ts';
import { compression } from './http/compression.ts';
import { csrfPrevention } from './http/csrf.ts';
import { explorePage } from './http/explore.ts';
import { exportsRoute } from './http/exports.ts';
import { graphiql } from './http/graphiql.ts';
import { healthDetails } from './http/health.ts';
import { maskError, yogaLogging } from './http/mask-error.ts';
import { memoryReport } from './http/memory-report.ts';
import { parserCaches } from './http/parser-cache.ts';
import { queryPlan } from './http/query-plan.ts';
import { readiness } from './http/readiness.ts';
import { redirectRoot } from './http/redirect-root.ts';
import { type RepeatedReads, repeatedReads } from './http/repeated-reads.ts';
import { requestLog } from './http/request-log.ts';
import { requestParameters } from './http/request-parameters.ts';
import { answers, responseCache } from './http/response-cache.ts';
import { cypherRoundTrips } from './http/round-trips.ts';
import { signInOptions } from './http/sign-in.ts';
import type { Logger } from './logger.ts';
import type { Database, StatementReader } from './neo4j/database.ts';
import type { Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

export interface AppOptions {
  db: Database;
  /** Whether the service can answer queries now: Neo4j reachable and its schema in place. */
  isReady: () => boolean | Promise<boolean>;
  logger: Logger;
  security: SecurityConfig;
}

/**
 * The app, and with reads open to all, what answers the reads sent again beside it (served by
 * the HTTP listener, http/listener.ts).
 */
export type App = YogaServerInstance<Record<string, never>, Context> & {
  repeatedReads?: RepeatedReads | undefined;
};

/**
 * Operations a dashboard may run when the server allows only known ones, by their hash. A Map,
 * so that a hash such as "__proto__" or "constructor" finds nothing rather than what every
 * object inherits.
 */
function persistedOperations(file: string): Map<string, string> {
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>),
    );
  } catch (error) {
    throw new ConfigError(
      `PERSISTED_OPERATIONS_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

const lookup = (store: Map<string, string>) => (key: string) => store.get(key) ?? null;

/**
 * Builds the HTTP application: GraphQL and GraphiQL at /graphql, liveness (with the version and
 * graph revision) at /health, the exports under /export, the explorer page under /explore (and
 * how editors sign in there at /explore/sign-in.json), readiness at /ready, the caches' sizes
 * at /memory. It does not listen: main.ts serves it, tests call `fetch` on it.
 */
export function createApp({ db, isReady, logger, security }: AppOptions): App {
  const roundTrips = cypherRoundTrips(db);
  const revision = new Revision(db);
  db.onCommit(() => revision.changed());
  const statistics = new Statistics(db, revision);
  // Reads from a hundredth of the cost limit on are expensive: the long lists and deep traversals
  // (every meeting's decisions and what they concern costs about 900 on the dataset; a lookup,
  // a page of ten or a search, under 200). From a tenth of it on, one holds a whole place (a
  // few milliseconds of Neo4j's time and more), a cheaper one its part of a place.
  // EXPENSIVE_QUERIES_AT_ONCE places (half the cores by default) are held at once, each read
  // with a statement per root field, so they hold a bounded part of the read connections and of
  // Neo4j's cores, the rest staying with cheap reads and writes (which have connections of their
  // own); their answers hold at most their share of the memory budget until sent. One waits at
  // most 5 s to start.
  const admission = new Admission({
    heavyCost: security.limits.complexity / 100,
    places: security.expensiveReads.atOnce,
    placeCost: security.limits.complexity / 10,
    answerBytes: security.expensiveReads.answerBytes,
    bytesPerCost,
    waitMs: 5_000,
  });
  const inFlight = answersInFlight(admission);
  const authenticate = authenticator(security.auth);
  const { limits, persistedOperations: persisted } = security;
  // Every cache bounded in bytes, by its share of the memory budget (config.ts).
  const planner = new Planner(limits, security.caches.plans, statistics);
  const parsed = parserCaches(security.caches.documents);
  const caches = {
    responses: answers(security.responseCache.entries, security.responseCache.bytes),
    documents: parsed.documentCache,
    parseErrors: parsed.errorCache,
    plans: planner.cache,
    compiledQueries: compiledQueries(security.caches.compiledQueries),
  };
  const contextOf = (viewer: Viewer | null, reader: StatementReader): Context => ({
    graph: new Graph(reader, planner),
    history: new History(db),
    refusedWrite: (operation, reason) =>
      logger.warn({ editor: viewer?.subject ?? null, operation, reason }, 'write refused'),
    viewer,
    editorRole: security.auth.editorRole,
    curation: viewer ? new Curation(db, viewer.subject) : null,
  });
  const cors = security.corsOrigins === '*' || security.corsOrigins.length > 0;
  // With reads open to all, an answer is the same for everyone who asks.
  const answerCache =
    security.auth.reads === 'open'
      ? responseCache({ revision, cache: caches.responses })
      : undefined;
  const repeated = answerCache
    ? repeatedReads({
        db,
        schema,
        planner,
        revision,
        admit: inFlight.admitBeside,
        answeredFromCache: answerCache.answered,
        logger,
        caches,
        cors,
        contextOf: (reader) => contextOf(null, reader),
        bytes: security.caches.repeatedReads,
      })
    : undefined;
  const app = createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    parserAndValidationCache: parsed,
    landingPage: false,
    // The HTTP listener (http/listener.ts) holds every body to its Content-Length, at most
    // HTTP_MAX_BODY_BYTES; yoga's own check would pipe every body through a counting stream.
    maxRequestBodySize: false,
    // Served by the graphiql plugin, with its ETag.
    graphiql: false,
    cors: cors
      ? {
          origin: security.corsOrigins,
          // A dashboard on another origin may read how long its queries took, their ids, and the
          // ETag to send back (If-None-Match) for a 304 while the graph is unchanged.
          exposedHeaders: ['Server-Timing', 'X-Request-Id', 'ETag'],
        }
      : false,
    maskedErrors: { maskError: maskError(logger) },
    context: async ({ request }): Promise<Context> => {
      // A token that cannot be accepted was refused before the operation was parsed.
      const { viewer } = await authenticate(request.headers.get('authorization'));
      return contextOf(viewer, roundTrips.reader(request));
    },
    logging: yogaLogging(logger),
    plugins: [
      redirectRoot,
      graphiql('/graphql'),
      signInOptions(security.auth),
      explorePage(logger),
      exportsRoute(db, { reads: security.auth.reads, authenticate }),
      healthDetails('/health', revision),
      requestParameters,
      requestLog(logger, roundTrips.count),
      roundTrips.plugin,
      readiness('/ready', isReady),
      memoryReport(
        '/memory',
        repeated ? { ...caches, repeatedReads: repeated } : caches,
        admission,
      ),
      csrfPrevention,
      ...(persisted
        ? [
            usePersistedOperations({
              getPersistedOperation: lookup(persistedOperations(persisted.file)),
              allowArbitraryOperations: !persisted.only,
            }),
          ]
        : []),
      ...(answerCache ? [answerCache] : []),
      maxTokensPlugin({ n: limits.tokens }),
      maxAliasesPlugin({ n: limits.aliases }),
      maxDirectivesPlugin({ n: limits.directives }),
      nameArgumentsInValidationErrors,
      authorization(security.auth, logger),
      queryPlan(planner, inFlight.admit),
      compiledExecution(logger, caches.compiledQueries),
      ...(repeated ? [repeated.plugin] : []),
      // Next to last, so that it compresses the response as the other plugins leave it.
      compression(),
      // Last, so that an expensive answer holds its place until it has gone out as it is sent.
      inFlight.plugin,
    ],
  });
  return Object.assign(app, { repeatedReads: repeated });
}
