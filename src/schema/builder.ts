import SchemaBuilder, { type ObjectFieldsShape } from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
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

type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<Types>;

/** The fields of an object type whose values have the shape `Shape`. */
export type FieldsOf<Shape> = ObjectFieldsShape<BuilderTypes, Shape>;

/** The field builder of an object type whose values have the shape `Shape`. */
export type FieldBuilder<Shape> = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Shape>;

export const builder = new SchemaBuilder<Types>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
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
