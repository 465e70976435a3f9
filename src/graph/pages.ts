/**
 * Relay connections as one statement: the page's items in the order of an indexed key (read
 * forwards or backwards from a cursor and stopped at the page size, so only the page is read),
 * and, when asked for, the total from COUNT {} (Neo4j's count store when nothing is filtered).
 * The connection's value (edges, cursors, page info, total) is assembled from the rows by the
 * response keys of what was selected.
 */
import Cypher from '@neo4j/cypher-builder';
import { parseCursorConnectionArgs } from '@pothos/core';
import type { Label } from '../model/labels.ts';
import { type Along, projectObject, type RootPlan, type Statement, typeKey } from './plan.ts';
import { childrenOf, type Selected } from './selection.ts';

/** Where a page starts and ends, as Relay's arguments give it; keys are decoded cursors. */
export interface Window<Key> {
  after: Key | undefined;
  before: Key | undefined;
  /** How many items to read: the page size, and one more to know whether there are more. */
  limit: number;
  /** Read from the end (`last`). */
  inverted: boolean;
}

/** How the items of one connection are read. */
export interface Items<Key> {
  label: Label;
  /**
   * The clause that binds `node` to the page's items, in order (reversed when inverted), at
   * most `window.limit` of them; `cursor` is each item's key as a Cypher value.
   */
  read(window: Window<Key>): {
    clause: Cypher.Clause & Cypher.With;
    node: Cypher.Node;
    cursor: Cypher.Expr;
    /** The node a to-one relationship of each item leads to, where the clause has matched it. */
    along?: Along;
  };
  /** How many items there are in all (with the connection's filters). */
  count(): Cypher.Expr;
}

export interface Connection<Key> {
  /** Checks the field's arguments; throws an error naming the argument that is wrong. */
  check(args: Record<string, unknown>): void;
  /** The key in a cursor a client sent back as `argument`; throws when it is not one. */
  decode(cursor: string, argument: 'after' | 'before', args: Record<string, unknown>): Key;
  /** The items of the connection with the field's filters. */
  items(args: Record<string, unknown>): Items<Key>;
  /** A cursor from an item's key (for a field with `args`: a cursor is good in its order only). */
  encode(key: Key, args: Record<string, unknown>): string;
}

const defaultPageSize = 20;
const maxPageSize = 100;

/** Relay's page arguments as limits: `limit` is the page size plus one. */
export function pageLimits(args: Record<string, unknown>) {
  return parseCursorConnectionArgs({
    args: args as { first?: number; last?: number; before?: string; after?: string },
    defaultSize: defaultPageSize,
    maxSize: maxPageSize,
  });
}

/** The selected fields named `name` of a connection (e.g. every alias of `edges`). */
const every = (selections: readonly Selected[], name: string) =>
  selections.filter((s) => s.field.name === name);

/** The page size asked for, within bounds (the plan refuses sizes out of bounds). */
const pageSize = ({ args }: Selected) =>
  Math.min(Math.max(Number(args.first ?? args.last ?? defaultPageSize), 0), maxPageSize);

/** The plan of a connection root field. */
export function connectionPlan<Key>(connection: Connection<Key>): RootPlan {
  return {
    plan: (selected): Statement => {
      connection.check(selected.args);
      const limits = pageLimits(selected.args);
      const cursor = (argument: 'after' | 'before') => {
        const given = selected.args[argument];
        return typeof given === 'string'
          ? connection.decode(given, argument, selected.args)
          : undefined;
      };
      const window = {
        after: cursor('after'),
        before: cursor('before'),
        limit: limits.limit,
        inverted: limits.inverted,
      };
      const items = connection.items(selected.args);
      const fields = childrenOf(selected);
      const edges = every(fields, 'edges');
      const pageInfo = every(fields, 'pageInfo');
      const totals = every(fields, 'totalCount');
      const columns: [Cypher.Expr, string][] = [];
      let call: Cypher.Call | undefined;
      if (edges.length > 0 || pageInfo.length > 0) {
        const { clause: read, node, cursor, along } = items.read(window);
        const nodes = new Cypher.Map();
        for (const edge of edges) {
          for (const nodeField of every(childrenOf(edge), 'node')) {
            nodes.set(
              `${edge.key}/${nodeField.key}`,
              projectObject(items.label, childrenOf(nodeField), {
                node,
                ...(along ? { along } : {}),
              }),
            );
          }
        }
        const page = new Cypher.Variable();
        call = new Cypher.Call(
          read.return([Cypher.collect(new Cypher.Map({ cursor, nodes })), page]),
          [],
        );
        columns.push([page, 'page']);
      }
      if (totals.length > 0) columns.push([items.count(), 'total']);
      return {
        clause: call ? call.return(...columns) : new Cypher.Return(...columns),
        finish: ([row]) =>
          assemble(connection, selected, limits, {
            items: (row?.page ?? []) as Item<Key>[],
            total: row?.total,
          }),
      };
    },
    fanOut: pageSize,
    // At most the items there are, with or without the connection's filters; without edges,
    // the connection is one object (its count and page info).
    spread: (selected, statistics) => {
      const items =
        every(childrenOf(selected), 'edges').length > 0
          ? Math.min(pageSize(selected), statistics.nodes(connection.items(selected.args).label))
          : 1;
      return { most: items, total: items, over: 1, distinct: true };
    },
  };
}

interface Item<Key> {
  cursor: Key;
  /** The item projected for each `edges/node` response key. */
  nodes: Record<string, unknown>;
}

/** The connection's value, by the response keys of what was selected of it. */
function assemble<Key>(
  connection: Connection<Key>,
  selected: Selected,
  limits: ReturnType<typeof pageLimits>,
  read: { items: Item<Key>[]; total: unknown },
) {
  const items = read.items.slice(0, limits.expectedSize);
  if (limits.inverted) items.reverse();
  const cursors = items.map((item) => connection.encode(item.cursor, selected.args));
  const given = (selected.args.after ?? selected.args.before ?? '') as string;
  const info = {
    startCursor: cursors[0] ?? given,
    endCursor: cursors.at(-1) ?? given,
    hasPreviousPage: limits.hasPreviousPage(read.items.length),
    hasNextPage: limits.hasNextPage(read.items.length),
  };
  const value: Record<string, unknown> = { [typeKey]: selected.type.name };
  for (const field of childrenOf(selected)) {
    const name = field.field.name;
    if (name === 'totalCount') value[field.key] = read.total;
    if (name === 'pageInfo')
      value[field.key] = Object.fromEntries(
        childrenOf(field).map((f) => [f.key, info[f.field.name as keyof typeof info]]),
      );
    if (name === 'edges')
      value[field.key] = items.map((item, index) =>
        Object.fromEntries(
          childrenOf(field).map((f) => [
            f.key,
            f.field.name === 'cursor' ? cursors[index] : item.nodes[`${field.key}/${f.key}`],
          ]),
        ),
      );
  }
  return value;
}
