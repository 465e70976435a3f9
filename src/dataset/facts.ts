/** The graph model: the labels and relationship types the dataset produces. */
import { type Evidence, evidenceProperties } from './evidence.ts';

export const labels = [
  'AgendaItem',
  'Decision',
  'Event',
  'Meeting',
  'MemberState',
  'Network',
  'Organisation',
  'Place',
  'Programme',
  'Project',
  'Source',
  'Species',
] as const;
export type Label = (typeof labels)[number];

/** Every relationship type, with what it means (GraphiQL shows these). */
export const relationshipMeanings = {
  ATTENDED: 'MemberState -> Meeting: the State attended the meeting.',
  BASED_IN: 'Organisation -> MemberState: the organisation is based in the State.',
  COMMEMORATED: 'Meeting -> Event: the meeting commemorated the anniversary.',
  CONCERNS:
    'Decision -> Network, Project, Programme, Event or Organisation: what the decision is about.',
  CONTRIBUTES_TO: 'Organisation -> Project: the organisation contributes, in the role given.',
  CONVENED: 'Network -> Event: the network convened the event.',
  COVERS: 'Project -> Place: the project works in the place or region.',
  DOCUMENTED_IN: 'Meeting -> Source: a document or page about the meeting.',
  HAS_AGENDA_ITEM: 'Meeting -> AgendaItem: an item of its agenda.',
  HAS_ANNEX: 'AgendaItem -> Source: a document annexed to the item.',
  HELD_IN: 'Meeting or Event -> Place: where it was held.',
  HOSTED: 'MemberState -> Meeting: the State hosted the meeting.',
  LOCATED_IN: 'Place -> MemberState: the place is in the State.',
  MADE_AT: 'Decision -> Meeting: the meeting that made the decision.',
  MEMBER_OF: 'MemberState -> Network: the State is a member of the network.',
  OBSERVED: 'Organisation -> Meeting: the organisation attended as an observer.',
  ORGANISED: 'Organisation -> Event: the organisation organised the event.',
  PART_OF: 'Network or Project -> Programme: it belongs to the programme area.',
  PARTICIPATES_IN: 'MemberState -> Project: the State takes part in the project.',
  PROPOSED: "MemberState -> Decision: the decision was made on the State's proposal.",
  REVIEWS: 'AgendaItem -> Programme: the item reviewed the programme area.',
  TARGETS: 'Programme or Project -> Species: it targets the species.',
  TECHNICAL_CENTRE_OF:
    'Organisation -> Network: the organisation is a technical centre of the network.',
} as const;

export const relationshipTypes = Object.keys(
  relationshipMeanings,
) as (keyof typeof relationshipMeanings)[];
export type RelationshipType = keyof typeof relationshipMeanings;

/** The kinds of things a decision can be about, by the name of their list in a decision. */
export const subjectLabels = {
  networks: 'Network',
  projects: 'Project',
  programmes: 'Programme',
  events: 'Event',
  organisations: 'Organisation',
} as const satisfies Record<string, Label>;
export type SubjectList = keyof typeof subjectLabels;

/** A property value Neo4j stores; dates travel as YYYY-MM-DD strings. */
export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

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

/** The stored properties of a meeting, from the dataset's or a mutation's description of it. */
export const meetingProperties = (meeting: {
  number: number;
  title: string;
  startDate: string;
  endDate: string;
  online: boolean;
  summary?: string | undefined;
  certainty?: string | undefined;
}) => ({
  number: meeting.number,
  name: meeting.title,
  startDate: meeting.startDate,
  endDate: meeting.endDate,
  online: meeting.online,
  summary: meeting.summary,
  certainty: meeting.certainty,
});

/** The id of Senior Officials Meeting number `number`: SOM-18 is `som-18`. */
export const meetingId = (number: number) => `som-${number}`;

/** The id of decision `key` of a meeting: `som-18/neampan-launched`. */
export const decisionId = (meeting: number, key: string) => `${meetingId(meeting)}/${key}`;
