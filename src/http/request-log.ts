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

/**
 * The id a request is logged and answered under: the client's own (its X-Request-Id header) when
 * plain, else a new one.
 */
export const requestIdOf = (given: string | null | undefined): string =>
  given && requestIdPattern.test(given) ? given : randomUUID();

/** What the log line of a GraphQL request says. */
export interface RequestLine {
  requestId: string;
  operation: string | null;
  status: number;
  durationMs: number;
  roundTrips: number;
  outcome: string;
}

/** Logs a GraphQL request's line, its duration rounded to a tenth of a millisecond. */
export const logRequest = (logger: Logger, line: RequestLine) =>
  logger.info({ ...line, durationMs: Math.round(line.durationMs * 10) / 10 }, 'graphql request');

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
        id: requestIdOf(request.headers.get('x-request-id')),
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
      logRequest(logger, {
        requestId: record.id,
        operation: record.operation ?? null,
        status: response.status,
        durationMs: performance.now() - record.started,
        roundTrips: record.roundTrips(),
        outcome: outcome(record.errors, response.status),
      });
    },
  };
}
