import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { BusyError } from '../graph/admission.ts';
import type { Logger } from '../logger.ts';
import { DatabaseUnavailableError } from '../neo4j/database.ts';

const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * What a client sees of an unexpected error: never a stack, a Cypher text or a Neo4j message.
 * Neo4j away and a query stopped for taking too long get their own codes, as a client can act
 * on them; anything else is "Unexpected error." and goes to the log in full.
 */
export function maskError(logger: Logger) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof DatabaseUnavailableError || original instanceof BusyError) {
      return new GraphQLError('The graph database is unavailable; try again in a moment.', {
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          http: { status: 503, headers: { 'Retry-After': '5' } },
        },
      });
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
