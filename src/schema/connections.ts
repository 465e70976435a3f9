/** How entities connect: path between two, neighbourhood of one. */
import { maxPathHops, neighbourhood, type StepRecord, shortestPath } from '../graph/paths.ts';
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { RelationshipRef } from './entity.ts';
import { checkRange } from './errors.ts';
import { decodeId, encodeId } from './ids.ts';

/** The most nodes a neighbourhood returns; beyond, `truncated` is true. */
const maxNeighbourhoodNodes = 200;
const maxNeighbourhoodDepth = 3;

const GraphPath = builder
  .objectRef<{ nodes: EntityRecord[]; steps: StepRecord[] }>('GraphPath')
  .implement({
    description: 'A chain of relationships between two objects, each step with its evidence.',
    fields: (t) => ({
      length: t.int({ description: 'How many relationships.', resolve: (p) => p.steps.length }),
      nodes: t.field({
        type: [builder.nodeInterfaceRef()],
        description: 'The objects on the path, from start to end.',
        resolve: (p) => p.nodes,
      }),
      relationships: t.field({
        type: [RelationshipRef],
        description: 'The relationships between consecutive objects, in their own direction.',
        resolve: (p) => p.steps,
      }),
    }),
  });

const SubgraphNode = builder.objectRef<EntityRecord>('SubgraphNode').implement({
  description: 'A node to draw.',
  fields: (t) => ({
    id: t.id({ description: 'Its global ID.', resolve: (n) => encodeId(n.label, n.id) }),
    label: t.string({ description: 'Its type, e.g. "Network".', resolve: (n) => n.label }),
    name: t.string({
      description: 'What to print on it.',
      resolve: (n) => n.name ?? n.summary ?? n.id,
    }),
  }),
});

const SubgraphEdge = builder
  .objectRef<StepRecord & { labels: Map<string, string> }>('SubgraphEdge')
  .implement({
    description: 'A relationship to draw, by the global IDs of its ends.',
    fields: (t) => ({
      type: t.string({
        description: 'The relationship type, e.g. MEMBER_OF.',
        resolve: (e) => e.type,
      }),
      source: t.id({
        description: 'Global ID of the node it starts from.',
        resolve: (e) => encodeId(e.labels.get(e.from) ?? '', e.from),
      }),
      target: t.id({
        description: 'Global ID of the node it points to.',
        resolve: (e) => encodeId(e.labels.get(e.to) ?? '', e.to),
      }),
    }),
  });

const Subgraph = builder
  .objectRef<{ nodes: EntityRecord[]; edges: StepRecord[]; truncated: boolean }>('Subgraph')
  .implement({
    description: 'Nodes and edges around an object, for drawing.',
    fields: (t) => ({
      nodes: t.field({
        type: [SubgraphNode],
        description: 'The centre and the objects around it.',
        resolve: (s) => s.nodes,
      }),
      edges: t.field({
        type: [SubgraphEdge],
        description: 'Relationships found among them.',
        resolve: (s) => {
          const labels = new Map(s.nodes.map((n) => [n.id, n.label]));
          return s.edges.map((edge) => ({ ...edge, labels }));
        },
      }),
      truncated: t.boolean({
        description: `True when there were more than ${maxNeighbourhoodNodes} nodes and some were left out.`,
        resolve: (s) => s.truncated,
      }),
    }),
  });

builder.queryFields((t) => ({
  path: t.field({
    type: GraphPath,
    complexity: { field: 20, multiplier: 10 },
    nullable: true,
    description:
      'How two objects connect: the shortest chain of relationships between them, in either direction; null when there is none within maxHops.',
    args: {
      from: t.arg.id({ required: true, description: 'Global ID of the start.' }),
      to: t.arg.id({ required: true, description: 'Global ID of the end.' }),
      maxHops: t.arg.int({
        defaultValue: 6,
        description: `At most this many steps (1 to ${maxPathHops}).`,
      }),
    },
    resolve: async (_root, args, { graph }) => {
      checkRange('maxHops', args.maxHops, 1, maxPathHops);
      const from = decodeId(String(args.from), 'from');
      const to = decodeId(String(args.to), 'to');
      const [start, end] = await Promise.all([
        graph.entity(from.typename, from.id),
        graph.entity(to.typename, to.id),
      ]);
      if (start === null || end === null) return null;
      return shortestPath(graph.reader, start, end, args.maxHops ?? 6);
    },
  }),
  neighbourhood: t.field({
    type: Subgraph,
    complexity: (args) => ({ field: 20 * (args.depth ?? 1), multiplier: 10 }),
    description: `The objects within \`depth\` steps of one (1 to ${maxNeighbourhoodDepth}) and the relationships found among them, at most ${maxNeighbourhoodNodes} nodes.`,
    args: {
      id: t.arg.id({ required: true, description: 'Global ID of the object at the centre.' }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `Steps out from it (1 to ${maxNeighbourhoodDepth}).`,
      }),
    },
    resolve: async (_root, args, { graph }) => {
      checkRange('depth', args.depth, 1, maxNeighbourhoodDepth);
      const { typename, id } = decodeId(String(args.id), 'id');
      const start = await graph.entity(typename, id);
      if (start === null) return { nodes: [], edges: [], truncated: false };
      return neighbourhood(graph, start, args.depth ?? 1, maxNeighbourhoodNodes);
    },
  }),
}));
