import {
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { type Selected, selectFields } from '../../src/graph/selection.ts';
import { schema } from '../../src/schema/index.ts';

/** The root fields of a query, as the planner sees them. */
export function roots(query: string, variables: Record<string, unknown> = {}): Selected[] {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return selectFields(
    { schema, fragments, variables },
    schema.getQueryType() as GraphQLObjectType,
    [operation.selectionSet],
  );
}
