/**
 * Reads sent again, byte for byte, answered beside yoga. Most of the CPU a small read costs the
 * service goes to yoga's request path (its Fetch-API request and response, its plugin chain),
 * not to planning, running and answering it (docs/reference.md, benchmarks). A JSON POST to
 * /graphql that yoga has answered again without an error (compiled, or from the answer cache),
 * and whose parsed document (and, unless its answer is cached, compiled query) is still kept, is
 * answered here: the same plan and cost limit, the same admission of
 * expensive reads, the same compiled query, the same answer cache and ETag, the same headers in
 * the same order, the same log line. Everything else, and any request whose answer could differ
 * (a token, CORS, If-None-Match, another Accept, a read refused or failing), goes to yoga.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { BoundedCache, type CacheReport, stringBytes } from '../bounded-cache.ts';
import type { Release } from '../graph/admission.ts';
import type { Planner } from '../graph/planner.ts';
import type { Revision } from '../graph/revision.ts';
import type { Logger } from '../logger.ts';
import { countRoundTrips, type Database } from '../neo4j/database.ts';
import type { Context } from '../schema/context.ts';
import { compiledKey, type compiledQueries } from './compiled-execution.ts';
import { compress, encodingFor } from './compression.ts';
import { fragmentsOf } from './query-plan.ts';
import { logRequest, requestIdOf } from './request-log.ts';
import { answerKey, answerTag, type Cached, keepAnswer, revalidated } from './response-cache.ts';
import { serverTiming } from './round-trips.ts';

/** A read yoga answered without an error: what answering it again takes. */
interface Repeatable {
  query: string;
  operationName: string | null;
  /** Its variables as sent, and as GraphQL coerced them (for its plan). */
  variables: Record<string, unknown>;
  coerced: Record<string, unknown>;
  compiled: string;
  answer: string;
}

/** The answer type yoga gives a JSON POST whose Accept is one of these (or none). */
const answeredAsJson = new Set([undefined, '*/*', 'application/json']);
const json = 'application/json; charset=utf-8';

/** The media type of a request's body, without its parameters. */
const mediaType = (request: IncomingMessage) =>
  request.headers['content-type']?.split(/[,;]/)[0]?.trim().toLowerCase();

/**
 * Bytes an entry holds besides its key (the body): the query and the compiled query's key, the
 * variables as sent and as coerced (twice their JSON's characters each, at most), its record.
 */
const entryBytes = ({ query, variables }: Repeatable) =>
  2 * stringBytes(query) + 4 * JSON.stringify(variables).length + 512;

export interface RepeatedReadsOptions {
  db: Database;
  schema: GraphQLSchema;
  planner: Planner;
  revision: Revision;
  logger: Logger;
  caches: {
    documents: BoundedCache<DocumentNode>;
    compiledQueries: ReturnType<typeof compiledQueries>;
    responses: BoundedCache<Cached>;
  };
  /** Whether yoga answered a request from the answer cache (response-cache.ts). */
  answeredFromCache: (request: Request) => boolean;
  /** Whether answers carry CORS headers: a request with an Origin then goes to yoga. */
  cors: boolean;
  /**
   * Admits a read by its estimated cost, waiting for its place as yoga's reads do (the place to
   * give back, if it takes one); refuses it with BusyError, which yoga then answers at once.
   */
  admit: (request: IncomingMessage, cost: number) => Promise<Release | undefined>;
  /** The context of an anonymous request reading through `reader`. */
  contextOf: (reader: ReturnType<typeof countRoundTrips>) => Context;
  /** The bytes the entries may hold together. */
  bytes: number;
}

export interface RepeatedReads {
  /** Whether a request might be a read sent again: its body is then read before yoga sees it. */
  candidate(request: IncomingMessage): boolean;
  /** Answers a read sent again; false, having sent nothing, when yoga must answer it. */
  answer(request: IncomingMessage, response: ServerResponse, body: string): Promise<boolean>;
  /** Learns the reads yoga answers that may be answered here when they come again. */
  plugin: Plugin;
  report(): CacheReport & { answered: number };
}

export function repeatedReads(options: RepeatedReadsOptions): RepeatedReads {
  const { db, schema, planner, revision, logger, caches } = options;
  const entries = new BoundedCache<Repeatable>(options.bytes, entryBytes);
  let answered = 0;

  const candidate = (request: IncomingMessage) =>
    request.method === 'POST' &&
    request.url === '/graphql' &&
    mediaType(request) === 'application/json' &&
    answeredAsJson.has(request.headers.accept) &&
    request.headers.authorization === undefined &&
    request.headers['if-none-match'] === undefined &&
    !(options.cors && request.headers.origin !== undefined);

  /** The answer's JSON, or undefined when yoga must answer (a failure is its to report). */
  async function run(entry: Repeatable, reader: ReturnType<typeof countRoundTrips>) {
    const current = await revision.current();
    if (current === undefined) return undefined;
    const cached = caches.responses.get(entry.answer);
    if (cached?.revision === current) return { body: cached.body, current };
    const compiled = caches.compiledQueries.get(entry.compiled)?.compiled;
    if (compiled === undefined) return undefined;
    const result = (await compiled.query(
      undefined,
      options.contextOf(reader),
      entry.variables,
    )) as ExecutionResult;
    if (result.errors?.length) return undefined;
    const body = JSON.stringify(result);
    keepAnswer(caches.responses, entry.answer, current, body);
    return { body, current };
  }

  /** The operation's estimated cost, or undefined when yoga must answer (a refusal). */
  function costOf(entry: Repeatable): number | undefined {
    const document = caches.documents.get(entry.query);
    const definition = document && getOperationAST(document, entry.operationName);
    if (!document || !definition) return undefined;
    const { refusal, cost } = planner.plan({
      schema,
      definition,
      fragments: fragmentsOf(document),
      variables: entry.coerced,
    });
    return refusal ? undefined : cost;
  }

  async function answer(request: IncomingMessage, response: ServerResponse, body: string) {
    const entry = entries.get(body);
    if (entry === undefined) return false;
    const started = performance.now();
    const cost = costOf(entry);
    if (cost === undefined) return false;
    let place: Release | undefined;
    try {
      place = await options.admit(request, cost);
    } catch {
      // Refused as busy: yoga says so, at once.
      return false;
    }
    if (place) {
      // A client that left while its read waited gets no answer, and gives its place back.
      if (request.socket.destroyed) {
        place();
        return true;
      }
      response.once('close', place);
    }
    const reader = countRoundTrips(db);
    let ran: Awaited<ReturnType<typeof run>>;
    try {
      ran = await run(entry, reader);
    } catch (error) {
      logger.warn({ err: error }, 'a read sent again failed; the general path answers it');
      ran = undefined;
    }
    if (ran === undefined) {
      place?.();
      return false;
    }
    const plain = Buffer.from(ran.body);
    const encoding = encodingFor(request.headers['accept-encoding'], json, plain.length);
    const sent = encoding ? await compress(plain, encoding, false) : plain;
    const requestId = requestIdOf(request.headers['x-request-id'] as string | undefined);
    response.writeHead(200, [
      ['content-type', json],
      ['content-length', String(sent.length)],
      ['x-request-id', requestId],
      ['server-timing', serverTiming(reader)],
      ['etag', answerTag(ran.current, entry.answer)],
      ['cache-control', revalidated['cache-control']],
      ['vary', `${revalidated.vary}, accept-encoding`],
      ...(encoding ? [['content-encoding', encoding]] : []),
    ]);
    response.end(sent);
    answered += 1;
    logRequest(logger, {
      requestId,
      operation: entry.operationName,
      status: 200,
      durationMs: performance.now() - started,
      roundTrips: reader.roundTrips,
      outcome: 'ok',
    });
    return true;
  }

  const plugin: Plugin = {
    onExecutionResult({ request, result, context }) {
      const { req, params } = context as {
        req?: IncomingMessage & { body?: Buffer };
        params?: {
          query?: string;
          operationName?: string | null;
          variables?: unknown;
          extensions?: unknown;
        };
      };
      const body = req?.body;
      const query = params?.query;
      if (body === undefined || query === undefined || params?.extensions !== undefined) return;
      // One answer, whole (not a batch, nor a stream of parts), without an error.
      if (Array.isArray(result) || !result || !('data' in result) || result.errors?.length) return;
      const operationName = params?.operationName ?? null;
      const compiled = compiledKey(operationName, query);
      const document = caches.documents.get(query);
      const definition = document && getOperationAST(document, operationName);
      // Kept once it has been sent again, so compiled or answered from the answer cache: a read
      // sent once is not sent again as a rule.
      if (
        definition?.operation !== 'query' ||
        !(caches.compiledQueries.get(compiled) || options.answeredFromCache(request))
      )
        return;
      const variables = (params?.variables ?? {}) as Record<string, unknown>;
      const { coerced } = getVariableValues(
        schema,
        definition.variableDefinitions ?? [],
        variables,
      );
      if (coerced === undefined) return;
      entries.set(body.toString(), {
        query,
        operationName,
        variables,
        coerced,
        compiled,
        answer: answerKey(query, operationName, coerced),
      });
    },
  };

  return {
    candidate,
    answer,
    plugin,
    report: () => ({ ...entries.report(), answered }),
  };
}
