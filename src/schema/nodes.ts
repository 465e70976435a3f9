/** Relay's refetching: any object by its global ID, one or many. */
import { lookup, nodesById } from '../graph/lookups.ts';
import type { RootPlan } from '../graph/plan.ts';
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

/** Every ID in one statement; an ID whose label is not the node's answers null. */
const nodesPlan: RootPlan = {
  plan: (selected) => {
    const given = selected.args.ids as string[];
    if (given.length > maxIds)
      throw badInput('ids', `at most ${maxIds} IDs at once, got ${given.length}`);
    return nodesById(
      given.map((id) => decodeId(id, 'ids')),
      selected,
    );
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
    ...rooted<Row | null>(nodePlan),
  }),
  nodes: t.field({
    type: [Node],
    nullable: { list: false, items: true },
    description: `Several objects by their global IDs (at most ${maxIds}), in the same order; null for any not in the graph.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global IDs.' }) },
    ...rooted<(Row | null)[]>(nodesPlan),
  }),
}));
