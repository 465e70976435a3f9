/**
 * Answers cached by graph revision. The graph changes only when an import or a curator writes,
 * and every committed write bumps its revision (graph/revision.ts), so an answer to a query is
 * good for as long as the revision it was computed at is the current one:
 * - every answer to an anonymous query carries an ETag made of the revision and the operation,
 *   and a client that sends it back (If-None-Match) gets 304 without the query running;
 * - repeated queries are answered from memory until the revision changes.
 * Mutations, answers with errors, and requests that carry a token (whose answer may depend on
 * it) are neither cached nor given an ETag.
 */
import { createHash } from 'node:crypto';
import { getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Revision } from '../graph/revision.ts';
import { noneMatch } from './entity-tags.ts';

interface Cached {
  revision: number;
  result: unknown;
  /** The answer's size as JSON, to bound what the cache holds. */
  bytes: number;
}

interface Exchange {
  key: string;
  etag: string;
  revision: number;
  /** The client has this answer already: 304. */
  fresh?: boolean;
  /** Served from the cache: nothing to store. */
  served?: boolean;
  /** A query (not a mutation) whose answer may be kept. */
  query?: boolean;
}

export interface ResponseCacheOptions {
  revision: Revision;
  /** The most answers kept; 0 keeps none (ETags still work). */
  entries: number;
  /** The most bytes of answers kept. */
  bytes: number;
}

/** Is `source` a query (not a mutation)? Unreadable documents are left to GraphQL. */
function isQuery(source: string, operationName: string | null | undefined): boolean {
  try {
    return getOperationAST(parse(source), operationName)?.operation === 'query';
  } catch {
    return false;
  }
}

/** `isQuery`, remembered for the documents seen last: a dashboard sends the same few again. */
function queryKinds(size: number) {
  const known = new Map<string, boolean>();
  return (source: string, operationName: string | null | undefined) => {
    const key = `${operationName ?? ''}\u0000${source}`;
    let kind = known.get(key);
    if (kind === undefined) {
      kind = isQuery(source, operationName);
      if (known.size >= size) known.delete(known.keys().next().value as string);
      known.set(key, kind);
    }
    return kind;
  };
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

export function responseCache({ revision, entries, bytes }: ResponseCacheOptions): Plugin {
  const kept = new Map<string, Cached>();
  let held = 0;
  const exchanges = new WeakMap<Request, Exchange>();
  const queries = queryKinds(1_000);

  const keep = (key: string, entry: Cached) => {
    if (entries === 0 || entry.bytes > bytes) return;
    const old = kept.get(key);
    if (old) held -= old.bytes;
    kept.delete(key);
    kept.set(key, entry);
    held += entry.bytes;
    // The oldest go first.
    for (const [oldest, value] of kept) {
      if (kept.size <= entries && held <= bytes) break;
      kept.delete(oldest);
      held -= value.bytes;
    }
  };

  return {
    async onParams({ params, request, setResult }) {
      const current = await revision.current();
      if (current === undefined || request.headers.has('authorization') || !params.query) return;
      if (!queries(params.query, params.operationName)) return;
      const key = createHash('sha256')
        .update(
          JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]),
        )
        .digest('base64url');
      const exchange: Exchange = {
        key,
        revision: current,
        etag: `W/"${current}-${key.slice(0, 22)}"`,
        query: true,
      };
      exchanges.set(request, exchange);
      const cached = kept.get(key);
      if (noneMatch(request.headers.get('if-none-match'), exchange.etag)) {
        exchange.fresh = true;
        exchange.served = true;
        setResult({ data: null });
      } else if (cached?.revision === current) {
        exchange.served = true;
        setResult(cached.result as never);
      }
    },
    onExecutionResult({ request, result }) {
      const exchange = exchanges.get(request);
      if (!exchange || exchange.served || !exchange.query) return;
      if (Array.isArray(result) || !result || ('errors' in result && result.errors?.length)) {
        exchange.query = false;
        return;
      }
      if (entries > 0)
        keep(exchange.key, {
          revision: exchange.revision,
          result,
          bytes: JSON.stringify(result).length,
        });
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const exchange = exchanges.get(request);
      if (!exchange?.query || response.status !== 200) return;
      const { headers } = response;
      headers.set('etag', exchange.etag);
      // Browsers and shared caches (a CDN in front, for GET) may keep it, but must ask whether it
      // is still current; the answer's type depends on Accept.
      headers.set('cache-control', 'public, no-cache');
      headers.append('vary', 'accept');
      if (exchange.fresh) {
        // Headers alone: none of the body's (a stream's chunked framing, its type, its length).
        for (const name of framing) headers.delete(name);
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
    },
  };
}
