import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { Database } from '../../src/neo4j/database.ts';
import { type App, createApp } from '../../src/server.ts';

const silentLogger = pino({ level: 'silent' });

/** A connection to the Neo4j the global setup picked. */
export const testDatabase = () => new Database(inject('neo4j'), { queryTimeoutMs: 30_000 });

/** The security settings of a server configured with `env` (defaults for the rest). */
export const securityWith = (env: Record<string, string> = {}) => loadConfig(env).security;

export const testApp = (
  db: Database,
  isReady: () => boolean | Promise<boolean> = () => true,
  security = securityWith(),
): App => createApp({ db, isReady, logger: silentLogger, security });

/** POSTs a GraphQL operation through the app, as a client would. */
export async function graphql(app: App, query: string, variables: Record<string, unknown> = {}) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, headers: response.headers, ...body };
}
