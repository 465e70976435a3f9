/**
 * What a GraphQL operation asks for, resolved against the schema: for each object, the fields
 * selected of it by response key (aliases, fragments, inline fragments and @skip/@include
 * applied, the same field selected twice merged), each with its arguments and, for an object
 * field, what it selects of every concrete type it may return. The planner turns this tree into
 * Cypher, and the cost is computed from it before anything runs.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';

/** The operation's context: schema, fragments and variable values. */
export interface OperationContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** One field selected of an object, under one response key. */
export interface Selected {
  /** The response key: the alias, or the field name. */
  key: string;
  /** The concrete type it is selected of. */
  parent: string;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** The type the field returns, without list and non-null wrappers. */
  type: GraphQLNamedType;
  /** For an object, interface or union field: the fields selected of each concrete type. */
  children: Map<string, Selected[]>;
}

const included = (operation: OperationContext, node: FieldNode | { directives?: unknown }) => {
  const withDirectives = node as FieldNode;
  const skip = getDirectiveValues(GraphQLSkipDirective, withDirectives, operation.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, withDirectives, operation.variables);
  return include?.if !== false;
};

/** Does a fragment with type condition `condition` apply to objects of `type`? */
function applies(
  operation: OperationContext,
  condition: string | undefined,
  type: GraphQLObjectType,
) {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = operation.schema.getType(condition);
  return (
    conditionType !== undefined &&
    conditionType !== null &&
    isAbstractType(conditionType) &&
    operation.schema.isSubType(conditionType, type)
  );
}

/** The field nodes of `sets` that apply to `type`, grouped by response key in selection order. */
function collectFields(
  operation: OperationContext,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(operation, selection)) continue;
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        if (applies(operation, selection.typeCondition?.name.value, type))
          collectFields(operation, type, [selection.selectionSet], into, visited);
      } else {
        const name = selection.name.value;
        const fragment = operation.fragments[name];
        if (fragment === undefined || visited.has(name)) continue;
        visited.add(name);
        if (applies(operation, fragment.typeCondition.name.value, type))
          collectFields(operation, type, [fragment.selectionSet], into, visited);
      }
    }
  }
  return into;
}

/** The concrete object types a field of type `type` may return. */
export const concreteTypes = (
  schema: GraphQLSchema,
  type: GraphQLNamedType,
): readonly GraphQLObjectType[] =>
  isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];

/**
 * The fields selected of objects of `type` by the selection sets `sets`. Introspection fields
 * (`__typename`) are left to graphql-js.
 */
export function selectFields(
  operation: OperationContext,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
): Selected[] {
  const selected: Selected[] = [];
  for (const [key, nodes] of collectFields(operation, type, sets)) {
    const first = nodes[0] as FieldNode;
    if (first.name.value.startsWith('__')) continue;
    const field = type.getFields()[first.name.value];
    if (field === undefined) throw new GraphQLError(`No field ${first.name.value} on ${type.name}`);
    const fieldType = getNamedType(field.type);
    const subSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const children = new Map(
      concreteTypes(operation.schema, fieldType).map((concrete) => [
        concrete.name,
        selectFields(operation, concrete, subSets),
      ]),
    );
    selected.push({
      key,
      parent: type.name,
      field: field as GraphQLField<unknown, unknown>,
      args: getArgumentValues(field, first, operation.variables),
      type: fieldType,
      children,
    });
  }
  return selected;
}

/** The fields selected of the one concrete type of an object field (or none). */
export const childrenOf = (selected: Selected): Selected[] =>
  [...selected.children.values()][0] ?? [];

/** The selected field with this name (the first, when it is selected under several keys). */
export const pick = (selections: readonly Selected[], name: string): Selected | undefined =>
  selections.find((s) => s.field.name === name);
