import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

interface RequestRecord {
  id: string;
  started: number;
  operation?: string | undefined;
  errors: string[];
  roundTrips: () => number;
}

/** A client's own request id is kept when it is a plain token, so logs can be joined. */
const requestIdPattern = /^[\w.:-]{1,64}$/;

/** The id a request is logged and answered under: the client's own when plain, else a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && requestIdPattern.test(given) ? given : randomUUID();
}

/** The error codes of a request, or its HTTP status when it failed without one; else ok. */
function outcome(errors: readonly string[], status: number): string {
  if (errors.length > 0) return [...new Set(errors)].join(',');
  return status < 400 ? 'ok' : `HTTP_${status}`;
}

/**
 * One log line per GraphQL request: id, operation name, duration, HTTP status, error codes and
 * Cypher round trips. It never logs headers or variables, so tokens and secrets stay out of logs.
 * The request id is echoed in the `X-Request-Id` response header.
 */
export function requestLog(logger: Logger, roundTripsOf: (request: Request) => number): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request, url }) {
      if (!url.pathname.startsWith('/graphql')) return;
      records.set(request, {
        id: requestIdOf(request),
        started: performance.now(),
        errors: [],
        roundTrips: () => roundTripsOf(request),
      });
    },
    onParams({ params, request }) {
      const record = records.get(request);
      if (record) record.operation = params.operationName ?? undefined;
    },
    // Every result passes here, those of requests refused before they run included.
    onResultProcess({ result, request }) {
      const record = records.get(request);
      if (record === undefined) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!('errors' in single)) continue;
        for (const error of single.errors ?? [])
          record.errors.push(String(error.extensions?.code ?? 'ERROR'));
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (record === undefined) return;
      response.headers.set('X-Request-Id', record.id);
      if (request.method === 'GET' && response.headers.get('content-type')?.startsWith('text/html'))
        return;
      logger.info(
        {
          requestId: record.id,
          operation: record.operation ?? null,
          status: response.status,
          durationMs: Math.round((performance.now() - record.started) * 10) / 10,
          roundTrips: record.roundTrips(),
          outcome: outcome(record.errors, response.status),
        },
        'graphql request',
      );
    },
  };
}
