import type { IncomingMessage } from 'node:http';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getOperationAST,
  getVariableValues,
  Kind,
} from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Planner } from '../graph/planner.ts';

/** A variable whose value GraphQL cannot coerce to its type: the client's mistake. */
const badVariable = (error: GraphQLError) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { code: 'BAD_USER_INPUT' },
  });

export const fragmentsOf = (document: DocumentNode) =>
  Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

/**
 * Checks an operation before it runs, with its variables' values coerced as GraphQL does
 * (defaults applied, a single value for a list made a list): a value that cannot be coerced is
 * refused as BAD_USER_INPUT naming its variable, and an operation over a limit of cost, depth or
 * breadth as QUERY_TOO_COMPLEX naming the field that weighs most, before anything reaches
 * Neo4j. The plans it makes are the ones the root fields' resolvers run (graph/planner.ts). An
 * operation that may run is then admitted by its estimated cost (`admit`), which may make it
 * wait, or refuse it as busy, while other expensive reads run (http/answers-in-flight.ts).
 */
export function queryPlan(
  planner: Planner,
  admit: (request: Request, cost: number, received?: IncomingMessage) => Promise<void>,
): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const definition = getOperationAST(args.document, args.operationName);
      if (!definition) return;
      await planner.ready();
      const { coerced, errors } = getVariableValues(
        args.schema,
        definition.variableDefinitions ?? [],
        args.variableValues ?? {},
      );
      if (errors) {
        setResultAndStopExecution({ errors: errors.map(badVariable) });
        return;
      }
      const { refusal, cost } = planner.plan({
        schema: args.schema,
        definition,
        fragments: fragmentsOf(args.document),
        variables: coerced,
      });
      if (refusal) {
        setResultAndStopExecution({ errors: [refusal] });
        return;
      }
      const context = args.contextValue as YogaInitialContext & { req?: IncomingMessage };
      await admit(context.request, cost, context.req);
    },
  };
}
