/** How entities connect: the shortest path between two, and the neighbourhood of one. */
import type { Label } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { CypherReader } from '../neo4j/database.ts';
import type { Graph } from './graph.ts';
import { type EntityRecord, type Evidence, evidenceOf, toEntity } from './records.ts';

/** A relationship on a path or in a drawing, by the ids of its ends. */
export interface StepRecord {
  type: RelationshipType;
  from: string;
  to: string;
  evidence: Evidence[];
}

export interface PathRecord {
  nodes: EntityRecord[];
  steps: StepRecord[];
}

/** The longest path `path` looks for, whatever a client asks. */
export const maxPathHops = 8;

type Properties = Record<string, unknown>;

export async function shortestPath(
  reader: CypherReader,
  from: EntityRecord,
  to: EntityRecord,
  maxHops: number,
): Promise<PathRecord | null> {
  if (from.id === to.id) return { nodes: [from], steps: [] };
  const [row] = await reader.read<{
    nodes: { label: Label; properties: Properties }[];
    steps: { type: RelationshipType; from: string; to: string; properties: Properties }[];
  }>('read/shortest-path', { from: from.id, to: to.id, maxHops });
  if (row === undefined) return null;
  return {
    nodes: row.nodes.map((node) => toEntity(node.label, node.properties)),
    steps: row.steps.map(({ properties, ...step }) => ({
      ...step,
      evidence: evidenceOf(properties),
    })),
  };
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  edges: StepRecord[];
  /** True when the neighbourhood had more nodes than were returned. */
  truncated: boolean;
}

/**
 * The nodes within `depth` steps of `start` and the relationships among them, for drawing.
 * Breadth first, one batched round trip per step; stops at `maxNodes` and says so.
 */
export async function neighbourhood(
  graph: Graph,
  start: EntityRecord,
  depth: number,
  maxNodes: number,
): Promise<SubgraphRecord> {
  const nodes = new Map<string, EntityRecord>([[start.id, start]]);
  const edges = new Map<string, StepRecord>();
  let frontier = [start.id];
  let truncated = false;
  for (let step = 0; step < depth && frontier.length > 0 && !truncated; step += 1) {
    const next: string[] = [];
    const linksOfFrontier = await Promise.all(frontier.map((id) => graph.links(id)));
    frontier.forEach((id, index) => {
      for (const link of linksOfFrontier[index] ?? []) {
        const other = link.node;
        if (!nodes.has(other.id)) {
          if (nodes.size >= maxNodes) {
            truncated = true;
            continue;
          }
          nodes.set(other.id, other);
          next.push(other.id);
        }
        const [from, to] = link.outgoing ? [id, other.id] : [other.id, id];
        edges.set(`${link.type} ${from} ${to}`, {
          type: link.type,
          from,
          to,
          evidence: link.evidence,
        });
      }
    });
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
