/** The facts the dataset and curation produce: nodes and relationships as stored. */
import type { Label } from './labels.ts';
import type { RelationshipType } from './relationships.ts';
import {
  type NodeValues,
  type Properties,
  type PropertyValue,
  storedProperties,
} from './stored-properties.ts';

/** The kinds of things a decision can be about, by the name of their list in a decision. */
export const subjectLabels = {
  networks: 'Network',
  projects: 'Project',
  programmes: 'Programme',
  events: 'Event',
  organisations: 'Organisation',
} as const satisfies Record<string, Label>;
export type SubjectList = keyof typeof subjectLabels;

/** Evidence as stored: quotes are the exact span of the source text. */
export interface Evidence {
  source: string;
  quote?: string | undefined;
  note?: string | undefined;
}

/**
 * Evidence as node or relationship properties: three parallel lists ('' where absent). The same
 * item given twice is stored once.
 */
export function evidenceProperties(given: readonly Evidence[]) {
  const distinct = new Map(
    given.map((item) => [JSON.stringify([item.source, item.quote, item.note]), item]),
  );
  const evidence = [...distinct.values()];
  return {
    evidenceSources: evidence.map((item) => item.source),
    evidenceQuotes: evidence.map((item) => item.quote ?? ''),
    evidenceNotes: evidence.map((item) => item.note ?? ''),
  };
}

export type { Properties, PropertyValue } from './stored-properties.ts';

export interface NodeFact {
  label: Label;
  id: string;
  properties: Properties;
}

export interface RelationshipFact {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Properties;
}

export interface GraphFacts {
  nodes: NodeFact[];
  relationships: RelationshipFact[];
}

/** Only the defined values, so that absent properties are not stored at all. */
function defined(properties: Record<string, PropertyValue | undefined>): Properties {
  return Object.fromEntries(
    Object.entries(properties).filter(
      (entry): entry is [string, PropertyValue] => entry[1] !== undefined,
    ),
  );
}

/** A node as stored: its own properties, where it came from, and its evidence. */
export function nodeFact(
  label: Label,
  id: string,
  properties: Record<string, PropertyValue | undefined>,
  evidence: readonly Evidence[] | undefined,
  origin: Record<string, PropertyValue | undefined>,
): NodeFact {
  return {
    label,
    id,
    properties: {
      id,
      ...defined(origin),
      ...defined(properties),
      ...(evidence && evidenceProperties(evidence)),
    },
  };
}

/** A relationship as stored, with where it came from and its evidence. */
export function relationshipFact(
  type: RelationshipType,
  from: string,
  to: string,
  evidence: readonly Evidence[],
  origin: Record<string, PropertyValue | undefined>,
  properties: Properties = {},
): RelationshipFact {
  return {
    type,
    from,
    to,
    properties: { ...defined(origin), ...properties, ...evidenceProperties(evidence) },
  };
}

/**
 * The names people use for a meeting: "SOM-18", "SOM 18" and its title for every meeting, then
 * any others its sources give. The title is an alias too, so that searching for it ranks the
 * meeting above pages and documents that carry the same words in their names.
 */
export const meetingAliases = (number: number, title: string, others: readonly string[] = []) => [
  `SOM-${number}`,
  `SOM ${number}`,
  title,
  ...others,
];

/** A meeting's description with the names every meeting has (see `meetingAliases`). */
export const withMeetingAliases = <
  M extends { number: number; title: string; aliases?: readonly string[] | undefined },
>(
  meeting: M,
): M => ({
  ...meeting,
  aliases: meetingAliases(meeting.number, meeting.title, meeting.aliases),
});

/** The stored properties of a meeting, from the dataset's or a mutation's description of it. */
export const meetingProperties = (meeting: NodeValues<'Meeting'>) =>
  storedProperties('Meeting', withMeetingAliases(meeting));

export { agendaItemId, decisionId, meetingId } from './identity.ts';

/** The evidence stored in a node's or relationship's properties, as items (the inverse). */
export function storedEvidence(properties: Record<string, unknown>): Evidence[] {
  const list = (name: string) =>
    Array.isArray(properties[name]) ? (properties[name] as string[]) : [];
  const quotes = list('evidenceQuotes');
  const notes = list('evidenceNotes');
  return list('evidenceSources').map((source, index) => ({
    source,
    quote: quotes[index] || undefined,
    note: notes[index] || undefined,
  }));
}
