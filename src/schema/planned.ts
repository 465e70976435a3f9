/**
 * Fields the planner answers. The root field's statement projects every object as a map of its
 * selected fields by response key (so aliases of one field with different arguments each get
 * their own value); each field reads its value by its response key, and carries the Cypher that
 * computes it in its extensions.
 */
import type Cypher from '@neo4j/cypher-builder';
import type { GraphQLResolveInfo } from 'graphql';
import type { FieldPlan, RootPlan, Scope } from '../graph/plan.ts';
import type { Row } from './builder.ts';
import type { Context } from './context.ts';

/** The value the statement projected under the field's response key. */
export const fromPlan = (
  parent: Row,
  _args: unknown,
  _context: Context,
  info: GraphQLResolveInfo,
) => parent[info.path.key as string] as never;

/** A field whose value the planner computes with `plan`. */
export const planned = (plan: FieldPlan) => ({ extensions: { plan }, resolve: fromPlan });

/** A root field answered by one statement (or a batched lookup) that `plan` makes. */
export const rooted = (plan: RootPlan) => ({
  extensions: { root: plan },
  resolve: (_root: unknown, _args: unknown, { graph }: Context, info: GraphQLResolveInfo) =>
    graph.answer(info) as never,
});

/** A value computed from the node in scope. */
export const ofNode = (value: (node: Cypher.Node) => Cypher.Expr): FieldPlan => ({
  cypher: (scope: Scope) => {
    if (scope.node === undefined) throw new Error('no node in scope');
    return value(scope.node);
  },
});

/** A stored property of the node in scope. */
export const property = (name: string): FieldPlan => ({
  property: name,
  ...ofNode((node) => node.property(name)),
});
