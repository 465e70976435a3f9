/**
 * How entities connect, each as one statement: the shortest path between two objects (its
 * length bound written into the pattern, so that Neo4j searches breadth-first and stops there),
 * and the neighbourhood of one, level by level, at most `maxNodes` nodes. Both are named by
 * global ID or by key (endpoints.ts); the statement also returns what each name found, so that
 * an unknown or ambiguous key is refused with its candidates.
 */
import Cypher from '@neo4j/cypher-builder';
import type { RelationshipType } from '../model/relationships.ts';
import { type Candidate, described, type Endpoint, resolve } from './endpoints.ts';
import { type FieldPlan, project, type Statement } from './plan.ts';
import type { Selected } from './selection.ts';

/** What an endpoint named: the nodes found, or full-text candidates when none. */
export interface Resolved {
  found: Candidate[];
  guesses: Candidate[];
}

/** Checks what the endpoint given as `argument` named: one node, or an error saying why not. */
export type Check = (argument: string, resolved: Resolved) => void;

const zero = new Cypher.Literal(0);
const one = new Cypher.Literal(1);

/** `[x IN found | {label, id, name}]`. */
function candidates(found: Cypher.Variable) {
  const node = new Cypher.Node();
  return new Cypher.ListComprehension(node).in(found).map(described(node));
}

/** `WITH found[0] AS node WHERE size(found) = 1`: the node, when exactly one was found. */
const theOnly = (found: Cypher.Variable, node: Cypher.Node, keep: Cypher.Variable[] = []) =>
  new Cypher.With(...keep, [found.index(0), node]).where(Cypher.eq(Cypher.size(found), one));

/** A value of the statement's row for the object in scope (`scope.row[name]`). */
const rowValue = (scope: { row?: Record<string, Cypher.Expr> }, name: string) => {
  const value = scope.row?.[name];
  if (value === undefined) throw new Error(`no ${name} in scope`);
  return value;
};

/**
 * The relationships of a list variable in its order, each projected as the selection asks with
 * both ends bound: `COLLECT { UNWIND range(...) AS i WITH list[i] AS r, startNode(r) AS from ...
 * ORDER BY i }` (a null list has none).
 */
export const rowRelationshipsPlan = (name: string, fanOut: number): FieldPlan => ({
  cypher: (scope, selected) => {
    const list = rowValue(scope, name) as Cypher.Variable;
    const index = new Cypher.Variable();
    const relationship = new Cypher.Relationship();
    const from = new Cypher.Node();
    const to = new Cypher.Node();
    return new Cypher.Collect(
      new Cypher.Unwind([
        Cypher.range(
          zero,
          Cypher.minus(Cypher.size(Cypher.coalesce(list, new Cypher.List([]))), one),
        ),
        index,
      ])
        .with(index, [list.property(index), relationship])
        .with(
          index,
          relationship,
          [Cypher.startNode(relationship), from],
          [Cypher.endNode(relationship), to],
        )
        .return(project(selected, { relationship, ends: { from, to } }))
        .orderBy([index, 'ASC']),
    );
  },
  fanOut: () => fanOut,
});

/** How many items a list in the statement's row has. */
export const rowSizePlan = (name: string): FieldPlan => ({
  cypher: (scope) => Cypher.size(rowValue(scope, name)),
});

/** A list of nodes in the statement's row, each projected as the selection asks. */
export const rowNodesPlan = (name: string, fanOut: number): FieldPlan => ({
  cypher: (scope, selected) => {
    const node = new Cypher.Node();
    return new Cypher.ListComprehension(node)
      .in(rowValue(scope, name))
      .map(project(selected, { node }));
  },
  fanOut: () => fanOut,
});

/** The nodes along `rels` from `start`: each step's end that is not the node before it. */
function nodesAlong(start: Cypher.Expr, rels: Cypher.Variable) {
  const nodes = new Cypher.Variable();
  const step = new Cypher.Relationship();
  const before = Cypher.last(nodes);
  return Cypher.reduce(
    nodes,
    new Cypher.List([start]),
    step,
    rels,
    Cypher.plus(
      nodes,
      new Cypher.Case()
        .when(Cypher.eq(Cypher.startNode(step), before))
        .then(Cypher.endNode(step))
        .else(Cypher.startNode(step)),
    ),
  );
}

export function pathStatement(
  from: Endpoint,
  to: Endpoint,
  options: { maxHops: number; types?: readonly RelationshipType[] | undefined },
  selected: Selected,
  check: Check,
): Statement {
  const start = resolve(from);
  const end = resolve(to);
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const walk = new Cypher.Relationship();
  const rels = new Cypher.Variable();
  const both = () =>
    theOnly(start.found, a, [end.found])
      .with(a, [end.found.index(0), b])
      .where(Cypher.eq(Cypher.size(end.found), one));
  const shortest = both()
    .where(Cypher.neq(a, b))
    .match(
      new Cypher.Pattern(a)
        .related(walk, {
          direction: 'undirected',
          length: { min: 1, max: options.maxHops },
          ...(options.types?.length ? { type: Cypher.labelExpr.or(...options.types) } : {}),
        })
        .to(b),
    )
    .shortest(1)
    .return([walk, rels]);
  // From a node to itself: the path of no steps.
  const itself = both()
    .where(Cypher.eq(a, b))
    .return([new Cypher.List([]), rels]);
  const path = project(selected, {
    row: { rels, nodes: nodesAlong(start.found.index(0), rels) },
  });
  const clause = Cypher.utils.concat(
    start.subquery,
    end.subquery,
    new Cypher.OptionalCall(new Cypher.Union(shortest, itself), [start.found, end.found]),
    new Cypher.Return(
      [candidates(start.found), 'fromFound'],
      [start.guesses, 'fromGuesses'],
      [candidates(end.found), 'toFound'],
      [end.guesses, 'toGuesses'],
      [new Cypher.Case().when(Cypher.isNull(rels)).then(Cypher.Null).else(path), 'path'],
    ),
  );
  return {
    clause,
    finish: ([row]) => {
      check('from', {
        found: row?.fromFound as Candidate[],
        guesses: row?.fromGuesses as Candidate[],
      });
      check('to', { found: row?.toFound as Candidate[], guesses: row?.toGuesses as Candidate[] });
      return row?.path ?? null;
    },
  };
}

/**
 * The nodes within `depth` steps of the one `center` names, nearest first, at most `maxNodes`,
 * and the relationships among them. Each level is the neighbours of the level before that were
 * not seen yet, at most `maxNodes` of them.
 */
export function neighbourhoodStatement(
  center: Endpoint,
  depth: number,
  maxNodes: number,
  selected: Selected,
  check: Check,
): Statement {
  const at = resolve(center);
  const start = new Cypher.Node();
  let seen = new Cypher.Variable();
  let frontier = new Cypher.Variable();
  let walk = theOnly(at.found, start).with(
    [new Cypher.List([start]), seen],
    [new Cypher.List([start]), frontier],
  );
  for (let level = 0; level < depth; level += 1) {
    const near = new Cypher.Node();
    const far = new Cypher.Node();
    const next = new Cypher.Variable();
    const reached = new Cypher.Unwind([frontier, near])
      .match(new Cypher.Pattern(near).related({ direction: 'undirected' }).to(far))
      .where(Cypher.not(Cypher.in(far, seen)))
      .with(far)
      .distinct()
      .limit(new Cypher.Literal(maxNodes))
      .return([Cypher.collect(far), next]);
    const grown = new Cypher.Variable();
    walk = walk
      .call(reached, [seen, frontier])
      .with([Cypher.plus(seen, next), grown], [next, next]);
    seen = grown;
    frontier = next;
  }
  const nodes = new Cypher.Variable();
  const truncated = new Cypher.Variable();
  const rels = new Cypher.Variable();
  const from = new Cypher.Node();
  const to = new Cypher.Node();
  const r = new Cypher.Relationship();
  const drawn = walk
    .with(
      // A list slice is an expression, though the builder's types do not say so.
      [Cypher.listRange(seen, 0, maxNodes) as unknown as Cypher.Expr, nodes],
      [Cypher.gt(Cypher.size(seen), new Cypher.Literal(maxNodes)), truncated],
    )
    .call(
      new Cypher.Unwind([nodes, from])
        .match(new Cypher.Pattern(from).related(r).to(to))
        .where(Cypher.in(to, nodes))
        .return([Cypher.collect(r), rels]),
      [nodes],
    )
    .return(nodes, rels, truncated);
  const none = new Cypher.List([]);
  const clause = Cypher.utils.concat(
    at.subquery,
    new Cypher.OptionalCall(drawn, [at.found]),
    new Cypher.Return(
      [candidates(at.found), 'found'],
      [at.guesses, 'guesses'],
      [
        project(selected, {
          row: {
            nodes: Cypher.coalesce(nodes, none),
            rels,
            truncated: Cypher.coalesce(truncated, Cypher.false),
          },
        }),
        'subgraph',
      ],
    ),
  );
  return {
    clause,
    finish: ([row]) => {
      check('id', { found: row?.found as Candidate[], guesses: row?.guesses as Candidate[] });
      return row?.subgraph;
    },
  };
}
