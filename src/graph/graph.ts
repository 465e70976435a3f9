import DataLoader from 'dataloader';
import type { Label } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { CypherReader } from '../neo4j/database.ts';
import {
  compareEntities,
  type EntityRecord,
  evidenceOf,
  type LinkRecord,
  toEntity,
} from './records.ts';

/** Which relationships of a node to follow: their type, direction and the label at the far end. */
export interface LinkFilter {
  type: RelationshipType | readonly RelationshipType[];
  direction: 'out' | 'in';
  label?: Label | readonly Label[];
}

const includes = <T>(wanted: T | readonly T[] | undefined, value: T) =>
  wanted === undefined || (Array.isArray(wanted) ? wanted.includes(value) : wanted === value);

type Properties = Record<string, unknown>;

/**
 * The graph as one GraphQL request sees it. Made anew for every request, so its DataLoaders
 * batch and cache within that request only: every node and relationship field of one level of
 * a query costs one Cypher round trip, whatever the number of parent objects.
 */
export class Graph {
  readonly #entities: DataLoader<string, EntityRecord | null>;
  readonly #links: DataLoader<string, LinkRecord[]>;
  readonly #networksByAcronym: DataLoader<string, EntityRecord | null>;

  constructor(readonly reader: CypherReader) {
    this.#entities = new DataLoader(async (ids) => {
      const rows = await reader.read<{ id: string; label: Label; properties: Properties }>(
        'read/entities-by-id',
        { ids },
      );
      const found = new Map(rows.map((row) => [row.id, toEntity(row.label, row.properties)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.#links = new DataLoader(async (ids) => {
      const rows = await reader.read<{
        key: string;
        type: RelationshipType;
        outgoing: boolean;
        properties: Properties;
        label: Label;
        node: Properties;
      }>('read/links', { ids });
      const byNode = new Map<string, LinkRecord[]>(ids.map((id) => [id, []]));
      for (const row of rows) {
        byNode.get(row.key)?.push({
          type: row.type,
          outgoing: row.outgoing,
          node: toEntity(row.label, row.node),
          role: row.properties.role as string | undefined,
          evidence: evidenceOf(row.properties),
        });
      }
      return ids.map((id) => byNode.get(id) ?? []);
    });
    this.#networksByAcronym = new DataLoader(async (acronyms) => {
      const rows = await reader.read<{ acronym: string; properties: Properties }>(
        'read/networks-by-acronym',
        { acronyms },
      );
      const found = new Map(rows.map((row) => [row.acronym, toEntity('Network', row.properties)]));
      return acronyms.map((acronym) => found.get(acronym) ?? null);
    });
  }

  /** The node with this id, if it has this label (an id of another kind answers null). */
  async entity(label: Label, id: string): Promise<EntityRecord | null> {
    const entity = await this.#entities.load(id);
    return entity?.label === label ? entity : null;
  }

  /** The node with this id, whatever its label. */
  anyEntity(id: string): Promise<EntityRecord | null> {
    return this.#entities.load(id);
  }

  networkByAcronym(acronym: string): Promise<EntityRecord | null> {
    return this.#networksByAcronym.load(acronym);
  }

  /** Every node with this label, in the order lists of that label are shown. */
  async list(label: Label): Promise<EntityRecord[]> {
    const rows = await this.reader.read<{ properties: Properties }>(`read/list/${label}`);
    return rows.map((row) => toEntity(label, row.properties)).sort(compareEntities);
  }

  /** The relationships of a node that pass `filter`, with their evidence. */
  async links(id: string, filter?: LinkFilter): Promise<LinkRecord[]> {
    const links = await this.#links.load(id);
    return links
      .filter(
        (link) =>
          filter === undefined ||
          (includes(filter.type, link.type) &&
            link.outgoing === (filter.direction === 'out') &&
            includes(filter.label, link.node.label)),
      )
      .sort((a, b) => compareEntities(a.node, b.node));
  }

  /** The nodes at the far end of a node's relationships that pass `filter`. */
  async related(id: string, filter: LinkFilter): Promise<EntityRecord[]> {
    return (await this.links(id, filter)).map((link) => link.node);
  }

  /** The first node `related` finds, or null: for fields with at most one, like a meeting's city. */
  async relatedOne(id: string, filter: LinkFilter): Promise<EntityRecord | null> {
    return (await this.related(id, filter))[0] ?? null;
  }

  /**
   * Two steps: the nodes related to any of the nodes related to `id`, each once. Costs one
   * round trip per step, batched with every other field of the same level.
   */
  async relatedVia(id: string, first: LinkFilter, second: LinkFilter): Promise<EntityRecord[]> {
    const middle = await this.related(id, first);
    const far = await Promise.all(middle.map((node) => this.related(node.id, second)));
    const unique = new Map(far.flat().map((node) => [node.id, node]));
    return [...unique.values()].sort(compareEntities);
  }
}
