/** Relay's refetching: any object by its global ID, one or many. */
import Cypher from '@neo4j/cypher-builder';
import { lookup } from '../graph/lookups.ts';
import { project, type RootPlan, type Statement, typeKey } from '../graph/plan.ts';
import { builder, type Row } from './builder.ts';
import { badInput } from './errors.ts';
import { decodeId } from './ids.ts';
import { rooted } from './planned.ts';
import { Node } from './refs.ts';

/** The most IDs `nodes` takes at once. */
const maxIds = 100;

const nodePlan: RootPlan = {
  plan: (selected) => {
    const { typename, id } = decodeId(String(selected.args.id), 'id');
    return lookup(typename, 'id', id, selected.children.get(typename) ?? [], true);
  },
  fanOut: () => 1,
};

/**
 * Every ID in one statement, each node projected as the selection asks of its type; an ID
 * given twice is read once. An ID whose label is not the node's answers null.
 */
const nodesPlan: RootPlan = {
  plan: (selected): Statement => {
    const given = selected.args.ids as string[];
    if (given.length > maxIds)
      throw badInput('ids', `at most ${maxIds} IDs at once, got ${given.length}`);
    const decoded = given.map((id) => decodeId(id, 'ids'));
    const each = new Cypher.Variable();
    const node = new Cypher.Node();
    const clause = new Cypher.Unwind([
      new Cypher.Param([...new Set(decoded.map((d) => d.id))]),
      each,
    ])
      .match(new Cypher.Pattern(node, { labels: ['Entity'], properties: { id: each } }))
      .return([each, 'id'], [project(selected, { node }), 'value']);
    return {
      clause,
      finish: (rows) => {
        const found = new Map(rows.map((row) => [row.id, row.value as Row]));
        return decoded.map(({ typename, id }) => {
          const value = found.get(id);
          return value?.[typeKey] === typename ? value : null;
        });
      },
    };
  },
  fanOut: (selected) => (selected.args.ids as string[]).length,
  // An ID given twice is answered twice: the nodes are different only when the IDs are.
  spread: (selected) => {
    const ids = selected.args.ids as string[];
    return {
      most: ids.length,
      total: ids.length,
      over: 1,
      distinct: new Set(ids).size === ids.length,
    };
  },
};

builder.queryFields((t) => ({
  node: t.field({
    type: Node,
    nullable: true,
    description:
      'Any object by its global ID (the `id` of an object the API returned); null if it is not in the graph.',
    args: {
      id: t.arg.id({ required: true, description: 'A global ID, e.g. the `id` of a Network.' }),
    },
    ...rooted(nodePlan),
  }),
  nodes: t.field({
    type: [Node],
    nullable: { list: false, items: true },
    description: `Several objects by their global IDs (at most ${maxIds}), in the same order; null for any not in the graph.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global IDs.' }) },
    ...rooted(nodesPlan),
  }),
}));
