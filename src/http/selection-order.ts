/**
 * A query document rearranged for graphql-jit so that its answers list fields in the order
 * GraphQL specifies (CollectFields: the order of the selection, fragments where they stand).
 * graphql-jit collects a selection set's own fields first and then its fragments, the last
 * first (a stack); so each selection set becomes the fields before its first fragment, then an
 * unconditional inline fragment holding what follows that fragment, then the fragment itself
 * (popped first, so collected first). Named fragments become inline fragments where they are
 * spread. The same fields, directives and type conditions: only the order of collection changes.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type InlineFragmentNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** Past this many selections (named fragments spread many times), a document is not rearranged. */
const maxSelections = 20_000;

class TooLarge extends Error {}

function rearrange(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationDefinitionNode {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  let made = 0;
  const set = (selections: readonly SelectionNode[]): SelectionSetNode => ({
    kind: Kind.SELECTION_SET,
    selections: ordered(selections),
  });
  const inline = (
    typeCondition: InlineFragmentNode['typeCondition'],
    directives: InlineFragmentNode['directives'],
    selections: readonly SelectionNode[],
  ): InlineFragmentNode => ({
    kind: Kind.INLINE_FRAGMENT,
    typeCondition,
    directives,
    selectionSet: set(selections),
  });
  const field = (node: FieldNode): FieldNode =>
    node.selectionSet ? { ...node, selectionSet: set(node.selectionSet.selections) } : { ...node };
  const fragment = (node: SelectionNode): SelectionNode => {
    if (node.kind === Kind.INLINE_FRAGMENT)
      return inline(node.typeCondition, node.directives, node.selectionSet.selections);
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const definition = fragments.get(node.name.value);
      // Validation refuses unknown fragments; kept as it is, graphql-jit reports it.
      if (definition === undefined) return node;
      return inline(definition.typeCondition, node.directives, definition.selectionSet.selections);
    }
    return field(node);
  };
  function ordered(selections: readonly SelectionNode[]): SelectionNode[] {
    made += selections.length;
    if (made > maxSelections) throw new TooLarge();
    const first = selections.findIndex((s) => s.kind !== Kind.FIELD);
    if (first < 0) return selections.map(fragment);
    const rest = selections.slice(first + 1);
    return [
      ...selections.slice(0, first).map(fragment),
      ...(rest.length > 0 ? [inline(undefined, undefined, rest)] : []),
      fragment(selections[first] as SelectionNode),
    ];
  }
  return { ...operation, selectionSet: set(operation.selectionSet.selections) };
}

/**
 * `document` with its operation `operation` rearranged (see above), or undefined when
 * rearranging it would make it too large to compile.
 */
export function inSelectionOrder(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): DocumentNode | undefined {
  try {
    return { ...document, definitions: [rearrange(document, operation)] };
  } catch (error) {
    if (error instanceof TooLarge) return undefined;
    throw error;
  }
}
