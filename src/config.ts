import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { localNeo4jDir } from './paths.ts';
import { UserError } from './user-error.ts';

/** Where the graph lives: a server the user names, or the managed local Neo4j. */
export type Neo4jTarget =
  | {
      kind: 'external';
      uri: string;
      username: string;
      password: string;
      database: string;
    }
  | {
      kind: 'managed';
      /** The instance's folder: conf, data, logs and password. */
      home: string;
      boltPort: number;
      heapSize: string;
      pageCacheSize: string;
      database: string;
    };

/** What a client may do, and how much: authentication, query limits, CORS, allow-listing. */
export interface SecurityConfig {
  auth: {
    /** HS256 secret of editor tokens; with neither a secret nor a JWKS, curation is off. */
    secret?: string | undefined;
    /** Where to fetch the keys of editor tokens (an identity provider's JWKS). */
    jwksUrl?: string | undefined;
    issuer?: string | undefined;
    audience?: string | undefined;
    /** The role a token must carry (claim `roles`) to write. */
    editorRole: string;
    /** `open`: anyone may read; `token`: reads need a valid token too. */
    reads: 'open' | 'token';
    /** The most writes (mutation fields) one editor may make in any minute. */
    writesPerMinute: number;
    /**
     * The identity provider the explorer signs editors in with (OIDC authorization code with
     * PKCE); the tokens it issues are checked through `jwksUrl`.
     */
    oidc?: { issuer: string; clientId: string; name: string } | undefined;
  };
  limits: {
    depth: number;
    /** Estimated cost: fields weighted by the page sizes and list lengths they ask for. */
    complexity: number;
    /** Fields selected in all, at any depth. */
    breadth: number;
    aliases: number;
    tokens: number;
    directives: number;
    bodyBytes: number;
  };
  /** Origins whose pages may call the API: `*` for any, or a list; empty for none. */
  corsOrigins: '*' | string[];
  /** Answers kept until the graph changes: how many at most, and how many bytes. */
  responseCache: { entries: number; bytes: number };
  /** The bytes each of the other caches may hold (see `cacheShares`). */
  caches: { documents: number; plans: number; compiledQueries: number; repeatedReads: number };
  /**
   * Expensive reads (graph/admission.ts): how many may run at once, and the estimated bytes
   * their answers may hold together (`answersInFlightShare` of the memory budget).
   */
  expensiveReads: { atOnce: number; answerBytes: number };
  persistedOperations?: { file: string; only: boolean } | undefined;
}

export interface Config {
  http: { host: string; port: number };
  /** MEMORY_BUDGET_MB: what the service may hold in memory, caches and all. */
  memoryBudgetMb: number;
  security: SecurityConfig;
  neo4j: Neo4jTarget;
  /** Longest a single Cypher transaction may run before Neo4j aborts it. */
  queryTimeoutMs: number;
  /** The most facts an import writes in one transaction; a larger change goes in batches. */
  importTransactionFacts: number;
  log: {
    level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    /** `pretty` for people, `json` for log collectors; by default pretty only on a terminal. */
    format: 'json' | 'pretty' | undefined;
  };
}

export class ConfigError extends UserError {
  override name = 'ConfigError';
}

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole number')
    .min(1, 'expected a port from 1 to 65535')
    .max(65535, 'expected a port from 1 to 65535')
    .default(fallback);

const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 1g')
    .default(fallback);

const limit = (fallback: number, max: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(1, `expected a number from 1 to ${max}`)
    .max(max, `expected a number from 1 to ${max}`)
    .default(fallback);

const megabyte = 1024 * 1024;

/**
 * The most facts an import writes in one transaction unless IMPORT_TRANSACTION_FACTS says: the
 * graph 100 times the dataset's size (165 000 facts) still goes in one, its history and all
 * taking 835 MB of Neo4j's transaction memory (of the 2.8 GB a 4 GB heap allows it).
 */
export const transactionFactsByDefault = 200_000;

/**
 * How many places expensive reads hold at once unless EXPENSIVE_QUERIES_AT_ONCE says: half the
 * cores, at least one (a read holds a whole place from a tenth of the cost limit on, a shorter
 * one its part: graph/admission.ts). Neo4j runs each of their statements on one core from start
 * to end, and the service builds their answers on its one thread; holding at most half the
 * cores, they leave the rest to cheap reads and writes, which Neo4j does not put first. On a
 * 2-core machine (bench:load from cold starts, eight expensive clients, other work beside) two
 * at once left cheap reads' p99 2.4 to 9.4 times what it was without them and writes refused
 * after waiting past their timeout; one at once (with the warm-up before readiness,
 * http/warm-up.ts) 0.9 to 2.3 times, none refused. With the eight clients' reads (938 on the
 * dataset) sharing the one place five at once, warm, two runs: cheap reads' p50 25 and 36 ms
 * and p99 192 and 224 ms after the first 10 s (one at once: 9 and 11, 109 and 150), writes'
 * p50 1.0 and 1.3 s (0.6), none refused, and 2.2 times the expensive reads answered.
 */
export const expensiveReadsAtOnce = Math.max(1, Math.floor(availableParallelism() / 2));

const flag = z.enum(['true', 'false'], { error: 'expected true or false' }).default('false');

const neo4jUri = z
  .string()
  .regex(
    /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+$/,
    'expected neo4j://host:port, bolt://host:port or their +s / +ssc secure forms',
  );

const environment = z.object({
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_DIR: z.string().min(1).default(join(localNeo4jDir, 'service')),
  NEO4J_LOCAL_BOLT_PORT: port(7687),
  NEO4J_LOCAL_HEAP: memorySize('512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize('256m'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce
    .number({ error: 'expected milliseconds' })
    .int('expected a whole number of milliseconds')
    .min(100, 'expected at least 100 ms')
    .max(600_000, 'expected at most 600000 ms')
    .default(10_000),
  IMPORT_TRANSACTION_FACTS: limit(transactionFactsByDefault, 100_000_000),
  PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  AUTH_JWT_SECRET: z
    .string()
    .min(32, 'expected at least 32 characters (e.g. openssl rand -hex 32)')
    .optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_EDITOR_ROLE: z.string().min(1).default('editor'),
  AUTH_READS: z.enum(['open', 'token']).default('open'),
  CURATION_WRITES_PER_MINUTE: limit(60, 100_000),
  AUTH_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: 'expected the http(s) URL of an OpenID Connect issuer' })
    .optional(),
  AUTH_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  AUTH_OIDC_NAME: z.string().trim().min(1).max(60, 'expected at most 60 characters').optional(),
  GRAPHQL_MAX_DEPTH: limit(15, 100),
  GRAPHQL_MAX_COST: limit(50_000, 10_000_000),
  GRAPHQL_MAX_BREADTH: limit(500, 100_000),
  GRAPHQL_MAX_ALIASES: limit(30, 10_000),
  GRAPHQL_MAX_TOKENS: limit(3_000, 1_000_000),
  GRAPHQL_MAX_DIRECTIVES: limit(20, 10_000),
  HTTP_MAX_BODY_BYTES: limit(65_536, 100_000_000),
  EXPENSIVE_QUERIES_AT_ONCE: limit(expensiveReadsAtOnce, 1_000),
  CORS_ORIGINS: z.string().default('*'),
  RESPONSE_CACHE_ENTRIES: z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(0, 'expected 0 (no cache) or more')
    .max(1_000_000, 'expected at most 1000000')
    .default(1_000),
  RESPONSE_CACHE_MB: z.coerce
    .number({ error: 'expected a whole number of megabytes' })
    .int('expected a whole number of megabytes')
    .min(1, 'expected a number from 1 to 100000')
    .max(100_000, 'expected a number from 1 to 100000')
    .optional(),
  MEMORY_BUDGET_MB: z.coerce
    .number({ error: 'expected a whole number of megabytes' })
    .int('expected a whole number of megabytes')
    .min(16, 'expected at least 16 (MB)')
    .max(1_000_000, 'expected at most 1000000 (MB)')
    .default(512),
  PERSISTED_OPERATIONS_FILE: z.string().min(1).optional(),
  PERSISTED_OPERATIONS_ONLY: flag,
});

/**
 * The shares of the memory budget (MEMORY_BUDGET_MB) each cache may hold: 11/64 of it in all,
 * 4/11 of that for answers. The JavaScript heap may grow to half the budget (`heapLimitMb`): the
 * caches, the answers of expensive reads in flight (1/8), the service itself (about 90 MB of heap
 * at rest) and the requests it is answering; the rest is compiled code, buffers and the runtime,
 * outside the heap, which a stream of 20 000 distinct documents took to about 220 MB. Compiled
 * queries hold code outside the heap besides their bytes in it: with them at 1/16, that stream
 * took the service to 517 MB of a 512 MB budget.
 */
export const cacheShares = {
  responses: 1 / 16,
  compiledQueries: 1 / 32,
  documents: 1 / 32,
  plans: 1 / 32,
  repeatedReads: 1 / 64,
} as const;

/**
 * The share of the memory budget that the answers of expensive reads being built and sent may
 * hold together, by their estimated size (graph/admission.ts).
 */
export const answersInFlightShare = 1 / 8;

/**
 * The JavaScript heap the service may grow to (node's --max-old-space-size): half the budget.
 * Without a limit V8 lets garbage pile up to about 4 GB before it collects it hard. `npm start`
 * and the container image start node with it (as `$(( MEMORY_BUDGET_MB / 2 ))`).
 */
export const heapLimitMb = (budgetMb: number) => Math.floor(budgetMb / 2);

/** Reads the environment into a typed config; every bad variable is named in one ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environment.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // Secrets are never echoed, not even the wrong ones.
      const shown = /SECRET|PASSWORD/.test(name) ? '(hidden)' : JSON.stringify(env[name]);
      return `${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const conflict = [
    e.NEO4J_URI !== undefined &&
      e.NEO4J_PASSWORD === undefined &&
      'NEO4J_PASSWORD is required with NEO4J_URI',
    e.AUTH_JWT_SECRET !== undefined &&
      e.AUTH_JWKS_URL !== undefined &&
      'give AUTH_JWT_SECRET or AUTH_JWKS_URL, not both',
    e.AUTH_READS === 'token' &&
      e.AUTH_JWT_SECRET === undefined &&
      e.AUTH_JWKS_URL === undefined &&
      'AUTH_READS=token needs AUTH_JWT_SECRET or AUTH_JWKS_URL to check tokens with',
    (e.AUTH_OIDC_ISSUER === undefined) !== (e.AUTH_OIDC_CLIENT_ID === undefined) &&
      'AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID go together: give both or neither',
    e.AUTH_OIDC_ISSUER !== undefined &&
      e.AUTH_JWKS_URL === undefined &&
      "AUTH_OIDC_ISSUER needs AUTH_JWKS_URL (the provider's keys) to check the tokens it issues",
    e.AUTH_OIDC_NAME !== undefined &&
      e.AUTH_OIDC_ISSUER === undefined &&
      'AUTH_OIDC_NAME names the provider of AUTH_OIDC_ISSUER, which is not set',
    e.PERSISTED_OPERATIONS_ONLY === 'true' &&
      e.PERSISTED_OPERATIONS_FILE === undefined &&
      'PERSISTED_OPERATIONS_ONLY=true needs PERSISTED_OPERATIONS_FILE',
  ].find((message) => message !== false);
  if (conflict) throw new ConfigError(`Invalid configuration: ${conflict}`);
  return {
    http: { host: e.HOST, port: e.PORT },
    memoryBudgetMb: e.MEMORY_BUDGET_MB,
    security: {
      auth: {
        secret: e.AUTH_JWT_SECRET,
        jwksUrl: e.AUTH_JWKS_URL,
        issuer: e.AUTH_ISSUER,
        audience: e.AUTH_AUDIENCE,
        editorRole: e.AUTH_EDITOR_ROLE,
        reads: e.AUTH_READS,
        writesPerMinute: e.CURATION_WRITES_PER_MINUTE,
        oidc:
          e.AUTH_OIDC_ISSUER !== undefined && e.AUTH_OIDC_CLIENT_ID !== undefined
            ? {
                issuer: e.AUTH_OIDC_ISSUER,
                clientId: e.AUTH_OIDC_CLIENT_ID,
                name: e.AUTH_OIDC_NAME ?? new URL(e.AUTH_OIDC_ISSUER).host,
              }
            : undefined,
      },
      limits: {
        depth: e.GRAPHQL_MAX_DEPTH,
        complexity: e.GRAPHQL_MAX_COST,
        breadth: e.GRAPHQL_MAX_BREADTH,
        aliases: e.GRAPHQL_MAX_ALIASES,
        tokens: e.GRAPHQL_MAX_TOKENS,
        directives: e.GRAPHQL_MAX_DIRECTIVES,
        bodyBytes: e.HTTP_MAX_BODY_BYTES,
      },
      corsOrigins:
        e.CORS_ORIGINS.trim() === '*'
          ? '*'
          : e.CORS_ORIGINS.split(',')
              .map((origin) => origin.trim())
              .filter((origin) => origin !== '' && origin !== 'none'),
      responseCache: {
        entries: e.RESPONSE_CACHE_ENTRIES,
        bytes: (e.RESPONSE_CACHE_MB ?? e.MEMORY_BUDGET_MB * cacheShares.responses) * megabyte,
      },
      caches: {
        documents: e.MEMORY_BUDGET_MB * cacheShares.documents * megabyte,
        plans: e.MEMORY_BUDGET_MB * cacheShares.plans * megabyte,
        compiledQueries: e.MEMORY_BUDGET_MB * cacheShares.compiledQueries * megabyte,
        repeatedReads: e.MEMORY_BUDGET_MB * cacheShares.repeatedReads * megabyte,
      },
      expensiveReads: {
        atOnce: e.EXPENSIVE_QUERIES_AT_ONCE,
        answerBytes: e.MEMORY_BUDGET_MB * answersInFlightShare * megabyte,
      },
      persistedOperations: e.PERSISTED_OPERATIONS_FILE
        ? {
            file: resolve(e.PERSISTED_OPERATIONS_FILE),
            only: e.PERSISTED_OPERATIONS_ONLY === 'true',
          }
        : undefined,
    },
    neo4j:
      e.NEO4J_URI === undefined
        ? {
            kind: 'managed',
            home: resolve(e.NEO4J_LOCAL_DIR),
            boltPort: e.NEO4J_LOCAL_BOLT_PORT,
            heapSize: e.NEO4J_LOCAL_HEAP,
            pageCacheSize: e.NEO4J_LOCAL_PAGECACHE,
            database: e.NEO4J_DATABASE,
          }
        : {
            kind: 'external',
            uri: e.NEO4J_URI,
            username: e.NEO4J_USERNAME,
            password: e.NEO4J_PASSWORD ?? '',
            database: e.NEO4J_DATABASE,
          },
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    importTransactionFacts: e.IMPORT_TRANSACTION_FACTS,
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
  };
}
