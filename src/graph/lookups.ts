/**
 * Root fields that read nodes by key or by label: `memberState(iso3:)`, `node(id:)`,
 * `nodes(ids:)`, `memberStates`. A lookup is batched with the other lookups of its request that
 * share its statement; a list is one statement in list order.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Label } from '../model/labels.ts';
import { type Asked, askedOrder, orderOf } from './order.ts';
import { withLabel } from './patterns.ts';
import {
  type Lookup,
  project,
  projectObject,
  type RootPlan,
  type Statement,
  typeKey,
} from './plan.ts';
import type { Selected } from './selection.ts';

/**
 * The node of `label` whose `property` is `key`, as `selections` project it:
 * `UNWIND $keys AS key MATCH (this:Label {property: key}) RETURN key, this {...} AS value`.
 */
export function lookup(
  label: Label,
  property: string,
  key: unknown,
  selections: readonly Selected[],
  /** The field's type is an interface: the value says its type. */
  typed = false,
): Lookup {
  return {
    key,
    clause: (keys) => {
      const each = new Cypher.Variable();
      const node = new Cypher.Node();
      return new Cypher.Unwind([keys, each])
        .match(new Cypher.Pattern(node, { ...withLabel(label), properties: { [property]: each } }))
        .return(
          [each, 'key'],
          [
            projectObject(
              label,
              selections,
              { node },
              typed ? new Cypher.Literal(label) : undefined,
            ),
            'value',
          ],
        );
    },
    finish: (row) => row?.value ?? null,
  };
}

/** A root field answering the node of `label` whose `property` is the key its arguments give. */
export function lookupPlan(
  label: Label,
  property: string,
  keyOf: (args: Record<string, unknown>) => unknown,
): RootPlan {
  return {
    plan: (selected) =>
      lookup(label, property, keyOf(selected.args), selected.children.get(label) ?? []),
    fanOut: () => 1,
  };
}

/**
 * Every node of `label`, in list order or the order the client asks (`asked` reads it from the
 * field's arguments): `MATCH (this:Label) RETURN this {...} ORDER BY ...`.
 */
export function listPlan(
  label: Label,
  fanOut: number,
  asked: (args: Record<string, unknown>) => Asked | undefined = () => undefined,
): RootPlan {
  return {
    plan: (selected): Statement => {
      const node = new Cypher.Node();
      const order = asked(selected.args);
      const usual = orderOf([label], node);
      const match = new Cypher.Match(new Cypher.Pattern(node, withLabel(label)));
      const keys =
        order === undefined
          ? usual.keys.map((key): [Cypher.Expr, 'ASC' | 'DESC'] => [key, 'ASC'])
          : askedOrder(node, order);
      return {
        clause: (order === undefined && usual.via ? match.optionalMatch(usual.via) : match)
          .return([projectObject(label, selected.children.get(label) ?? [], { node }), 'value'])
          .orderBy(...keys),
        finish: (rows) => rows.map((row) => row.value),
      };
    },
    fanOut: () => fanOut,
    spread: (_selected, statistics) => {
      const nodes = statistics.nodes(label);
      return { most: nodes, total: nodes, over: 1, distinct: true };
    },
  };
}

/**
 * The nodes with these ids, in one statement, each projected as the selection asks of its
 * type, in the order given; an id given twice is read once. A node whose label is not the
 * type its id was given with answers null.
 */
export function nodesById(
  given: readonly { typename: string; id: string }[],
  selected: Selected,
): Statement {
  const each = new Cypher.Variable();
  const node = new Cypher.Node();
  const clause = new Cypher.Unwind([new Cypher.Param([...new Set(given.map((d) => d.id))]), each])
    .match(new Cypher.Pattern(node, { labels: ['Entity'], properties: { id: each } }))
    .return([each, 'id'], [project(selected, { node }), 'value']);
  return {
    clause,
    finish: (rows) => {
      const found = new Map(rows.map((row) => [row.id, row.value as Record<string, unknown>]));
      return given.map(({ typename, id }) => {
        const value = found.get(id);
        return value?.[typeKey] === typename ? value : null;
      });
    },
  };
}
