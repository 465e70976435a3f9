import { GraphQLError } from 'graphql';
import { type YogaLogger, maskError as yogaMaskError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { BusyError } from '../graph/admission.ts';
import type { Logger } from '../logger.ts';
import {
  DatabaseBusyError,
  DatabaseUnavailableError,
  ImportInProgressError,
  TransactionMemoryError,
} from '../neo4j/database.ts';

const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** A refusal the client may retry: HTTP 503 with Retry-After. */
const unavailable = (message: string) =>
  new GraphQLError(message, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: { 'Retry-After': '5' } },
    },
  });

/**
 * What a client sees of an unexpected error: never a stack, a Cypher text or a Neo4j message.
 * Neo4j away, hung or busy, a query stopped for taking too long and one Neo4j had not the memory
 * for get their own codes, as a client can act on them; anything else is "Unexpected error." and
 * goes to the log in full.
 */
export function maskError(logger: Logger) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const busy = original instanceof DatabaseBusyError;
    if (original instanceof BusyError) {
      return unavailable(
        'As many expensive queries as may run at once are running; try again in a moment, or ask for less at once.',
      );
    }
    if (busy || original instanceof DatabaseUnavailableError) {
      return unavailable(
        `The graph database is ${busy ? 'busy' : 'unavailable'}; try again in a moment.`,
      );
    }
    if (original instanceof ImportInProgressError) {
      return new GraphQLError(
        'An import is in progress: the graph is being written in batches, and curation writes are refused until it ends (nothing was written); try again when it has.',
        {
          extensions: {
            code: 'IMPORT_IN_PROGRESS',
            http: { status: 503, headers: { 'Retry-After': '60' } },
          },
        },
      );
    }
    if (original instanceof TransactionMemoryError) {
      return new GraphQLError(
        'The graph database had not the memory to do this at once (nothing was written); ask for less at once.',
        { extensions: { code: 'NOT_ENOUGH_MEMORY' } },
      );
    }
    if (original instanceof Neo4jError && timeoutCodes.has(original.code)) {
      return new GraphQLError('The query took too long and was stopped; ask for less at once.', {
        extensions: { code: 'QUERY_TIMEOUT' },
      });
    }
    const masked = yogaMaskError(error, message, isDev);
    if (masked !== error) logger.error({ err: original }, 'unexpected error in a GraphQL request');
    return masked;
  };
}

/**
 * Yoga's own log calls as lines of the service's log. Yoga also logs each error it masks, up to
 * twice, and maskError has logged it in full already: those are left out.
 */
export function yogaLogging(logger: Logger): YogaLogger {
  const line = (...args: unknown[]) => args.map(String).join(' ');
  return {
    debug: (...args) => logger.debug(line(...args)),
    info: (...args) => logger.info(line(...args)),
    warn: (...args) => logger.warn(line(...args)),
    error: (...args) => {
      if (!args.some((arg) => arg instanceof Error)) logger.error(line(...args));
    },
  };
}
