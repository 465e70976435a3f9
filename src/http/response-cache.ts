/**
 * Answers cached by graph revision. The graph changes only when an import or a curator writes,
 * and every committed write bumps its revision (graph/revision.ts), so an answer to a query is
 * good for as long as the revision it was computed at is the current one:
 * - every answer to an anonymous query carries an ETag made of the revision and the operation,
 *   and a client that sends it back (If-None-Match) gets 304 without the query running;
 * - repeated queries are answered from memory until the revision changes;
 * - browsers and shared caches (a CDN in front, for GET) may keep an answer, but must ask whether
 *   it is still current (`cache-control: public, no-cache`); its type depends on Accept.
 * Mutations, answers with errors, and requests that carry a token (whose answer may depend on
 * it) are neither cached nor given an ETag.
 */
import { createHash } from 'node:crypto';
import { getOperationAST, getVariableValues, type OperationDefinitionNode } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { BoundedCache, stringBytes } from '../bounded-cache.ts';
import type { Revision } from '../graph/revision.ts';
import { noneMatch } from './entity-tags.ts';

/** An answer as it was sent (JSON), and the graph revision it was computed at. */
export interface Cached {
  revision: number;
  body: string;
}

interface Exchange {
  key: string;
  etag: string;
  revision: number;
  /** The client has this answer already: 304. */
  fresh?: boolean;
  /** Served from the cache: nothing to store. */
  served?: boolean;
}

/** The cache of answers: at most `entries` of them, holding at most `bytes`. */
export const answers = (entries: number, bytes: number) =>
  new BoundedCache<Cached>(bytes, (cached) => stringBytes(cached.body) + 32, entries);

/**
 * An answer is known by its query text, operation name and the values of the variables the
 * operation declares, as GraphQL coerced them.
 */
export const answerKey = (query: string, operationName: string | null, variables: unknown) =>
  createHash('sha256')
    .update(JSON.stringify([query, operationName, variables]))
    .digest('base64url');

/** The ETag of the answer known by `key` at graph revision `revision`. */
export const answerTag = (revision: number, key: string) => `W/"${revision}-${key.slice(0, 22)}"`;

/** The headers every answer to an anonymous query carries besides its own: see the top. */
export const revalidated = { 'cache-control': 'public, no-cache', vary: 'accept' } as const;

/** Keeps an answer without errors, as it was sent, for as long as `revision` is current. */
export function keepAnswer(
  cache: BoundedCache<Cached>,
  key: string,
  revision: number,
  body: string,
) {
  if (cache.maxEntries > 0) cache.set(key, { revision, body });
}

/** What describes a body, which a 304 has none of. */
const framing = [
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
];

/**
 * Answers queries from `cache` while the graph revision they were computed at is current. An
 * answer is known by its query text, operation name and the values of the variables the
 * operation declares, as GraphQL coerced them: a variable the operation does not declare
 * changes nothing, and makes no new entry.
 */
export function responseCache({
  revision,
  cache,
}: {
  revision: Revision;
  cache: BoundedCache<Cached>;
}): Plugin & { answered(request: Request): boolean } {
  const exchanges = new WeakMap<Request, Exchange>();
  /** The key of each operation that declares no variables: made once, as nothing else changes it. */
  const keysOf = new WeakMap<OperationDefinitionNode, string>();

  return {
    /** Whether the request was answered from the cache (or by a 304). */
    answered: (request: Request) => exchanges.get(request)?.served === true,
    async onExecute({ args, setResultAndStopExecution }) {
      const { request, params } = args.contextValue as YogaInitialContext;
      if (request.headers.has('authorization') || !params?.query) return;
      const definition = getOperationAST(args.document, args.operationName);
      if (definition?.operation !== 'query') return;
      let key = keysOf.get(definition);
      if (key === undefined) {
        const { coerced } = getVariableValues(
          args.schema,
          definition.variableDefinitions ?? [],
          args.variableValues ?? {},
        );
        // Values that cannot be coerced are refused when the operation runs.
        if (coerced === undefined) return;
        key = answerKey(params.query, args.operationName ?? null, coerced);
        if (!definition.variableDefinitions?.length) keysOf.set(definition, key);
      }
      const current = await revision.current();
      if (current === undefined) return;
      const exchange: Exchange = {
        key,
        revision: current,
        etag: answerTag(current, key),
      };
      exchanges.set(request, exchange);
      const cached = cache.get(key);
      if (noneMatch(request.headers.get('if-none-match'), exchange.etag)) {
        exchange.fresh = true;
        exchange.served = true;
        setResultAndStopExecution({ data: null });
      } else if (cached?.revision === current) {
        exchange.served = true;
        setResultAndStopExecution(JSON.parse(cached.body));
      }
    },
    onExecutionResult({ request, result }) {
      const exchange = exchanges.get(request);
      if (!exchange || exchange.served) return;
      if (Array.isArray(result) || !result || ('errors' in result && result.errors?.length)) {
        exchanges.delete(request);
        return;
      }
      keepAnswer(cache, exchange.key, exchange.revision, JSON.stringify(result));
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const exchange = exchanges.get(request);
      if (!exchange || response.status !== 200) return;
      const { headers } = response;
      headers.set('etag', exchange.etag);
      headers.set('cache-control', revalidated['cache-control']);
      headers.append('vary', revalidated.vary);
      if (exchange.fresh) {
        // Headers alone: none of the body's (a stream's chunked framing, its type, its length).
        for (const name of framing) headers.delete(name);
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
    },
  };
}
