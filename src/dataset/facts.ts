/** The graph model: the labels and relationship types the dataset produces. */

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

export const relationshipTypes = [
  'ATTENDED', // MemberState -> Meeting
  'BASED_IN', // Organisation -> MemberState
  'COMMEMORATED', // Meeting -> Event
  'CONCERNS', // Decision -> Network | Project | Programme | Event | Organisation
  'CONTRIBUTES_TO', // Organisation -> Project, with a role
  'CONVENED', // Network -> Event
  'COVERS', // Project -> Place (its regions)
  'DOCUMENTED_IN', // Meeting -> Source
  'HAS_AGENDA_ITEM', // Meeting -> AgendaItem
  'HAS_ANNEX', // AgendaItem -> Source
  'HELD_IN', // Meeting | Event -> Place
  'HOSTED', // MemberState -> Meeting
  'LOCATED_IN', // Place -> MemberState
  'MADE_AT', // Decision -> Meeting
  'MEMBER_OF', // MemberState -> Network
  'OBSERVED', // Organisation -> Meeting
  'ORGANISED', // Organisation -> Event
  'PART_OF', // Network | Project -> Programme
  'PARTICIPATES_IN', // MemberState -> Project
  'PROPOSED', // MemberState -> Decision
  'REVIEWS', // AgendaItem -> Programme
  'TARGETS', // Programme | Project -> Species
  'TECHNICAL_CENTRE_OF', // Organisation -> Network
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

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

/** Where a fact came from: the dataset files, or a curator through the API. */
export type Origin = 'dataset' | 'curation';
