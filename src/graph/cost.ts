/**
 * What a query may cost, from its selection tree, before anything runs: every field counts 1,
 * and what a field selects counts as many times as the field may return items (a page by its
 * size, a list argument by its length, a relationship by its fan-out bound from the model).
 * Depth and breadth (fields in all) are measured on the same tree.
 */
import { GraphQLError } from 'graphql';
import { fieldPlan, rootPlan } from './plan.ts';
import type { Selected } from './selection.ts';

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

const fanOutOf = (selected: Selected, root: boolean): number => {
  const plan = root ? rootPlan(selected.field) : fieldPlan(selected.field);
  return plan?.fanOut?.(selected) ?? 1;
};

function weigh(selections: readonly Selected[], root: boolean): Weight {
  let cost = 0;
  let depth = 0;
  let breadth = 0;
  for (const selected of selections) {
    const inner = [...selected.children.values()].map((children) => weigh(children, false));
    const most = (pick: (w: Weight) => number) => Math.max(0, ...inner.map(pick));
    cost += 1 + fanOutOf(selected, root) * most((w) => w.cost);
    depth = Math.max(depth, 1 + most((w) => w.depth));
    breadth += 1 + most((w) => w.breadth);
  }
  return { cost, depth, breadth };
}

const refuse = (what: string, actual: number, max: number, limit: string, field?: string) =>
  new GraphQLError(
    `The query's ${what} is ${actual}${field ? ` (most of it in "${field}")` : ''}; at most ${max} is allowed. Ask for less at once.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', limit, actual, max, ...(field ? { field } : {}) } },
  );

/**
 * Checks an operation's root fields against the limits; returns the error to answer with when
 * one is exceeded, naming the root field that weighs most.
 */
export function checkCost(roots: readonly Selected[], limits: Limits): GraphQLError | undefined {
  const total = weigh(roots, true);
  const heaviest = roots
    .map((root) => ({ key: root.key, cost: weigh([root], true).cost }))
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
  weigh(selections, root).cost;
