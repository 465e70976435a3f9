/**
 * The Cypher text and parameters of a planned statement or lookup, built once however often its
 * plan is used: by the graph that runs it, and by the planner that weighs what it keeps.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Lookup, Statement } from './plan.ts';

/** The name of the list parameter of a batched lookup statement. */
export const keysParameter = 'keys';

/** The keys parameter as a statement is built with it; the loader sends the batch's keys. */
const keysPlaceholder = new Cypher.NamedParam(keysParameter, []);

/** Cypher text and parameters of each statement, built once however often its plan is used. */
const built = new WeakMap<object, { cypher: string; params: Record<string, unknown> }>();

/** The Cypher text and parameters of a statement or lookup (a lookup's keys left out). */
export const statementText = (plan: Statement | Lookup) => {
  let text = built.get(plan);
  if (text === undefined) {
    text = ('key' in plan ? plan.clause(keysPlaceholder) : plan.clause).build();
    built.set(plan, text);
  }
  return text;
};
