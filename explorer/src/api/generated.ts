/** Generated from schema.graphql and explorer/operations.graphql by `npm run explorer:types`; do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How sure the sources are. */
export type Certainty =
  /** The sources agree. */
  | 'CERTAIN'
  /** The sources disagree on a detail; its evidence notes say which. */
  | 'UNCERTAIN';

/** Whether the sources record a fact: null or an empty list means "none" only where the coverage is NONE; where it is NOT_RECORDED it means that no source says. */
export type Coverage =
  /** A source states there is none (e.g. a meeting held online has no city). */
  | 'NONE'
  /** No source the graph holds says either way: the field reads null or an empty list, which does not mean none. */
  | 'NOT_RECORDED'
  /** The graph holds it: a source states it. */
  | 'RECORDED';

/** What a meeting did, in the words of the sources. */
export type DecisionKind =
  /** Adopted a text: a statement, resolution, plan or rules. */
  | 'ADOPTED'
  /** Agreed on a course of action. */
  | 'AGREED'
  /** Approved a project, proposal or budget. */
  | 'APPROVED'
  /** Commended progress or outcomes. */
  | 'COMMENDED'
  /** Concluded to do something. */
  | 'CONCLUDED'
  /** Considered proposals put to the meeting. */
  | 'CONSIDERED'
  /** Continued work under way. */
  | 'CONTINUED'
  /** Decided to do something. */
  | 'DECIDED'
  /** Endorsed a proposal, project, plan or text. */
  | 'ENDORSED'
  /** Extended something to new members or places. */
  | 'EXTENDED'
  /** Formalised how something works. */
  | 'FORMALISED'
  /** Invited member States or others to act. */
  | 'INVITED'
  /** Launched a network, platform, partnership or project. */
  | 'LAUNCHED'
  /** Took note of a proposal, report or plan. */
  | 'NOTED'
  /** An outcome the sources list without saying how the meeting reached it. */
  | 'OUTCOME'
  /** Reaffirmed its support or a need. */
  | 'REAFFIRMED'
  /** Recognised the value or relevance of something. */
  | 'RECOGNISED'
  /** Recommended a course of action. */
  | 'RECOMMENDED'
  /** Asked someone to do something. */
  | 'REQUESTED'
  /** Reviewed work under way. */
  | 'REVIEWED'
  /** Supported programmes, activities or plans. */
  | 'SUPPORTED'
  /** Welcomed an offer, announcement or plan. */
  | 'WELCOMED';

/** A fact of a meeting whose coverage is counted. */
export type MeetingAspect =
  /** Its agenda (`agenda`). */
  | 'AGENDA'
  /** The States that attended (`attendees`). */
  | 'ATTENDANCE'
  /** Where it was held (`city`); NONE when it was held online. */
  | 'CITY'
  /** Its dates (`startDate`, `endDate`, `year`). */
  | 'DATE'
  /** What it decided (`decisions`). */
  | 'DECISIONS'
  /** The State that hosted it (`hostState`). */
  | 'HOST';

/** How a State takes part. */
export type ParticipationKind =
  /** A member of the network. */
  | 'MEMBER_OF'
  /** Takes part in the project. */
  | 'PARTICIPATES_IN'
  /** In the programme area, as a member of one of its networks (see `through`). */
  | 'VIA_MEMBER_OF'
  /** In the programme area, through one of its projects (see `through`). */
  | 'VIA_PARTICIPATES_IN';

/** What sort of place. */
export type PlaceKind =
  /** A city or town. */
  | 'CITY'
  /** A region. */
  | 'REGION';

/** The kinds of relationship the graph holds, e.g. MEMBER_OF (MemberState -> Network). */
export type RelationshipType =
  /** MemberState -> Meeting: the State attended the meeting. */
  | 'ATTENDED'
  /** Organisation -> MemberState: the organisation is based in the State. */
  | 'BASED_IN'
  /** Meeting -> Event: the meeting commemorated the anniversary. */
  | 'COMMEMORATED'
  /** Decision -> Network, Project, Programme, Event or Organisation: what the decision is about. */
  | 'CONCERNS'
  /** Organisation -> Project: the organisation contributes, in the role given. */
  | 'CONTRIBUTES_TO'
  /** Network -> Event: the network convened the event. */
  | 'CONVENED'
  /** Project -> Place: the project works in the place or region. Network -> MemberState: the network covers the State (its seas, its cities), where a source says so; covering a State is not having it as a member. */
  | 'COVERS'
  /** Meeting -> Source: a document or page about the meeting. */
  | 'DOCUMENTED_IN'
  /** Organisation or MemberState -> Project, Event or Network: it funded the work, with the amount, currency and years where a source states them. */
  | 'FUNDED'
  /** Meeting -> AgendaItem: an item of its agenda. */
  | 'HAS_AGENDA_ITEM'
  /** AgendaItem -> Source: a document annexed to the item. */
  | 'HAS_ANNEX'
  /** Meeting or Event -> Place: where it was held. */
  | 'HELD_IN'
  /** Person -> Organisation or MemberState: the person held the public role, as a source names it on a date (a State: its government). */
  | 'HELD_ROLE'
  /** MemberState -> Meeting: the State hosted the meeting. */
  | 'HOSTED'
  /** Place -> MemberState: the place is in the State. */
  | 'LOCATED_IN'
  /** Decision -> Meeting: the meeting that made the decision. */
  | 'MADE_AT'
  /** MemberState -> Network: the State is a member of the network (with how it takes part, and the number of sites it nominated, where a source says so). */
  | 'MEMBER_OF'
  /** Organisation -> Meeting: the organisation attended as an observer. */
  | 'OBSERVED'
  /** Organisation -> Event: the organisation organised the event. */
  | 'ORGANISED'
  /** MemberState -> Project: the State takes part in the project (with how, where a source says). */
  | 'PARTICIPATES_IN'
  /** Network or Project -> Programme: it belongs to the programme area. */
  | 'PART_OF'
  /** MemberState -> Decision: the decision was made on the State's proposal. */
  | 'PROPOSED'
  /** Publication -> Programme, Project, Meeting or Network: the publication reports on it. */
  | 'REPORTS_ON'
  /** AgendaItem -> Programme: the item reviewed the programme area. */
  | 'REVIEWS'
  /** Programme or Project -> Species: it targets the species. */
  | 'TARGETS'
  /** Organisation -> Network: the organisation is a technical centre of the network. */
  | 'TECHNICAL_CENTRE_OF'
  /** Person -> Meeting or Event: the person took part, in the part a source names (chaired, spoke, led a delegation). */
  | 'TOOK_PART_IN';

/** What sort of source. */
export type SourceKind =
  /** A document. */
  | 'DOCUMENT'
  /** A web page. */
  | 'WEB_PAGE';

export type EvidenceFieldsFragment = { quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } };

export type RelationshipFieldsFragment = { type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
    { id: string, name: string }
    & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
  ), to: (
    { id: string, name: string }
    & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
  ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node: (
      { name: string, id: string }
      & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
    ) }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, label: string, name: string }>, edges: Array<{ type: string, source: string, target: string }> } };

export type NodeDetailsQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailsQuery = { node:
    | (
      { name: string, aliases: Array<string>, title: string, id: string, agendaNumber: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'AgendaItem' }
    )
    | (
      { name: string, aliases: Array<string>, id: string, decisionKind: DecisionKind, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Decision' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, online: boolean, summary: string | null, id: string, eventKind: string, from: string | null, to: string | null, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Event' }
    )
    | (
      { name: string, aliases: Array<string>, number: number, title: string, startDate: string | null, endDate: string | null, online: boolean, certainty: Certainty, summary: string | null, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Meeting' }
    )
    | (
      { name: string, aliases: Array<string>, iso3: string, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'MemberState' }
    )
    | (
      { name: string, aliases: Array<string>, acronym: string | null, summary: string | null, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }>, launchedAt: { id: string, decisionKind: DecisionKind, meeting: { id: string, title: string, startDate: string | null }, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> } | null }
      & { __typename: 'Network' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, acronym: string | null, established: string | null, summary: string | null, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Organisation' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Person' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, id: string, placeKind: PlaceKind, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Place' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, summary: string | null, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Programme' | 'Project' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, year: number | null, publisher: string | null, author: string | null, reference: string | null, url: string | null, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Publication' }
    )
    | (
      { name: string, aliases: Array<string>, title: string, url: string | null, reference: string | null, publisher: string | null, author: string | null, id: string, sourceKind: SourceKind, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Source' }
    )
    | (
      { name: string, aliases: Array<string>, slug: string, commonName: string, scientificName: string | null, id: string, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), to: (
          { id: string, name: string }
          & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
        ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> }
      & { __typename: 'Species' }
    )
   | null };

export type RelationshipEvidenceQueryVariables = Exact<{
  id: string;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type RelationshipEvidenceQuery = { node: { id: string, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
        { id: string, name: string }
        & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
      ), to: (
        { id: string, name: string }
        & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
      ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> } | null };

export type SourceTextsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SourceTextsQuery = { nodes: Array<
    | { id: string }
    | { text: string | null, id: string }
   | null> };

export type NamesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NamesQuery = { nodes: Array<(
    { name: string, id: string }
    & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
  ) | null> };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type PathQuery = { path: { length: number, nodes: Array<(
      { name: string, id: string }
      & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
    )>, relationships: Array<{ type: RelationshipType, role: string | null, part: string | null, date: string | null, amount: number | null, currency: string | null, years: string | null, from: (
        { id: string, name: string }
        & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
      ), to: (
        { id: string, name: string }
        & { __typename: 'AgendaItem' | 'Decision' | 'Event' | 'Meeting' | 'MemberState' | 'Network' | 'Organisation' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Publication' | 'Source' | 'Species' }
      ), evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> } | null };

export type RelationshipTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipTypesQuery = { stats: { relationshipCounts: Array<{ type: string, count: number }> } };

export type ParticipationQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipationQuery = { memberStates: Array<{ id: string, iso3: string, name: string }>, networks: Array<{ id: string, acronym: string | null, name: string, participationCoverage: Coverage }>, programmes: Array<{ id: string, name: string, participationCoverage: Coverage }>, projects: Array<{ id: string, name: string, participationCoverage: Coverage }>, participation: Array<{ kind: ParticipationKind, state: { id: string, iso3: string }, target: (
      { id: string, name: string }
      & { __typename: 'Network' | 'Programme' | 'Project' }
    ), through: (
      { id: string, name: string }
      & { __typename: 'Network' | 'Project' }
    ) | null, evidence: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, url: string | null } }> }> };

export type MeetingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MeetingsQuery = { meetings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, title: string, startDate: string | null, endDate: string | null, online: boolean, city: { name: string } | null, hostState: { name: string } | null, decisions: Array<{ id: string, kind: DecisionKind, summary: string }>, coverage: { date: Coverage, city: Coverage, host: Coverage, decisions: Coverage } } }> } };

export type CountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountsQuery = { stats: { nodeCounts: Array<{ label: string, count: number }>, relationshipCounts: Array<{ type: string, count: number }>, decisionsByKind: Array<{ kind: DecisionKind, count: number }>, decisionsByYearAndKind: Array<{ year: number, kind: DecisionKind, count: number }>, meetingsByHost: Array<{ count: number, state: { id: string, name: string } }>, decisionsByProgramme: Array<{ count: number, programme: { id: string, name: string } }>, coverage: { aspects: Array<{ aspect: MeetingAspect, notRecorded: number }>, years: Array<{ year: number, decisionsRecorded: number }> } } };
