import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  getOperationAST,
  Kind,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { checkCost } from '../graph/cost.ts';
import { selectFields } from '../graph/selection.ts';
import type { Context } from '../schema/context.ts';

/**
 * Plans an operation before it runs: every root field's selection becomes its statement, and
 * the operation's estimated cost, depth and breadth are checked against the limits from the
 * same selection tree. A query over a limit is refused (QUERY_TOO_COMPLEX, naming the field
 * that weighs most) before anything reaches Neo4j.
 */
export const queryPlan: Plugin<Context> = {
  onExecute({ args, setResultAndStopExecution }) {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const context = args.contextValue as Context;
    const root = (
      operation.operation === 'query' ? args.schema.getQueryType() : args.schema.getMutationType()
    ) as GraphQLObjectType | null | undefined;
    if (!root) return;
    const fragments = Object.fromEntries(
      (args.document as DocumentNode).definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const roots = selectFields(
      {
        schema: args.schema,
        fragments,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
      },
      root,
      [operation.selectionSet],
    );
    const refusal = checkCost(roots, context.limits);
    if (refusal) {
      setResultAndStopExecution({ errors: [refusal] });
      return;
    }
    if (operation.operation === 'query') context.graph.prepare(roots);
  },
};
