/** What the graph layer hands to the schema: nodes and relationships as plain records. */
import type { Evidence } from '../dataset/evidence.ts';
import type { Label } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';

export type { Evidence };

/** A node of any label, with the properties that label has (absent ones undefined). */
export interface EntityRecord {
  label: Label;
  id: string;
  name?: string;
  aliases: string[];
  summary?: string;
  acronym?: string;
  kind?: string;
  number?: number | string;
  startDate?: string;
  endDate?: string;
  online?: boolean;
  certainty?: string;
  position?: number;
  scientificName?: string;
  url?: string;
  reference?: string;
  publisher?: string;
  author?: string;
  /** Full text of a source; not loaded with neighbours (see read/links). */
  text?: string | null;
  origin?: string;
  evidence: Evidence[];
}

/** A relationship seen from one of its nodes, with the node at the other end. */
export interface LinkRecord {
  type: RelationshipType;
  /** True when the relationship points away from the node it was loaded for. */
  outgoing: boolean;
  node: EntityRecord;
  role?: string;
  evidence: Evidence[];
}

type Properties = Record<string, unknown>;

/** Evidence from the three parallel list properties every fact carries. */
export function evidenceOf(properties: Properties): Evidence[] {
  const sources = (properties.evidenceSources as string[] | undefined) ?? [];
  const quotes = (properties.evidenceQuotes as string[] | undefined) ?? [];
  const notes = (properties.evidenceNotes as string[] | undefined) ?? [];
  return sources.map((source, i) => ({
    source,
    quote: quotes[i] || undefined,
    note: notes[i] || undefined,
  }));
}

export function toEntity(label: Label, properties: Properties): EntityRecord {
  const { evidenceSources, evidenceQuotes, evidenceNotes, aliases, ...rest } = properties;
  return {
    ...(rest as Omit<EntityRecord, 'label' | 'aliases' | 'evidence'>),
    label,
    aliases: (aliases as string[] | undefined) ?? [],
    evidence: evidenceOf(properties),
  };
}

const meetingNumber = (id: string) => Number(/^som-(\d+)/.exec(id)?.[1] ?? 0);

/** The order lists of one label are shown in: meetings by number, agenda by position, ... */
function sortKey(entity: EntityRecord): [number, string] {
  switch (entity.label) {
    case 'Meeting':
      return [Number(entity.number), entity.id];
    case 'AgendaItem':
      return [meetingNumber(entity.id) * 1000 + (entity.position ?? 0), entity.id];
    case 'Decision':
      return [meetingNumber(entity.id) * 1000 + (entity.position ?? 0), entity.id];
    case 'Event':
      return [0, `${entity.startDate ?? '9999'} ${entity.id}`];
    default:
      return [0, (entity.name ?? entity.id).toLowerCase()];
  }
}

export function compareEntities(a: EntityRecord, b: EntityRecord): number {
  const [numberA, textA] = sortKey(a);
  const [numberB, textB] = sortKey(b);
  return numberA - numberB || textA.localeCompare(textB);
}
