/**
 * Fields the planner answers. The root field's statement projects every object as a map of its
 * selected fields by response key (so aliases of one field with different arguments each get
 * their own value); each field reads its value by its response key, and carries the Cypher that
 * computes it in its extensions.
 */
import { type GraphQLResolveInfo, locatedError } from 'graphql';
import { pathToArray } from 'graphql/jsutils/Path.js';
import { selectedField } from '../graph/graph.ts';
import { byKeys } from '../graph/order.ts';
import type { FieldPlan, RootPlan } from '../graph/plan.ts';
import type { Row } from './builder.ts';
import type { Context } from './context.ts';

/**
 * The value the statement projected under the field's response key. The statement is made from
 * the field's own selection, so the value has the shape the field declares (`Value`, whatever
 * field uses it): this is where the planner's rows meet the schema's types.
 */
export const fromPlan = <Value>(
  parent: Row,
  _args: unknown,
  _context: Context,
  info: GraphQLResolveInfo,
) => parent[info.path.key as string] as Value;

type Compare = (a: Row, b: Row) => number;

/**
 * How each list field's items compare, by field, for an operation. A selection depends on the
 * variables only through @include and @skip, so the comparisons of an operation that declares
 * none hold for every request that runs it (its document is kept parsed); otherwise they are
 * made again for each request's variables.
 */
const comparisons = new WeakMap<object, WeakMap<object, Compare>>();

/** A list the statement read in any order, sorted by the keys `sortedBy` names. */
const sortedFromPlan =
  (sortedBy: NonNullable<FieldPlan['sortedBy']>) =>
  <Value>(parent: Row, _args: unknown, _context: Context, info: GraphQLResolveInfo): Value => {
    const list = parent[info.path.key as string] as Row[] | null;
    if (!list || list.length < 2) return list as Value;
    const scope = info.operation.variableDefinitions?.length ? info.variableValues : info.operation;
    let ofScope = comparisons.get(scope);
    if (ofScope === undefined) {
      ofScope = new WeakMap();
      comparisons.set(scope, ofScope);
    }
    let compare = ofScope.get(info.fieldNodes);
    if (compare === undefined) {
      compare = byKeys(sortedBy(selectedField(info)));
      ofScope.set(info.fieldNodes, compare);
    }
    return [...list].sort(compare) as Value;
  };

/** A field whose value the planner computes with `plan`. */
export const planned = (plan: FieldPlan) => ({
  extensions: { plan },
  resolve: plan.sortedBy ? sortedFromPlan(plan.sortedBy) : fromPlan,
});

/**
 * A root field answered by one statement (or a batched lookup) that `plan` makes. Its errors
 * say where in the query they arose, however the query is run (compiled, too).
 */
export const rooted = <Shape>(plan: RootPlan) => ({
  extensions: { root: plan },
  resolve: (_root: unknown, _args: unknown, { graph }: Context, info: GraphQLResolveInfo) =>
    graph.answer(info).catch((error: unknown) => {
      throw locatedError(error, info.fieldNodes, pathToArray(info.path));
    }) as Promise<Shape>,
});
