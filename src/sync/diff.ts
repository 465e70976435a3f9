import type { GraphFacts, NodeFact, Properties, RelationshipFact } from '../model/facts.ts';
import { relationshipKey } from '../model/relationship-identity.ts';

/** A fact to update, with the properties it has before. */
export type Updated<T> = T & { before: Properties };

/** What it takes to turn the graph's dataset facts into the wanted ones. */
export interface GraphChange {
  nodes: { create: NodeFact[]; update: Updated<NodeFact>[]; remove: NodeFact[] };
  relationships: {
    create: RelationshipFact[];
    update: Updated<RelationshipFact>[];
    remove: RelationshipFact[];
  };
}

/** Properties compared by value, whatever the order of their keys. */
const canonical = (properties: Properties) =>
  JSON.stringify(
    Object.keys(properties)
      .sort()
      .map((key) => [key, properties[key]]),
  );

/**
 * The change from `current` (the whole graph) to `wanted` (the dataset). Only what `removable`
 * accepts is removed when the dataset lacks it, nodes and relationships alike: normally the
 * dataset's own facts, so that facts curators added through the API stay, including the
 * relationships they drew between dataset nodes.
 */
export function diffGraph(
  wanted: GraphFacts,
  current: GraphFacts,
  removable: (fact: NodeFact | RelationshipFact) => boolean,
): GraphChange {
  const change: GraphChange = {
    nodes: { create: [], update: [], remove: [] },
    relationships: { create: [], update: [], remove: [] },
  };

  const currentNodes = new Map(current.nodes.map((node) => [node.id, node]));
  const wantedIds = new Set(wanted.nodes.map((node) => node.id));
  // A node whose label changed is deleted and made anew, and its relationships with it.
  const remade = new Set<string>();
  for (const node of wanted.nodes) {
    const existing = currentNodes.get(node.id);
    if (existing === undefined) {
      change.nodes.create.push(node);
    } else if (existing.label !== node.label) {
      change.nodes.remove.push(existing);
      change.nodes.create.push(node);
      remade.add(node.id);
    } else if (canonical(existing.properties) !== canonical(node.properties)) {
      change.nodes.update.push({ ...node, before: existing.properties });
    }
  }
  for (const node of current.nodes) {
    if (!wantedIds.has(node.id) && removable(node)) change.nodes.remove.push(node);
  }

  const currentRelationships = new Map(current.relationships.map((r) => [relationshipKey(r), r]));
  // A relationship named twice (a State listed twice, a subject given twice) is made once; those
  // told apart by their identifying properties (a role on two dates) are made each.
  const wantedRelationships = new Map(wanted.relationships.map((r) => [relationshipKey(r), r]));
  for (const relationship of wantedRelationships.values()) {
    const existing = currentRelationships.get(relationshipKey(relationship));
    if (existing === undefined || remade.has(relationship.from) || remade.has(relationship.to)) {
      change.relationships.create.push(relationship);
    } else if (canonical(existing.properties) !== canonical(relationship.properties)) {
      change.relationships.update.push({ ...relationship, before: existing.properties });
    }
  }
  for (const relationship of current.relationships) {
    const key = relationshipKey(relationship);
    // A remade node's relationships go before it, by name, so that history records them and a
    // revert brings them back; those the files still give are made again with it.
    const goesWithNode = remade.has(relationship.from) || remade.has(relationship.to);
    if (wantedRelationships.has(key) ? goesWithNode : removable(relationship))
      change.relationships.remove.push(relationship);
  }
  return change;
}

/** Counts of a change per label and per relationship type, for the import summary. */
export interface ChangeCounts {
  name: string;
  created: number;
  updated: number;
  removed: number;
  /** How many the graph holds from the dataset afterwards. */
  total: number;
}

function tally<T>(
  wanted: readonly T[],
  change: { create: T[]; update: T[]; remove: T[] },
  nameOf: (item: T) => string,
): ChangeCounts[] {
  const rows = new Map<string, ChangeCounts>();
  const row = (name: string) => {
    let counts = rows.get(name);
    if (counts === undefined) {
      counts = { name, created: 0, updated: 0, removed: 0, total: 0 };
      rows.set(name, counts);
    }
    return counts;
  };
  for (const item of wanted) row(nameOf(item)).total += 1;
  for (const item of change.create) row(nameOf(item)).created += 1;
  for (const item of change.update) row(nameOf(item)).updated += 1;
  for (const item of change.remove) row(nameOf(item)).removed += 1;
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function countChange(wanted: GraphFacts, change: GraphChange) {
  return {
    nodes: tally(wanted.nodes, change.nodes, (node) => node.label),
    relationships: tally(wanted.relationships, change.relationships, (r) => r.type),
  };
}

export const isEmptyChange = (change: GraphChange) =>
  [...Object.values(change.nodes), ...Object.values(change.relationships)].every(
    (list) => list.length === 0,
  );
