/**
 * How a field becomes Cypher. Every field of a type the planner reads carries a plan in its
 * schema extensions: the Cypher expression of its value for the object in scope, and how many
 * items it may return (for the cost). Root fields carry a root plan: the whole statement.
 */
import Cypher from '@neo4j/cypher-builder';
import { GraphQLError, type GraphQLField, isAbstractType } from 'graphql';
import { isLabel } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { Selected } from './selection.ts';
import type { GraphStatistics, Spread } from './statistics.ts';

/**
 * The node that a to-one relationship of the node in scope leads to, already matched by the
 * statement (a decision's meeting, by which a page of decisions is ordered): the field that
 * follows it projects that node instead of matching the relationship again.
 */
export interface Along {
  type: RelationshipType;
  direction: 'out' | 'in';
  node: Cypher.Node;
}

/** What a field's Cypher can refer to: the node, relationship or row its object comes from. */
export interface Scope {
  node?: Cypher.Node;
  along?: Along;
  /** The node's type, where the statement knows it without reading the node's labels. */
  type?: Cypher.Expr;
  relationship?: Cypher.Relationship;
  /** The nodes a relationship in scope starts and ends at. */
  ends?: { from: Cypher.Node; to: Cypher.Node };
  /** One item of the evidence lists of a node or relationship. */
  evidence?: { holder: Cypher.Variable; index: Cypher.Variable };
  /** A path the object is, or is on. */
  path?: Cypher.PathVariable;
  /** Values computed by the statement for the object, by name. */
  row?: Record<string, Cypher.Expr>;
}

/** The domain label of a node (every node also carries Entity). */
export const labelOf = (node: Cypher.Node): Cypher.Expr => {
  const label = new Cypher.Variable();
  return Cypher.head(
    new Cypher.ListComprehension(label)
      .in(Cypher.labels(node))
      .where(Cypher.neq(label, new Cypher.Literal('Entity')))
      .map(label),
  );
};

/** A plan reading one value the statement computed for the object (`scope.row[name]`). */
export const fromRow = (name: string): FieldPlan => ({
  cypher: (scope: Scope) => {
    const value = scope.row?.[name];
    if (value === undefined) throw new Error(`no ${name} in scope`);
    return value;
  },
});

export interface FieldPlan {
  /**
   * The node property the value is, when it is one as stored (read most cheaply); it may depend
   * on the type the field is selected of.
   */
  property?: string | ((parent: string) => string);
  /**
   * The value of the field for the object in `scope`. Absent for the fields of a type that its
   * root field's statement answers as a whole (a connection's edges and page info).
   */
  cypher?(scope: Scope, selected: Selected): Cypher.Expr;
  /** The most items the field returns (lists), for the cost: what its selection counts times. */
  fanOut?(selected: Selected): number;
  /** How its items spread over the objects it is read of, by the graph's statistics. */
  spread?(selected: Selected, statistics: GraphStatistics): Spread;
  /** The keys of the projected items a list is sorted by once read, in turn (see `byKeys`). */
  sortedBy?(selected: Selected): string[][];
}

/** A statement's rows, and how they become the root field's value. */
export interface Statement {
  clause: Cypher.Clause;
  /** The root field's value from the statement's rows. */
  finish(rows: Record<string, unknown>[]): unknown;
}

/**
 * A lookup by key, batched with the other lookups of the same request that have the same
 * statement (the same type and selection): `keys` is the statement's parameter.
 */
export interface Lookup {
  key: unknown;
  /** The statement for a list of keys; its rows carry `key` and `value`. */
  clause(keys: Cypher.Param): Cypher.Clause;
  /** The value for one key from its row, or null when there is none. */
  finish(row: Record<string, unknown> | undefined): unknown;
}

export type RootStatement = Statement | Lookup | { value: unknown };

export interface RootPlan {
  /** The statement that answers the field, or a lookup, or a value needing no statement. */
  plan(selected: Selected): RootStatement;
  /** How many items it returns at most, for the cost. */
  fanOut(selected: Selected): number;
  /** How many items it returns, by the graph's statistics. */
  spread?(selected: Selected, statistics: GraphStatistics): Spread;
}

/** Where the planner keeps its plans in the schema. */
export interface PlanExtensions {
  plan?: FieldPlan;
  root?: RootPlan;
}

export const fieldPlan = (field: GraphQLField<unknown, unknown>): FieldPlan | undefined =>
  (field.extensions as PlanExtensions | undefined)?.plan;

/** The node property a selected field is, when it is one. */
export function propertyOf(selected: Selected): string | undefined {
  const property = fieldPlan(selected.field)?.property;
  return typeof property === 'function' ? property(selected.parent) : property;
}

export const rootPlan = (field: GraphQLField<unknown, unknown>): RootPlan | undefined =>
  (field.extensions as PlanExtensions | undefined)?.root;

/** The key under which a projected object carries its GraphQL type: not a GraphQL name. */
export const typeKey = '#type';

/**
 * The projection of an object of the concrete type `typeName`: its fields by response key. A
 * node's is a map projection (`this0 { .name, iso3: this0.id, networks: [...] }`), which Neo4j
 * reads most cheaply; `type`, where an interface or union needs it, is the value of its type.
 */
export function projectObject(
  typeName: string,
  selections: readonly Selected[],
  scope: Scope,
  type?: Cypher.Expr,
  /** Values besides the fields, under keys of their own (keys to sort by). */
  extra: Record<string, Cypher.Expr> = {},
): Cypher.Expr {
  const values: Record<string, Cypher.Expr> = { ...(type ? { [typeKey]: type } : {}), ...extra };
  const shorthand: string[] = [];
  for (const selected of selections) {
    const plan = fieldPlan(selected.field);
    if (plan?.cypher === undefined)
      throw new GraphQLError(`${typeName}.${selected.field.name} has no Cypher plan`);
    if (scope.node && isLabel(typeName) && propertyOf(selected) === selected.key)
      shorthand.push(selected.key);
    else values[selected.key] = plan.cypher(scope, selected);
  }
  return scope.node && isLabel(typeName)
    ? new Cypher.MapProjection(scope.node, shorthand, values)
    : new Cypher.Map(values);
}

/** Cypher text and parameters of an expression, to tell expressions that are the same. */
const textOf = (expr: Cypher.Expr) => {
  const { cypher, params } = new Cypher.Return(expr).build();
  return `${cypher} ${JSON.stringify(params)}`;
};

/**
 * The projection of what `selected` selects of the object in `scope`. An interface or union is
 * projected by the label of the node in scope (node types are named after their labels): one map
 * for the types whose projections are the same (`... on Entity { name }` is the same for all but
 * decisions), so that the statement stays short and quick for Neo4j to plan.
 */
export function project(
  selected: Selected,
  scope: Scope,
  /** Values besides the fields, by the concrete type (keys to sort by). */
  extra: (typeName: string) => Record<string, Cypher.Expr> = () => ({}),
): Cypher.Expr {
  const { type, children } = selected;
  if (!isAbstractType(type))
    return projectObject(
      type.name,
      children.get(type.name) ?? [],
      scope,
      undefined,
      extra(type.name),
    );
  const node = scope.node;
  if (node === undefined) throw new GraphQLError(`${type.name} is projected from a node only`);
  const byType = (label: Cypher.Expr) => {
    const groups = new Map<string, { types: string[]; map: Cypher.Expr }>();
    for (const [typeName, selections] of children) {
      const map = projectObject(typeName, selections, scope, label, extra(typeName));
      const text = textOf(map);
      const group = groups.get(text);
      if (group) group.types.push(typeName);
      else groups.set(text, { types: [typeName], map });
    }
    // The types that share most go to ELSE.
    const [last, ...others] = [...groups.values()].sort((a, b) => b.types.length - a.types.length);
    if (last === undefined) return Cypher.Null;
    if (others.length === 0) return last.map;
    const choice = new Cypher.Case();
    for (const { types, map } of others) {
      choice
        .when(Cypher.in(label, new Cypher.List(types.map((t) => new Cypher.Literal(t)))))
        .then(map);
    }
    return choice.else(last.map);
  };
  if (scope.type) return byType(scope.type);
  // The node's label, bound once (`[t IN [label] | ...]`): Neo4j would read the labels again
  // wherever the expression names them.
  const label = new Cypher.Variable();
  return Cypher.head(
    new Cypher.ListComprehension(label).in(new Cypher.List([labelOf(node)])).map(byType(label)),
  );
}
