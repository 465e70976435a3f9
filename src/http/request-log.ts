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
 * One log line per GraphQL request: id, operation name, duration, HTTP status, error codes and
 * Cypher round trips. It never logs headers or variables, so tokens and secrets stay out of logs.
 * The request id is echoed in the `X-Request-Id` response header.
 */
export function requestLog(logger: Logger, roundTripsOf: (request: Request) => number): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      records.set(request, {
        id: given && requestIdPattern.test(given) ? given : randomUUID(),
        started: performance.now(),
        errors: [],
        roundTrips: () => roundTripsOf(request),
      });
    },
    onParams({ params, request }) {
      const record = records.get(request);
      if (record) record.operation = params.operationName ?? undefined;
    },
    onExecutionResult({ result, request }) {
      const record = records.get(request);
      if (
        record === undefined ||
        result === undefined ||
        Array.isArray(result) ||
        !('errors' in result)
      )
        return;
      for (const error of result.errors ?? [])
        record.errors.push(String(error.extensions?.code ?? 'ERROR'));
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (record === undefined || !new URL(request.url).pathname.startsWith('/graphql')) return;
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
          outcome: record.errors.length === 0 ? 'ok' : [...new Set(record.errors)].join(','),
        },
        'graphql request',
      );
    },
  };
}
