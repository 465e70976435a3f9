/**
 * Relay connections (`meetings`, `decisions`): the connection and edge types of a node type, the
 * shared PageInfo, the page arguments, and the checks every connection makes of them. The
 * root field's statement answers the whole connection (see graph/pages.ts).
 */
import type { z } from 'zod';
import { type Connection, connectionPlan, type Items } from '../graph/pages.ts';
import { builder, type QueryFieldBuilder, type Row } from './builder.ts';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { checkRange } from './errors.ts';
import { planned, rooted } from './planned.ts';
import type { NodeRef } from './refs.ts';

/** A field of a connection type: its root field's statement computes it. */
const whole = planned({});
/** A connection's edges: as many as the page's size, which the root field's cost counts. */
const edges = planned({ fanOut: () => 1 });

const PageInfo = builder.objectRef<Row>('PageInfo').implement({
  description: 'Where a page of a connection stands: cursors and whether there is more.',
  fields: (t) => ({
    hasNextPage: t.boolean({ description: 'True when items follow this page.', ...whole }),
    hasPreviousPage: t.boolean({ description: 'True when items precede this page.', ...whole }),
    startCursor: t.string({
      nullable: true,
      description: 'The cursor of the first item of this page.',
      ...whole,
    }),
    endCursor: t.string({
      nullable: true,
      description: 'The cursor of the last item of this page: pass it as `after` for the next.',
      ...whole,
    }),
  }),
});

/** The connection type of `node`: `MeetingConnection` with its `MeetingConnectionEdge`. */
export function connectionType(name: string, node: NodeRef, description: string, counted: string) {
  const edge = builder.objectRef<Row>(`${name}Edge`).implement({
    description: 'An item of a page, with its cursor.',
    fields: (t) => ({
      cursor: t.string({
        description: 'Where this item stands: pass it as `after` or `before`.',
        ...whole,
      }),
      node: t.field({ type: node, description: 'The item.', ...whole }),
    }),
  });
  return builder.objectRef<Row>(name).implement({
    description,
    fields: (t) => ({
      edges: t.field({
        type: [edge],
        description: 'The items of this page, each with its cursor.',
        ...edges,
      }),
      pageInfo: t.field({
        type: PageInfo,
        description: 'Cursors of this page and whether there are more.',
        ...whole,
      }),
      totalCount: t.int({
        description: `How many ${counted} match the filters, in all pages (counted only when asked for).`,
        ...whole,
      }),
    }),
  });
}

/** Relay's page arguments. */
export const pageArguments = (t: QueryFieldBuilder) => ({
  first: t.arg.int({
    description:
      'How many items from the start (or after `after`): 0 to 100, 20 if neither first nor last is given.',
  }),
  after: t.arg.string({
    description: 'Start after this cursor (an `endCursor` or edge `cursor` of this connection).',
  }),
  last: t.arg.int({ description: 'How many items from the end (or before `before`): 0 to 100.' }),
  before: t.arg.string({
    description: 'End before this cursor (a `startCursor` or edge `cursor` of this connection).',
  }),
});

/**
 * A connection root field's plan: checks its page size, year and cursor arguments (naming any
 * that is wrong), then reads the items `items` gives for its filters.
 */
export function connectionRoot<Key>(
  /** The connection's name, for its cursors, from the field's arguments. */
  connectionOf: (args: Record<string, unknown>) => string,
  key: z.ZodType<Key>,
  items: (args: Record<string, unknown>) => Items<Key>,
) {
  const definition: Connection<Key> = {
    check: (args) => {
      checkRange('first', args.first as number | undefined, 0, 100);
      checkRange('last', args.last as number | undefined, 0, 100);
      checkRange('fromYear', args.fromYear as number | undefined, 1900, 2200);
      checkRange('toYear', args.toYear as number | undefined, 1900, 2200);
    },
    decode: (cursor, argument, args) =>
      decodeCursor(cursor, connectionOf(args), key, argument) as Key,
    items,
    encode: (value, args) => encodeCursor(connectionOf(args), value),
  };
  return rooted<Row>(connectionPlan(definition));
}
