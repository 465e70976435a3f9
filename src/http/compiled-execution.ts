import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { BoundedCache } from '../bounded-cache.ts';
import type { Logger } from '../logger.ts';
import { inSelectionOrder } from './selection-order.ts';

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
 * Bytes a compiled query holds (the generated functions' source and machine code, the
 * rearranged document they close over): measured with 1,000 to 2,000 distinct documents
 * compiled, up to 400 bytes of heap a character of the document's text, and up to 53 kB of
 * resident memory a query for the smallest; rounded up.
 */
const bytesPerDocumentCharacter = 450;
const bytesPerQuery = 40_000;

/** The key of a compiled query: its operation's name and its document's text. */
export const compiledKey = (operationName: string | null | undefined, text: string) =>
  `${operationName ?? ''}\u0000${text}`;

/** The cache of compiled queries, by operation name and document text, holding at most `bytes`. */
export const compiledQueries = (bytes: number) =>
  new BoundedCache<{ compiled: CompiledQuery; characters: number }>(
    bytes,
    ({ characters }) => bytesPerQuery + bytesPerDocumentCharacter * characters,
  );

/**
 * Runs a query a client sends again as compiled JavaScript (graphql-jit): a compiled query
 * builds its answer without the general executor's work for every field of every item
 * (resolve info, argument coercion, completion), a quarter of a large answer's time. A query is
 * compiled the second time it is run, so that one-off queries (GraphiQL, exploring) cost no
 * compilation, and kept in `cache`. It is compiled from its document rearranged so that its
 * answer lists fields in the order of the selection, byte for byte the first answer
 * (selection-order.ts). Mutations, each a write once, run as they are.
 */
export function compiledExecution(
  logger: Logger,
  cache: ReturnType<typeof compiledQueries>,
): Plugin {
  const runs = new WeakSet<DocumentNode>();
  const uncompilable = new WeakSet<DocumentNode>();
  return {
    onExecute({ args, setExecuteFn }) {
      const { document, operationName } = args;
      const operation = getOperationAST(document, operationName);
      const text = operation?.loc?.source.body;
      if (operation?.operation !== 'query' || text === undefined || uncompilable.has(document))
        return;
      const key = compiledKey(operationName, text);
      let entry = cache.get(key);
      if (entry === undefined) {
        if (!runs.has(document)) {
          runs.add(document);
          return;
        }
        const ordered = inSelectionOrder(document, operation);
        const compiled = ordered && compileQuery(args.schema, ordered, operationName ?? undefined);
        if (!compiled || !isCompiledQuery(compiled)) {
          if (compiled) logger.error({ errors: compiled.errors }, 'An operation did not compile');
          uncompilable.add(document);
          return;
        }
        entry = { compiled, characters: text.length };
        cache.set(key, entry);
      }
      const { compiled } = entry;
      setExecuteFn(
        (run) =>
          compiled.query(run.rootValue, run.contextValue, run.variableValues) as ExecutionResult,
      );
      return {
        // Errors first, as the general executor answers them.
        onExecuteDone: ({ result, setResult }) => {
          if ('errors' in result && result.errors) {
            const { errors, data, ...rest } = result;
            setResult({ errors: errors.map(located), data, ...rest });
          }
        },
      };
    },
  };
}
