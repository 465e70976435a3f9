/**
 * Relationship fields and routes as Cypher, from the node in scope to the nodes at the far end,
 * each projected as its selection asks. Derived from the model's relationship table, so a field
 * and its Cypher cannot disagree.
 */
import Cypher from '@neo4j/cypher-builder';
import { isLabel, type Label, labels } from '../model/labels.ts';
import { identifyingProperties } from '../model/relationship-identity.ts';
import {
  type RelationshipField,
  type RelationshipType,
  relationshipFields,
} from '../model/relationships.ts';
import type { Route, Step } from '../model/routes.ts';
import { type ListKey, listKeys, orderOf } from './order.ts';
import { atEnd, ofType } from './patterns.ts';
import { type FieldPlan, project, propertyOf, type Scope } from './plan.ts';
import type { Selected } from './selection.ts';
import { displayName } from './values.ts';

/** `(from)-[:TYPE]->(to)` or `(from)<-[:TYPE]-(to)` for one step. */
function stepPattern(from: Cypher.Pattern, step: Step, to: Cypher.Node): Cypher.Pattern {
  const [way, end] =
    step.direction === 'out' ? (['right', 'to'] as const) : (['left', 'from'] as const);
  return from
    .related(ofType(step.types, way))
    .to(to, step.far ? atEnd(step.types, end, ...step.far) : {});
}

/**
 * The far nodes of a route's `paths` from `node`, listed once each in list order, each as
 * `selected` projects it: `COLLECT { MATCH ... RETURN far {...} ORDER BY ... }`.
 */
function collectFar(
  node: Cypher.Node,
  paths: readonly (readonly Step[])[],
  far: readonly Label[],
  selected: Selected,
  options: { one: boolean; where?: Route['where'] },
): Cypher.Expr {
  const target = new Cypher.Node();
  const matches = paths.map((steps) => {
    let pattern = new Cypher.Pattern(node);
    steps.forEach((step, index) => {
      pattern = stepPattern(pattern, step, index === steps.length - 1 ? target : new Cypher.Node());
    });
    return new Cypher.Match(pattern);
  });
  // Several paths may reach the same node: their UNION lists it once.
  const reach =
    matches.length === 1
      ? (matches[0] as Cypher.Match)
      : new Cypher.Call(new Cypher.Union(...matches.map((match) => match.return(target))), [
          node,
        ]).with(target);
  if (options.where) {
    reach.where(
      Cypher.eq(target.property(options.where.property), new Cypher.Param(options.where.equals)),
    );
  }
  const order = orderOf(far, target);
  const ordered = order.via ? reach.optionalMatch(order.via) : reach;
  const result = ordered
    .return(project(selected, { node: target }))
    .orderBy(...order.keys.map((key): [Cypher.Expr, 'ASC'] => [key, 'ASC']));
  if (!options.one) return new Cypher.Collect(result);
  return Cypher.head(new Cypher.Collect(result.limit(1)));
}

/**
 * How a list is sorted once read, key by key: by `#o0`, `#o1`... that the statement adds to the
 * items whose selection lacks the sort property, and otherwise by the response key (`shared`)
 * under which every other item has it. Reading a string property once matters: Neo4j reads it
 * from its string store.
 */
function sorting(keys: readonly ListKey[], selected: Selected) {
  return keys.map((key, index) => {
    const keyIn = (fields: readonly Selected[]) =>
      fields.find((field) => key.property && propertyOf(field) === key.property)?.key;
    const found = [...selected.children].map(([typeName, fields]) => [typeName, keyIn(fields)]);
    const present = found.flatMap(([, k]) => (k ? [k] : []));
    // A key every type that has the property selects the same way; else none is shared.
    const shared =
      present.length > 0 && present.every((k) => k === present[0]) ? present[0] : undefined;
    const added = new Set(
      found.filter(([, k]) => !shared || k !== shared).map(([typeName]) => typeName),
    );
    return { key: `#o${index}`, shared, added, value: key.value };
  });
}

/** How a relationship's direction, as a field asks for it, is drawn in a Cypher pattern. */
const patternDirection = { OUT: 'right', IN: 'left', BOTH: 'undirected' } as const;

/** The keys to sort by, in turn: each item's own `#oN`, or the key they share. */
const sortKeys = (sorts: ReturnType<typeof sorting>) =>
  sorts.map(({ key, shared }) => (shared === undefined ? [key] : [key, shared]));

/**
 * The plan of a relationship field of the model: a pattern comprehension from the node in scope,
 * `[(this)-[:TYPE]->(far) | far {...}]` (Neo4j's cheapest way to read a short list), sorted
 * into list order once read (`sortedBy`); a single object is the head of it, or the node the
 * statement has matched already (`scope.along`). A type that may join two nodes several times
 * reads `COLLECT { MATCH ... WITH DISTINCT far RETURN far {...} }`.
 */
export function relationshipPlan(field: RelationshipField): FieldPlan {
  const step: Step = { types: [field.type], direction: field.direction, far: field.far };
  const keys = listKeys(field.far, field.type === 'MADE_AT' || field.type === 'HAS_AGENDA_ITEM');
  const parallel = identifyingProperties(field.type).length > 0;
  return {
    cypher: (scope: Scope, selected: Selected) => {
      const { along } = scope;
      if (field.one && along?.type === field.type && along.direction === field.direction)
        return project(selected, { node: along.node });
      const target = new Cypher.Node();
      const pattern = stepPattern(new Cypher.Pattern(scope.node as Cypher.Node), step, target);
      const sorts = field.one ? [] : sorting(keys, selected);
      const extra = (typeName: string) =>
        Object.fromEntries(
          sorts.flatMap((s) => (s.added.has(typeName) ? [[s.key, s.value(target)]] : [])),
        );
      const projection = project(selected, { node: target }, extra);
      // A type that may join two nodes several times (a role on several dates) lists each far
      // node once.
      const list = parallel
        ? new Cypher.Collect(new Cypher.Match(pattern).with(target).distinct().return(projection))
        : new Cypher.PatternComprehension(pattern).map(projection);
      return field.one ? Cypher.head(list) : list;
    },
    fanOut: () => field.fanOut,
    spread: (_selected, statistics) => {
      const spread = statistics.relationships([field.on], [field.type], field.direction);
      return {
        ...spread,
        ...statistics.farEnds(field.type, field.direction, field.far),
        most: field.one ? Math.min(spread.most, 1) : spread.most,
        total: field.one ? Math.min(spread.total, spread.over) : spread.total,
      };
    },
    ...(field.one ? {} : { sortedBy: (selected: Selected) => sortKeys(sorting(keys, selected)) }),
  };
}

/** The plan of a route: a field that follows several relationships. */
export function routePlan(route: Route): FieldPlan {
  return {
    cypher: (scope: Scope, selected: Selected) =>
      collectFar(scope.node as Cypher.Node, route.paths, route.far, selected, {
        one: route.one === true,
        ...(route.where ? { where: route.where } : {}),
      }),
    fanOut: () => route.fanOut,
  };
}

/** The most relationships one node of any label has, from the model's fan-out bounds. */
const mostRelationships = Math.max(
  ...labels.map((label) =>
    relationshipFields.filter((f) => f.on === label).reduce((sum, f) => sum + f.fanOut, 0),
  ),
);

/**
 * The relationships of the node in scope, of some types and one direction, each with both ends:
 * `COLLECT { MATCH (this)-[r]-(other) WHERE type(r) IN $types ... }`, by type, then by the far
 * node's name.
 */
export const relationshipsPlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => {
    const node = scope.node;
    if (node === undefined) throw new Error('no node in scope');
    const { types, direction } = selected.args as {
      types?: RelationshipType[] | null;
      direction: 'OUT' | 'IN' | 'BOTH';
    };
    const r = new Cypher.Relationship();
    const other = new Cypher.Node();
    const from = new Cypher.Node();
    const to = new Cypher.Node();
    const match = new Cypher.Match(
      new Cypher.Pattern(node)
        .related(r, {
          direction: patternDirection[direction],
        })
        .to(other),
    );
    if (types) match.where(Cypher.in(Cypher.type(r), new Cypher.Param(types)));
    const rows = match
      .with(r, other, [Cypher.startNode(r), from], [Cypher.endNode(r), to])
      .return(project(selected, { relationship: r, ends: { from, to } }))
      .orderBy([Cypher.type(r), 'ASC'], [Cypher.toLower(displayName(other)), 'ASC']);
    return new Cypher.Collect(rows);
  },
  fanOut: () => mostRelationships,
  spread: (selected, statistics) => {
    const { types, direction } = selected.args as {
      types?: RelationshipType[] | null;
      direction: 'OUT' | 'IN' | 'BOTH';
    };
    return statistics.relationships(
      isLabel(selected.parent) ? [selected.parent] : labels,
      types ?? undefined,
      direction === 'BOTH' ? undefined : direction === 'OUT' ? 'out' : 'in',
    );
  },
};
