import SchemaBuilder, { type ObjectFieldsShape } from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import {
  GraphQLError,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isListType,
} from 'graphql';
import type { Context } from './context.ts';
import { decodeId, encodeId } from './ids.ts';

interface Types {
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
  };
}

/**
 * The estimated cost of a field, for the query cost limit: 1, and what it selects counts as
 * many times over as it may return items: its page size (`first`/`last`, 20 by default) for
 * connections and search, 5 for other lists, 1 otherwise. A connection's edges are its page.
 */
function fieldComplexity(
  args: Record<string, unknown>,
  _context: Context,
  field: GraphQLField<unknown, Context>,
) {
  if (getNamedType(field.type).name.endsWith('Edge')) return { field: 0, multiplier: 1 };
  if (field.args.some((arg) => arg.name === 'first')) {
    // Page sizes beyond the maximum are refused by the field itself, with the argument named.
    const requested = (args.first ?? args.last ?? 20) as number;
    return { field: 1, multiplier: Math.min(Math.max(requested, 0), 100) };
  }
  return { field: 1, multiplier: isListType(getNullableType(field.type)) ? 5 : 1 };
}

type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<Types>;

/** The fields of an object type whose values have the shape `Shape`. */
export type FieldsOf<Shape> = ObjectFieldsShape<BuilderTypes, Shape>;

/** The field builder of an object type whose values have the shape `Shape`. */
export type FieldBuilder<Shape> = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Shape>;

export const builder = new SchemaBuilder<Types>({
  plugins: [RelayPlugin, ErrorsPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  complexity: {
    fieldComplexity,
    limit: ({ limits }) => ({
      complexity: limits.complexity,
      depth: limits.depth,
      breadth: limits.breadth,
    }),
    complexityError: (kind, result) => {
      const [what, actual, max] = {
        Complexity: ['estimated cost', result.complexity, result.maxComplexity],
        Depth: ['depth', result.depth, result.maxDepth],
        Breadth: ['number of fields', result.breadth, result.maxBreadth],
      }[kind];
      return new GraphQLError(
        `The query's ${what} is ${actual}; at most ${max} is allowed. Ask for less at once.`,
        {
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: kind.toLowerCase(), actual, max },
        },
      );
    },
  },
  errors: {
    // A mutation answers the object it changed, or a typed error: `UpsertMeetingResult`.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]?.toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'What the mutation changed, or a typed error saying why nothing was written.',
    },
  },
  relay: {
    encodeGlobalID: encodeId,
    decodeGlobalID: (globalId) => decodeId(globalId),
    edgesFieldOptions: {
      nullable: false,
      description: 'The items of this page, each with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Where this item stands: pass it as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Cursors of this page and whether there are more.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: {
      description: 'The cursor of the last item of this page: pass it as `after` for the next.',
    },
    firstArgOptions: {
      description:
        'How many items from the start (or after `after`): 0 to 100, 20 if neither first nor last is given.',
    },
    lastArgOptions: { description: 'How many items from the end (or before `before`): 0 to 100.' },
    afterArgOptions: {
      description: 'Start after this cursor (an `endCursor` or edge `cursor` of this connection).',
    },
    beforeArgOptions: {
      description: 'End before this cursor (a `startCursor` or edge `cursor` of this connection).',
    },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
    idFieldOptions: { description: 'Global ID: opaque, stable, accepted by `node(id:)`.' },
    nodeTypeOptions: {
      description: 'An object with a global ID: pass it to `node(id:)` to fetch the object again.',
    },
    nodeQueryOptions: {
      args: { id: { description: 'A global ID, e.g. the `id` of a Network.' } },
      description:
        'Any object by its global ID (the `id` of an object the API returned); null if it is not in the graph.',
    },
    nodesQueryOptions: {
      args: { ids: { description: 'Global IDs.' } },
      description:
        'Several objects by their global IDs, in the same order; null for any not in the graph.',
    },
    pageInfoTypeOptions: {
      description: 'Where a page of a connection stands: cursors and whether there is more.',
    },
  },
});

builder.queryType({
  description:
    'The NEASPEC knowledge graph: member States, programme areas, networks, Senior Officials Meetings and their decisions, projects, species, places, organisations, and the source of every fact.',
});
