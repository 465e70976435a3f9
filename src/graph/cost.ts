/**
 * What a query may cost, from its selection tree, before anything runs: every field counts once
 * for every object it is selected of, and a field's selection is read of as many objects as the
 * field returns over all of them: a page by its size, a list argument by its length, a label's
 * list, a relationship and evidence by the graph's statistics (counts, mean and most per node),
 * or by the bound the model declares where no statistics are given.
 * Depth and breadth (fields in all) are measured on the same tree.
 */
import { GraphQLError } from 'graphql';
import { fieldPlan, rootPlan } from './plan.ts';
import type { Selected } from './selection.ts';
import type { GraphStatistics } from './statistics.ts';

export interface Limits {
  complexity: number;
  depth: number;
  breadth: number;
}

interface Weight {
  cost: number;
  depth: number;
  breadth: number;
}

/**
 * The objects a selection is read of: how many, whether they are all different, and where they
 * are of several types, the part of them each type has.
 */
interface Objects {
  count: number;
  distinct: boolean;
  shares?: Record<string, number> | undefined;
}

/**
 * How many items a field returns over all of `objects`. From the graph's statistics, where the
 * field's plan reads its size from them: for different objects, their share of the items
 * (`count` times the mean, at least the most on one, at most all there are); for objects that
 * may repeat, the most on one for each. Without statistics, the plan's declared bound for each.
 */
function itemsOf(
  selected: Selected,
  root: boolean,
  objects: Objects,
  statistics: GraphStatistics | undefined,
): Objects {
  const plan = root ? rootPlan(selected.field) : fieldPlan(selected.field);
  const spread = statistics && plan?.spread?.(selected, statistics);
  if (spread === undefined) {
    const fanOut = plan?.fanOut?.(selected) ?? 1;
    return { count: objects.count * fanOut, distinct: objects.distinct && fanOut <= 1 };
  }
  const { most, total, over, distinct } = spread;
  const count = objects.distinct
    ? Math.min(
        total,
        objects.count * most,
        Math.max(most, Math.ceil((objects.count * total) / Math.max(over, 1))),
      )
    : objects.count * most;
  return { count, distinct: objects.distinct && distinct, shares: spread.shares };
}

/** The weight of `selections` read of `objects`: cost counts every field of every object. */
function weigh(
  selections: readonly Selected[],
  root: boolean,
  objects: Objects,
  statistics: GraphStatistics | undefined,
): Weight {
  let cost = 0;
  let depth = 0;
  let breadth = 0;
  for (const selected of selections) {
    const items = itemsOf(selected, root, objects, statistics);
    const { shares } = items;
    const inner = [...selected.children.entries()].map(([type, children]) =>
      weigh(
        children,
        false,
        shares ? { ...items, count: Math.ceil(items.count * (shares[type] ?? 0)) } : items,
        statistics,
      ),
    );
    const most = (pick: (w: Weight) => number) => Math.max(0, ...inner.map(pick));
    // Items of several types are each of one: their types' costs add up.
    const sum = (pick: (w: Weight) => number) => inner.reduce((s, w) => s + pick(w), 0);
    cost += objects.count + (shares ? sum((w) => w.cost) : most((w) => w.cost));
    depth = Math.max(depth, 1 + most((w) => w.depth));
    breadth += 1 + most((w) => w.breadth);
  }
  return { cost, depth, breadth };
}

const one: Objects = { count: 1, distinct: true };

/**
 * The estimated cost of root fields: how many values their answer holds, from the graph's
 * statistics where given, else from the declared bounds.
 */
export const estimate = (roots: readonly Selected[], statistics?: GraphStatistics) =>
  weigh(roots, true, one, statistics);

const refuse = (what: string, actual: number, max: number, limit: string, field?: string) =>
  new GraphQLError(
    `The query's ${what} is ${actual}${field ? ` (most of it in "${field}")` : ''}; at most ${max} is allowed. Ask for less at once.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', limit, actual, max, ...(field ? { field } : {}) } },
  );

/**
 * Checks an operation's root fields against the limits; returns the error to answer with when
 * one is exceeded, naming the root field that weighs most.
 */
export function checkCost(
  roots: readonly Selected[],
  limits: Limits,
  statistics?: GraphStatistics,
): GraphQLError | undefined {
  const total = estimate(roots, statistics);
  const heaviest = roots
    .map((root) => ({ key: root.key, cost: estimate([root], statistics).cost }))
    .sort((a, b) => b.cost - a.cost)[0]?.key;
  if (total.depth > limits.depth) return refuse('depth', total.depth, limits.depth, 'depth');
  if (total.breadth > limits.breadth)
    return refuse('number of fields', total.breadth, limits.breadth, 'breadth');
  if (total.cost > limits.complexity)
    return refuse('estimated cost', total.cost, limits.complexity, 'complexity', heaviest);
  return undefined;
}

/** The estimated cost of some selections (root fields when `root`). */
export const costOf = (selections: readonly Selected[], root = true) =>
  weigh(selections, root, one, undefined).cost;
