import { join, resolve } from 'node:path';
import { z } from 'zod';
import { localNeo4jDir } from './paths.ts';

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

export interface Config {
  http: { host: string; port: number };
  neo4j: Neo4jTarget;
  /** Longest a single Cypher transaction may run before Neo4j aborts it. */
  queryTimeoutMs: number;
  log: {
    level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    /** `pretty` for people, `json` for log collectors; by default pretty only on a terminal. */
    format: 'json' | 'pretty' | undefined;
  };
}

export class ConfigError extends Error {
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
  PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

/** Reads the environment into a typed config; every bad variable is named in one ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environment.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration: NEO4J_PASSWORD is required with NEO4J_URI');
  }
  return {
    http: { host: e.HOST, port: e.PORT },
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
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
  };
}
