/**
 * How entities connect: the shortest path between two, and the neighbourhood of one, for
 * drawing. Both take a global ID, a key ("MNG", "NEAMPAN", "SOM-18", a slug) or an exact name
 * ("Mongolia").
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Endpoint } from '../graph/endpoints.ts';
import {
  type Check,
  neighbourhoodStatement,
  pathStatement,
  rowNodesPlan,
  rowRelationshipsPlan,
  rowSizePlan,
} from '../graph/paths.ts';
import { fromRow } from '../graph/plan.ts';
import { displayNamePlan, identityPlan, labelPlan, relationshipTypePlan } from '../graph/values.ts';
import { maxLength } from '../model/entities.ts';
import type { RelationshipType } from '../model/relationships.ts';
import { builder, type Row } from './builder.ts';
import { badInput, checkRange } from './errors.ts';
import { decodeId, encodeId, isGlobalId } from './ids.ts';
import { planned, rooted } from './planned.ts';
import { Node } from './refs.ts';
import { RelationshipRef, RelationshipTypeEnum } from './relationship.ts';

/** The longest path `path` looks for, whatever a client asks. */
const maxPathHops = 8;
/** The most nodes a neighbourhood returns; beyond, `truncated` is true. */
const maxNeighbourhoodNodes = 200;
const maxNeighbourhoodDepth = 3;

const GraphPath = builder.objectRef<Row>('GraphPath').implement({
  description: 'A chain of relationships between two objects, each step with its evidence.',
  fields: (t) => ({
    length: t.int({
      description: 'How many relationships.',
      ...planned(rowSizePlan('rels')),
    }),
    nodes: t.field({
      type: [Node],
      description: 'The objects on the path, from start to end.',
      ...planned(rowNodesPlan('nodes', maxPathHops + 1)),
    }),
    relationships: t.field({
      type: [RelationshipRef],
      description: 'The relationships between consecutive objects, in their own direction.',
      ...planned(rowRelationshipsPlan('rels', maxPathHops)),
    }),
  }),
});

/** A field whose value is a global ID, projected as `{label, id}`. */
const globalId = (of: 'node' | 'from' | 'to') => ({
  extensions: { plan: identityPlan(of) },
  resolve: (row: Row, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    const { label, id } = row[info.path.key as string] as { label: string; id: string };
    return encodeId(label, id);
  },
});

const SubgraphNode = builder.objectRef<Row>('SubgraphNode').implement({
  description: 'A node to draw.',
  fields: (t) => ({
    id: t.id({
      description: 'Its global ID.',
      ...globalId('node'),
    }),
    label: t.string({ description: 'Its type, e.g. "Network".', ...planned(labelPlan) }),
    name: t.string({
      description: 'What to print on it.',
      ...planned(displayNamePlan),
    }),
  }),
});

const SubgraphEdge = builder.objectRef<Row>('SubgraphEdge').implement({
  description: 'A relationship to draw, by the global IDs of its ends.',
  fields: (t) => ({
    type: t.string({
      description: 'The relationship type, e.g. MEMBER_OF.',
      ...planned(relationshipTypePlan),
    }),
    source: t.id({
      description: 'Global ID of the node it starts from.',
      ...globalId('from'),
    }),
    target: t.id({
      description: 'Global ID of the node it points to.',
      ...globalId('to'),
    }),
  }),
});

const Subgraph = builder.objectRef<Row>('Subgraph').implement({
  description: 'Nodes and edges around an object, for drawing.',
  fields: (t) => ({
    nodes: t.field({
      type: [SubgraphNode],
      description: 'The centre and the objects around it.',
      ...planned(rowNodesPlan('nodes', maxNeighbourhoodNodes)),
    }),
    edges: t.field({
      type: [SubgraphEdge],
      description: 'Relationships found among them.',
      ...planned(rowRelationshipsPlan('rels', 2 * maxNeighbourhoodNodes)),
    }),
    truncated: t.boolean({
      description: `True when there were more than ${maxNeighbourhoodNodes} nodes and some were left out.`,
      ...planned(fromRow('truncated')),
    }),
  }),
});

/**
 * What a client named in `argument`: a global ID, or a key. A key longer than any key the model
 * allows names nothing, and is refused before Neo4j is asked (its full-text index takes no term
 * over 1000 characters for the "did you mean" candidates).
 */
function endpoint(value: string, argument: string): Endpoint {
  if (!isGlobalId(value)) {
    if (value.length > maxLength.id)
      throw badInput(argument, `a key is at most ${maxLength.id} characters, got ${value.length}`);
    return { key: value };
  }
  const { typename, id } = decodeId(value, argument);
  return { label: typename, id };
}

const listed = (candidates: { label: string; id: string; name: string }[]) =>
  candidates.map((c) => `${c.label} "${c.id}" (${c.name})`).join(', ');

/**
 * One node named: fine. A key naming none or several is refused with the candidates; a global
 * ID naming none answers null, as `node(id:)` does.
 */
const check =
  (given: Record<string, string>): Check =>
  (argument, { found, guesses }) => {
    const value = given[argument] ?? '';
    if (isGlobalId(value) || found.length === 1) return;
    if (found.length > 1)
      throw badInput(
        argument,
        `"${value}" names ${found.length} objects: ${listed(found)}; use one's key or global ID`,
      );
    throw badInput(
      argument,
      `nothing has the key or name "${value}"${guesses.length > 0 ? `; did you mean ${listed(guesses)}?` : ''} (a key is an ISO code such as "MNG", an acronym such as "NEAMPAN", a meeting such as "SOM-18", or a slug)`,
    );
  };

builder.queryFields((t) => ({
  path: t.field({
    type: GraphPath,
    nullable: true,
    description:
      'How two objects connect: the shortest chain of relationships between them, in either direction; null when there is none within maxHops.',
    args: {
      from: t.arg.id({
        required: true,
        description:
          'The start: a global ID, a key such as "MNG", "NEAMPAN", "SOM-18" or a slug, or the exact name of one object such as "Mongolia".',
      }),
      to: t.arg.id({
        required: true,
        description: 'The end: a global ID, a key or an exact name, as `from`.',
      }),
      maxHops: t.arg.int({
        defaultValue: 6,
        description: `At most this many steps (1 to ${maxPathHops}).`,
      }),
      types: t.arg({
        type: [RelationshipTypeEnum],
        required: false,
        description: 'Only through relationships of these types (any type when not given).',
      }),
    },
    ...rooted<Row | null>({
      plan: (selected) => {
        const { from, to, maxHops, types } = selected.args as {
          from: string;
          to: string;
          maxHops: number;
          types?: RelationshipType[] | null;
        };
        checkRange('maxHops', maxHops, 1, maxPathHops);
        return pathStatement(
          endpoint(from, 'from'),
          endpoint(to, 'to'),
          { maxHops, types: types ?? undefined },
          selected,
          check({ from, to }),
        );
      },
      fanOut: () => 1,
    }),
  }),
  neighbourhood: t.field({
    type: Subgraph,
    description: `The objects within \`depth\` steps of one (1 to ${maxNeighbourhoodDepth}) and the relationships found among them, at most ${maxNeighbourhoodNodes} nodes.`,
    args: {
      id: t.arg.id({
        required: true,
        description:
          'The object at the centre: a global ID, a key such as "NEAMPAN" or "SOM-18", or the exact name of one object such as "Mongolia".',
      }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `Steps out from it (1 to ${maxNeighbourhoodDepth}).`,
      }),
    },
    ...rooted<Row>({
      plan: (selected) => {
        const { id, depth } = selected.args as { id: string; depth: number };
        checkRange('depth', depth, 1, maxNeighbourhoodDepth);
        return neighbourhoodStatement(
          endpoint(id, 'id'),
          depth,
          maxNeighbourhoodNodes,
          selected,
          check({ id }),
        );
      },
      fanOut: () => 1,
    }),
  }),
}));
