import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  getOperationAST,
  Kind,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { checkCost, type Limits } from '../graph/cost.ts';
import { type Planned, planRoots } from '../graph/graph.ts';
import { selectFields } from '../graph/selection.ts';
import type { GraphStatistics, Statistics } from '../graph/statistics.ts';
import type { Context } from '../schema/context.ts';

/** What planning an operation found: its plans, or why it may not run. */
interface Prepared {
  refusal?: GraphQLError;
  plans?: ReadonlyMap<string, Planned>;
}

/** Operations planned with up to this many sets of variables each are planned once per set. */
const variantsKept = 32;
/** Variables longer than this as JSON (lists of ids) are planned each time. */
const variablesKept = 2_048;

/**
 * Plans an operation before it runs: every root field's selection becomes its statement, and
 * the operation's estimated cost, depth and breadth are checked against the limits from the
 * same selection tree. A query over a limit is refused (QUERY_TOO_COMPLEX, naming the field
 * that weighs most) before anything reaches Neo4j. An operation sent again with the same
 * variables (a dashboard's) is planned once for the graph's statistics: kept with its parsed
 * document, so no longer than the parser's own cache, and the statistics in use.
 */
export function queryPlan(limits: Limits, statistics: Statistics): Plugin<Context> {
  const keptFor = new WeakMap<object, WeakMap<DocumentNode, Map<string, Prepared>>>();
  const none = {};
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const document = args.document as DocumentNode;
      const current = await statistics.current();
      const kept =
        keptFor.get(current ?? none) ?? new WeakMap<DocumentNode, Map<string, Prepared>>();
      keptFor.set(current ?? none, kept);
      const variables = JSON.stringify(args.variableValues ?? {});
      const key = `${args.operationName ?? ''}\u0000${variables}`;
      const variants = kept.get(document);
      let prepared = variants?.get(key);
      if (prepared === undefined) {
        prepared = prepare(
          args.schema,
          document,
          args.operationName,
          args.variableValues,
          limits,
          current,
        );
        if (prepared === undefined) return;
        if (variables.length <= variablesKept) {
          const forDocument = variants ?? new Map<string, Prepared>();
          if (forDocument.size >= variantsKept) forDocument.clear();
          forDocument.set(key, prepared);
          kept.set(document, forDocument);
        }
      }
      if (prepared.refusal) setResultAndStopExecution({ errors: [prepared.refusal] });
      else if (prepared.plans) context.graph.prepare(prepared.plans);
    },
  };
}

function prepare(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: Limits,
  statistics: GraphStatistics | undefined,
): Prepared | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const root = (
    operation.operation === 'query' ? schema.getQueryType() : schema.getMutationType()
  ) as GraphQLObjectType | null | undefined;
  if (!root) return undefined;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const roots = selectFields({ schema, fragments, variables: variables ?? {} }, root, [
    operation.selectionSet,
  ]);
  const refusal = checkCost(roots, limits, statistics);
  if (refusal) return { refusal };
  return operation.operation === 'query' ? { plans: planRoots(roots) } : {};
}
