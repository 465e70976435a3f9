import { useGraphQlJit } from '@envelop/graphql-jit';
import { type DocumentNode, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

/**
 * The error a compiled query reports for a field, as the general executor reports it: graphql-jit
 * wraps what a resolver threw in an error of its own, which keeps the locations in the query but
 * not the field nodes they come from, and yoga rebuilds every error from those before sending it.
 * A root field's resolver throws its error located already (schema/planned.ts): that one is sent.
 * (The general executor sends that one itself: for its answers this changes nothing.)
 */
const located = (error: GraphQLError): GraphQLError =>
  error.originalError instanceof GraphQLError && error.originalError.nodes
    ? error.originalError
    : error;

/**
 * Runs a query a client sends again as compiled JavaScript (graphql-jit): a compiled query
 * builds its answer without the general executor's work for every field of every item
 * (resolve info, argument coercion, completion), a quarter of a large answer's time. A query is
 * compiled the second time it is run, so that one-off queries (GraphiQL, exploring) cost no
 * compilation, and kept with its parsed document, so no longer than the parser's own cache.
 * Mutations, each a write once, run as they are.
 */
export function compiledExecution(logger: Logger): Plugin {
  const runs = new WeakSet<DocumentNode>();
  const jit = useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName }) => {
        if (getOperationAST(document, operationName)?.operation !== 'query') return false;
        if (runs.has(document)) return true;
        runs.add(document);
        return false;
      },
      onError: (result) => logger.error({ errors: result.errors }, 'An operation did not compile'),
    },
  ) as Plugin;
  return {
    onPluginInit: ({ addPlugin }) => addPlugin(jit),
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if ('errors' in result && result.errors)
          setResult({ ...result, errors: result.errors.map(located) });
      },
    }),
  };
}
