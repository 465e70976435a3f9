/** What the meetings and decisions connections share: page sizes, cursors, filters' years. */
import {
  type DefaultConnectionArguments,
  type ResolveCursorConnectionArgs,
  resolveCursorConnection,
} from '@pothos/plugin-relay';
import type { z } from 'zod';
import type { PageWindow } from '../graph/pages.ts';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { checkRange } from './errors.ts';

/** Page sizes of connections: 20 unless asked, never more than 100. */
const defaultPageSize = 20;
const maxPageSize = 100;

export interface KeysetPaging<Item, Key, Filters> {
  /** The connection's name, written into its cursors: a cursor of another is refused. */
  connection: string;
  /** The shape of a cursor's key, checked when a client sends one back. */
  key: z.ZodType<Key>;
  /** The key of an item: its place in the connection's order. */
  keyOf: (item: Item) => Key;
  page: (filters: Filters, window: PageWindow<Key>) => Promise<Item[]>;
}

/**
 * Resolves a page of a connection ordered by a unique key: checks the page size, year and
 * cursor arguments (naming any that is wrong), reads the page, and keeps the filters on the
 * result for `totalCount`, which is counted only when asked for.
 */
export async function resolveKeysetConnection<Item, Key, Filters>(
  args: DefaultConnectionArguments & { fromYear?: number | null; toYear?: number | null },
  filters: Filters,
  paging: KeysetPaging<Item, Key, Filters>,
) {
  checkRange('first', args.first, 0, maxPageSize);
  checkRange('last', args.last, 0, maxPageSize);
  checkRange('fromYear', args.fromYear, 1900, 2200);
  checkRange('toYear', args.toYear, 1900, 2200);
  const cursor = (value: string | undefined, argument: string) =>
    decodeCursor(value, paging.connection, paging.key, argument);
  const page = await resolveCursorConnection(
    {
      args,
      defaultSize: defaultPageSize,
      maxSize: maxPageSize,
      toCursor: (item: Item) => encodeCursor(paging.connection, paging.keyOf(item)),
    },
    ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
      paging.page(filters, {
        after: cursor(after, 'after'),
        before: cursor(before, 'before'),
        limit,
        inverted,
      }),
  );
  return { ...page, filters };
}
