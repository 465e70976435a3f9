/** Generated from schema.graphql and explorer/operations.graphql by `npm run explorer:types`; do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A ATTENDED relationship to add (MemberState -> Meeting: the State attended the meeting.), with its evidence. */
export type AddAttendedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (MemberState). */
  from: string;
  /** The global ID of the end node (Meeting). */
  to: string;
};

/** A BASED_IN relationship to add (Organisation -> MemberState: the organisation is based in the State.), with its evidence. */
export type AddBasedInInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Organisation). */
  from: string;
  /** The global ID of the end node (MemberState). */
  to: string;
};

/** A COMMEMORATED relationship to add (Meeting -> Event: the meeting commemorated the anniversary.), with its evidence. */
export type AddCommemoratedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Meeting). */
  from: string;
  /** The global ID of the end node (Event). */
  to: string;
};

/** A CONCERNS relationship to add (Decision -> Network, Project, Programme, Event or Organisation: what the decision is about.), with its evidence. */
export type AddConcernsInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Decision). */
  from: string;
  /** The global ID of the end node (Network or Project or Programme or Event or Organisation). */
  to: string;
};

/** A CONTRIBUTES_TO relationship to add (Organisation -> Project: the organisation contributes, in the role given.), with its evidence. */
export type AddContributesToInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Organisation). */
  from: string;
  /** The part an organisation plays in a project (CONTRIBUTES_TO), e.g. "funder". */
  role: string;
  /** The global ID of the end node (Project). */
  to: string;
};

/** A CONVENED relationship to add (Network -> Event: the network convened the event.), with its evidence. */
export type AddConvenedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Network). */
  from: string;
  /** The global ID of the end node (Event). */
  to: string;
};

/** A COVERS relationship to add (Project -> Place: the project works in the place or region. Network -> MemberState: the network covers the State (its seas, its cities), where a source says so; covering a State is not having it as a member.), with its evidence. */
export type AddCoversInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Project or Network). */
  from: string;
  /** The global ID of the end node (Place or MemberState). */
  to: string;
};

/** A DOCUMENTED_IN relationship to add (Meeting -> Source: a document or page about the meeting.), with its evidence. */
export type AddDocumentedInInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Meeting). */
  from: string;
  /** The global ID of the end node (Source). */
  to: string;
};

/** A FUNDED relationship to add (Organisation or MemberState -> Project, Event or Network: it funded the work, with the amount, currency and years where a source states them.), with its evidence. */
export type AddFundedInput = {
  /** How much it gave (FUNDED), in `currency`, where a source states it. */
  amount?: number | null | undefined;
  /** The currency of `amount` (FUNDED), as the source writes it, e.g. "USD". */
  currency?: string | null | undefined;
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Organisation or MemberState). */
  from: string;
  /** The global ID of the end node (Project or Event or Network). */
  to: string;
  /** The years the funding covers (FUNDED), as the source states them, e.g. "2006-2010". */
  years?: string | null | undefined;
};

/** A HAS_AGENDA_ITEM relationship to add (Meeting -> AgendaItem: an item of its agenda.), with its evidence. */
export type AddHasAgendaItemInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Meeting). */
  from: string;
  /** The global ID of the end node (AgendaItem). */
  to: string;
};

/** A HAS_ANNEX relationship to add (AgendaItem -> Source: a document annexed to the item.), with its evidence. */
export type AddHasAnnexInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (AgendaItem). */
  from: string;
  /** The global ID of the end node (Source). */
  to: string;
};

/** A HELD_IN relationship to add (Meeting or Event -> Place: where it was held.), with its evidence. */
export type AddHeldInInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Meeting or Event). */
  from: string;
  /** The global ID of the end node (Place). */
  to: string;
};

/** A HELD_ROLE relationship to add (Person -> Organisation or MemberState: the person held the public role, as a source names it on a date (a State: its government).), with its evidence. */
export type AddHeldRoleInput = {
  /** When a source names the person in the role (HELD_ROLE): a day, a month or a year, e.g. "2023-11-23". */
  date?: string | null | undefined;
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Person). */
  from: string;
  /** The title of the public role a source names a person in (HELD_ROLE), e.g. "Director-General for Climate, Environment and Science Diplomacy". */
  role: string;
  /** The global ID of the end node (Organisation or MemberState). */
  to: string;
};

/** A HOSTED relationship to add (MemberState -> Meeting: the State hosted the meeting.), with its evidence. */
export type AddHostedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (MemberState). */
  from: string;
  /** The global ID of the end node (Meeting). */
  to: string;
};

/** A LOCATED_IN relationship to add (Place -> MemberState: the place is in the State.), with its evidence. */
export type AddLocatedInInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Place). */
  from: string;
  /** The global ID of the end node (MemberState). */
  to: string;
};

/** A MADE_AT relationship to add (Decision -> Meeting: the meeting that made the decision.), with its evidence. */
export type AddMadeAtInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Decision). */
  from: string;
  /** The global ID of the end node (Meeting). */
  to: string;
};

/** A MEMBER_OF relationship to add (MemberState -> Network: the State is a member of the network (with how it takes part, and the number of sites it nominated, where a source says so).), with its evidence. */
export type AddMemberOfInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (MemberState). */
  from: string;
  /** How the State takes part (MEMBER_OF, PARTICIPATES_IN), where a source says, e.g. "nominated sites"; several ways are joined by "; ". */
  role?: string | null | undefined;
  /** How many sites of the network the State has nominated (MEMBER_OF), where a source counts them: NEAMPAN's target MPAs. */
  sites?: number | null | undefined;
  /** The global ID of the end node (Network). */
  to: string;
};

/** A OBSERVED relationship to add (Organisation -> Meeting: the organisation attended as an observer.), with its evidence. */
export type AddObservedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Organisation). */
  from: string;
  /** The global ID of the end node (Meeting). */
  to: string;
};

/** A ORGANISED relationship to add (Organisation -> Event: the organisation organised the event.), with its evidence. */
export type AddOrganisedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Organisation). */
  from: string;
  /** The global ID of the end node (Event). */
  to: string;
};

/** A PART_OF relationship to add (Network or Project -> Programme: it belongs to the programme area.), with its evidence. */
export type AddPartOfInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Network or Project). */
  from: string;
  /** The global ID of the end node (Programme). */
  to: string;
};

/** A PARTICIPATES_IN relationship to add (MemberState -> Project: the State takes part in the project (with how, where a source says).), with its evidence. */
export type AddParticipatesInInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (MemberState). */
  from: string;
  /** How the State takes part (MEMBER_OF, PARTICIPATES_IN), where a source says, e.g. "nominated sites"; several ways are joined by "; ". */
  role?: string | null | undefined;
  /** The global ID of the end node (Project). */
  to: string;
};

/** A PROPOSED relationship to add (MemberState -> Decision: the decision was made on the State's proposal.), with its evidence. */
export type AddProposedInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (MemberState). */
  from: string;
  /** The global ID of the end node (Decision). */
  to: string;
};

/** A REPORTS_ON relationship to add (Publication -> Programme, Project, Meeting or Network: the publication reports on it.), with its evidence. */
export type AddReportsOnInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Publication). */
  from: string;
  /** The global ID of the end node (Programme or Project or Meeting or Network). */
  to: string;
};

/** A REVIEWS relationship to add (AgendaItem -> Programme: the item reviewed the programme area.), with its evidence. */
export type AddReviewsInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (AgendaItem). */
  from: string;
  /** The global ID of the end node (Programme). */
  to: string;
};

/** A TARGETS relationship to add (Programme or Project -> Species: it targets the species.), with its evidence. */
export type AddTargetsInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Programme or Project). */
  from: string;
  /** The global ID of the end node (Species). */
  to: string;
};

/** A TECHNICAL_CENTRE_OF relationship to add (Organisation -> Network: the organisation is a technical centre of the network.), with its evidence. */
export type AddTechnicalCentreOfInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Organisation). */
  from: string;
  /** The global ID of the end node (Network). */
  to: string;
};

/** A TOOK_PART_IN relationship to add (Person -> Meeting or Event: the person took part, in the part a source names (chaired, spoke, led a delegation).), with its evidence. */
export type AddTookPartInInput = {
  /** The evidence for it; added to what it has if it exists already. */
  evidence: Array<EvidenceInput>;
  /** The global ID of the start node (Person). */
  from: string;
  /** The part a person took in a meeting or event (TOOK_PART_IN), e.g. "chaired the meeting". */
  part: string;
  /** The global ID of the end node (Meeting or Event). */
  to: string;
};

/** How sure the sources are. */
export type Certainty =
  /** The sources agree. */
  | 'CERTAIN'
  /** The sources disagree on a detail; its evidence notes say which. */
  | 'UNCERTAIN';

/** Where a change came from. */
export type ChangeOrigin =
  /** An editor's mutation. */
  | 'CURATION'
  /** An import of the dataset files (or the seed on first start). */
  | 'IMPORT'
  /** A revertChange, undoing an earlier change. */
  | 'REVERT';

/** Whether the sources record a fact: null or an empty list means "none" only where the coverage is NONE; where it is NOT_RECORDED it means that no source says. */
export type Coverage =
  /** A source states there is none (e.g. a meeting held online has no city). */
  | 'NONE'
  /** No source the graph holds says either way: the field reads null or an empty list, which does not mean none. */
  | 'NOT_RECORDED'
  /** The graph holds it: a source states it. */
  | 'RECORDED';

/** What makes an AgendaItem: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateAgendaItemInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** The meeting whose agenda it is on. Its global ID; it cannot change once made. */
  meeting: string;
  /** As printed, with sub-items lettered: "1", "2a". */
  number: string;
  /** As printed on the agenda. */
  title: string;
};

/** What makes a Decision: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateDecisionInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its key within its meeting, a slug, e.g. "neampan-launched". */
  key: string;
  /** What the meeting did. */
  kind: DecisionKind;
  /** The meeting that made it. Its global ID; it cannot change once made. */
  meeting: string;
  /** What was decided, in one sentence. */
  summary: string;
};

/** What makes an Event: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateEventInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** Last day, where known. */
  endDate?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** e.g. "symposium", "committee meeting", "anniversary". */
  kind: string;
  /** Its name. */
  name: string;
  /** Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting. */
  number?: number | null | undefined;
  /** True when it was held online. */
  online?: boolean | null | undefined;
  /** Its key. */
  slug: string;
  /** First day, where known. */
  startDate?: string | null | undefined;
  /** What the event was. */
  summary?: string | null | undefined;
};

/** What makes a Meeting: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateMeetingInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** UNCERTAIN when the sources disagree on its dates or place. */
  certainty?: string | null | undefined;
  /** Last day; null when no source gives it. */
  endDate?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** The SOM number: 18 for SOM-18. */
  number: number;
  /** True when it was held online. */
  online?: boolean | null | undefined;
  /** First day; null when no source gives it (a meeting known only by its number, see `coverage.date`). */
  startDate?: string | null | undefined;
  /** What the meeting was about. */
  summary?: string | null | undefined;
  /** e.g. "18th Senior Officials Meeting". */
  title: string;
};

/** What makes a MemberState: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateMemberStateInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** ISO 3166 alpha-3 code, e.g. "KOR". */
  iso3: string;
  /** Its name. */
  name: string;
};

/** What makes a Network: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateNetworkInput = {
  /** Its acronym, e.g. "NEAMPAN" (null for a network without one). */
  acronym?: string | null | undefined;
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its key, e.g. "som-18-report". */
  key: string;
  /** Its name. */
  name: string;
  /** What the network is and does. */
  summary?: string | null | undefined;
};

/** What makes an Organisation: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateOrganisationInput = {
  /** Its acronym, where a source gives one. */
  acronym?: string | null | undefined;
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** When it was set up or opened, as precisely as a source says: a year ("1994"), a month ("1994-09") or a day ("2010-05-17"); null where no source says. */
  established?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its name. */
  name: string;
  /** Its key, e.g. "cass". */
  slug: string;
  /** What it is and does for NEASPEC. */
  summary?: string | null | undefined;
};

/** What makes a Person: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreatePersonInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its name. */
  name: string;
  /** Its key, e.g. "yun-hyunsoo". */
  slug: string;
};

/** What makes a Place: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreatePlaceInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** City or region. */
  kind: string;
  /** Its name. */
  name: string;
  /** Its key, e.g. "ulaanbaatar". */
  slug: string;
};

/** What makes a Programme: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateProgrammeInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its name. */
  name: string;
  /** Its key, e.g. "marine-protected-areas". */
  slug: string;
  /** What the programme area covers. */
  summary?: string | null | undefined;
};

/** What makes a Project: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateProjectInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its name. */
  name: string;
  /** Its key, e.g. "amur-tiger-leopard-dna-analysis". */
  slug: string;
  /** What the project does. */
  summary?: string | null | undefined;
};

/** What makes a Publication: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreatePublicationInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** Who wrote it, where a source says. */
  author?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Who published it, where a source says. */
  publisher?: string | null | undefined;
  /** Its document symbol, e.g. "ST/ESCAP/2495". */
  reference?: string | null | undefined;
  /** Its key, e.g. "saving-the-flagship-species". */
  slug: string;
  /** Its title. */
  title: string;
  /** Where to read it. */
  url?: string | null | undefined;
  /** The year it was published, where a source gives it. */
  year?: number | null | undefined;
};

/** What makes a Source: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateSourceInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** True when the page only announces what it is about (a programme, "will be held") and reports none of it as done: what such pages alone support is recorded as announced, never as held. */
  announces?: boolean | null | undefined;
  /** Who wrote it. */
  author?: string | null | undefined;
  /** When it was published or dated, as precisely as it says: a year ("1992"), a month ("2025-09") or a day ("2024-12-13"). */
  date?: string | null | undefined;
  /** Where the source itself is cited, if anywhere (a source needs no evidence). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Its key, e.g. "som-18-report". */
  key: string;
  /** Web page or document. */
  kind: string;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** Its document symbol, e.g. "ST/ESCAP/2495". */
  reference?: string | null | undefined;
  /** Its full text, when the graph holds it (quotes in evidence are exact parts of it). */
  text?: string | null | undefined;
  /** Its title. */
  title: string;
  /** Where to read it. */
  url?: string | null | undefined;
};

/** What makes a Species: its key, name, properties, aliases and evidence, checked with the rules an import applies. */
export type CreateSpeciesInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** Its common name, e.g. "Amur leopard". */
  commonName: string;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence: Array<EvidenceInput>;
  /** Its scientific name, where a source gives it. */
  scientificName?: string | null | undefined;
  /** Its key, e.g. "amur-leopard". */
  slug: string;
};

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

/** Evidence to add to or remove from one fact: give exactly one of node and relationship. */
export type EvidenceChangeInput = {
  /** The evidence items. */
  evidence: Array<EvidenceInput>;
  /** The global ID of a node. */
  node?: string | null | undefined;
  /** A relationship. */
  relationship?: RelationshipRefInput | null | undefined;
};

/** Where a fact comes from: a source of the graph and a verbatim quote from its text, or a note. */
export type EvidenceInput = {
  /** A short paraphrase, for a source whose text the graph does not hold (at most 1000 characters). */
  note?: string | null | undefined;
  /** Words copied verbatim from the source's text: a phrase of at least 2 words and 10 characters, at most 1000. */
  quote?: string | null | undefined;
  /** The id of a Source, e.g. "som-18-page" (at most 100 characters). */
  source: string;
};

/** What a change did to a fact. */
export type FactAction =
  /** It made the fact (before is null). */
  | 'CREATED'
  /** It removed the fact (after is null). */
  | 'REMOVED'
  /** It changed its properties or evidence. */
  | 'UPDATED';

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

/** A relationship, by its type and the global IDs of its ends, and for the types the same two nodes may have several of (HELD_ROLE), by the properties that tell them apart. */
export type RelationshipRefInput = {
  /** When a source names the person in the role (HELD_ROLE): a day, a month or a year, e.g. "2023-11-23". Names one of several. */
  date?: string | null | undefined;
  /** The global ID of its start node. */
  from: string;
  /** The title of the public role a source names a person in (HELD_ROLE), e.g. "Director-General for Climate, Environment and Science Diplomacy". Names one of several. */
  role?: string | null | undefined;
  /** The global ID of its end node. */
  to: string;
  /** Its type, e.g. "MEMBER_OF". */
  type: string;
};

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

/** A ATTENDED relationship to remove (MemberState -> Meeting: the State attended the meeting.). */
export type RemoveAttendedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A BASED_IN relationship to remove (Organisation -> MemberState: the organisation is based in the State.). */
export type RemoveBasedInInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A COMMEMORATED relationship to remove (Meeting -> Event: the meeting commemorated the anniversary.). */
export type RemoveCommemoratedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A CONCERNS relationship to remove (Decision -> Network, Project, Programme, Event or Organisation: what the decision is about.). */
export type RemoveConcernsInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A CONTRIBUTES_TO relationship to remove (Organisation -> Project: the organisation contributes, in the role given.). */
export type RemoveContributesToInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A CONVENED relationship to remove (Network -> Event: the network convened the event.). */
export type RemoveConvenedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A COVERS relationship to remove (Project -> Place: the project works in the place or region. Network -> MemberState: the network covers the State (its seas, its cities), where a source says so; covering a State is not having it as a member.). */
export type RemoveCoversInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A DOCUMENTED_IN relationship to remove (Meeting -> Source: a document or page about the meeting.). */
export type RemoveDocumentedInInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A FUNDED relationship to remove (Organisation or MemberState -> Project, Event or Network: it funded the work, with the amount, currency and years where a source states them.). */
export type RemoveFundedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A HAS_AGENDA_ITEM relationship to remove (Meeting -> AgendaItem: an item of its agenda.). */
export type RemoveHasAgendaItemInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A HAS_ANNEX relationship to remove (AgendaItem -> Source: a document annexed to the item.). */
export type RemoveHasAnnexInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A HELD_IN relationship to remove (Meeting or Event -> Place: where it was held.). */
export type RemoveHeldInInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A HELD_ROLE relationship to remove (Person -> Organisation or MemberState: the person held the public role, as a source names it on a date (a State: its government).), named by its ends and its role and date: the same two nodes may be joined by several. */
export type RemoveHeldRoleInput = {
  /** When a source names the person in the role (HELD_ROLE): a day, a month or a year, e.g. "2023-11-23". */
  date?: string | null | undefined;
  /** The global ID of the start node. */
  from: string;
  /** The title of the public role a source names a person in (HELD_ROLE), e.g. "Director-General for Climate, Environment and Science Diplomacy". */
  role: string;
  /** The global ID of the end node. */
  to: string;
};

/** A HOSTED relationship to remove (MemberState -> Meeting: the State hosted the meeting.). */
export type RemoveHostedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A LOCATED_IN relationship to remove (Place -> MemberState: the place is in the State.). */
export type RemoveLocatedInInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A MADE_AT relationship to remove (Decision -> Meeting: the meeting that made the decision.). */
export type RemoveMadeAtInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A MEMBER_OF relationship to remove (MemberState -> Network: the State is a member of the network (with how it takes part, and the number of sites it nominated, where a source says so).). */
export type RemoveMemberOfInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A OBSERVED relationship to remove (Organisation -> Meeting: the organisation attended as an observer.). */
export type RemoveObservedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A ORGANISED relationship to remove (Organisation -> Event: the organisation organised the event.). */
export type RemoveOrganisedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A PART_OF relationship to remove (Network or Project -> Programme: it belongs to the programme area.). */
export type RemovePartOfInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A PARTICIPATES_IN relationship to remove (MemberState -> Project: the State takes part in the project (with how, where a source says).). */
export type RemoveParticipatesInInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A PROPOSED relationship to remove (MemberState -> Decision: the decision was made on the State's proposal.). */
export type RemoveProposedInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A REPORTS_ON relationship to remove (Publication -> Programme, Project, Meeting or Network: the publication reports on it.). */
export type RemoveReportsOnInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A REVIEWS relationship to remove (AgendaItem -> Programme: the item reviewed the programme area.). */
export type RemoveReviewsInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A TARGETS relationship to remove (Programme or Project -> Species: it targets the species.). */
export type RemoveTargetsInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A TECHNICAL_CENTRE_OF relationship to remove (Organisation -> Network: the organisation is a technical centre of the network.). */
export type RemoveTechnicalCentreOfInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** A TOOK_PART_IN relationship to remove (Person -> Meeting or Event: the person took part, in the part a source names (chaired, spoke, led a delegation).). */
export type RemoveTookPartInInput = {
  /** The global ID of the start node. */
  from: string;
  /** The global ID of the end node. */
  to: string;
};

/** What sort of source. */
export type SourceKind =
  /** A document. */
  | 'DOCUMENT'
  /** A web page. */
  | 'WEB_PAGE';

/** What changes of an AgendaItem: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateAgendaItemInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the AgendaItem. */
  id: string;
  /** The meeting whose agenda it is on. Its global ID; it cannot change once made. */
  meeting?: string | null | undefined;
  /** As printed, with sub-items lettered: "1", "2a". */
  number?: string | null | undefined;
  /** As printed on the agenda. */
  title?: string | null | undefined;
};

/** What changes of a Decision: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateDecisionInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Decision. */
  id: string;
  /** Its key within its meeting, a slug, e.g. "neampan-launched". */
  key?: string | null | undefined;
  /** What the meeting did. */
  kind?: DecisionKind | null | undefined;
  /** The meeting that made it. Its global ID; it cannot change once made. */
  meeting?: string | null | undefined;
  /** What was decided, in one sentence. */
  summary?: string | null | undefined;
};

/** What changes of an Event: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateEventInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** Last day, where known. */
  endDate?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Event. */
  id: string;
  /** e.g. "symposium", "committee meeting", "anniversary". */
  kind?: string | null | undefined;
  /** Its name. */
  name?: string | null | undefined;
  /** Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting. */
  number?: number | null | undefined;
  /** True when it was held online. */
  online?: boolean | null | undefined;
  /** Its key. */
  slug?: string | null | undefined;
  /** First day, where known. */
  startDate?: string | null | undefined;
  /** What the event was. */
  summary?: string | null | undefined;
};

/** What changes of a Meeting: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateMeetingInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** UNCERTAIN when the sources disagree on its dates or place. */
  certainty?: string | null | undefined;
  /** Last day; null when no source gives it. */
  endDate?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Meeting. */
  id: string;
  /** The SOM number: 18 for SOM-18. */
  number?: number | null | undefined;
  /** True when it was held online. */
  online?: boolean | null | undefined;
  /** First day; null when no source gives it (a meeting known only by its number, see `coverage.date`). */
  startDate?: string | null | undefined;
  /** What the meeting was about. */
  summary?: string | null | undefined;
  /** e.g. "18th Senior Officials Meeting". */
  title?: string | null | undefined;
};

/** What changes of a MemberState: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateMemberStateInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the MemberState. */
  id: string;
  /** ISO 3166 alpha-3 code, e.g. "KOR". */
  iso3?: string | null | undefined;
  /** Its name. */
  name?: string | null | undefined;
};

/** What changes of a Network: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateNetworkInput = {
  /** Its acronym, e.g. "NEAMPAN" (null for a network without one). */
  acronym?: string | null | undefined;
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Network. */
  id: string;
  /** Its key, e.g. "som-18-report". */
  key?: string | null | undefined;
  /** Its name. */
  name?: string | null | undefined;
  /** What the network is and does. */
  summary?: string | null | undefined;
};

/** What changes of an Organisation: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateOrganisationInput = {
  /** Its acronym, where a source gives one. */
  acronym?: string | null | undefined;
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** When it was set up or opened, as precisely as a source says: a year ("1994"), a month ("1994-09") or a day ("2010-05-17"); null where no source says. */
  established?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Organisation. */
  id: string;
  /** Its name. */
  name?: string | null | undefined;
  /** Its key, e.g. "cass". */
  slug?: string | null | undefined;
  /** What it is and does for NEASPEC. */
  summary?: string | null | undefined;
};

/** What changes of a Person: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdatePersonInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Person. */
  id: string;
  /** Its name. */
  name?: string | null | undefined;
  /** Its key, e.g. "yun-hyunsoo". */
  slug?: string | null | undefined;
};

/** What changes of a Place: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdatePlaceInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Place. */
  id: string;
  /** City or region. */
  kind?: string | null | undefined;
  /** Its name. */
  name?: string | null | undefined;
  /** Its key, e.g. "ulaanbaatar". */
  slug?: string | null | undefined;
};

/** What changes of a Programme: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateProgrammeInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Programme. */
  id: string;
  /** Its name. */
  name?: string | null | undefined;
  /** Its key, e.g. "marine-protected-areas". */
  slug?: string | null | undefined;
  /** What the programme area covers. */
  summary?: string | null | undefined;
};

/** What changes of a Project: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateProjectInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Project. */
  id: string;
  /** Its name. */
  name?: string | null | undefined;
  /** Its key, e.g. "amur-tiger-leopard-dna-analysis". */
  slug?: string | null | undefined;
  /** What the project does. */
  summary?: string | null | undefined;
};

/** What changes of a Publication: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdatePublicationInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** Who wrote it, where a source says. */
  author?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Publication. */
  id: string;
  /** Who published it, where a source says. */
  publisher?: string | null | undefined;
  /** Its document symbol, e.g. "ST/ESCAP/2495". */
  reference?: string | null | undefined;
  /** Its key, e.g. "saving-the-flagship-species". */
  slug?: string | null | undefined;
  /** Its title. */
  title?: string | null | undefined;
  /** Where to read it. */
  url?: string | null | undefined;
  /** The year it was published, where a source gives it. */
  year?: number | null | undefined;
};

/** What changes of a Source: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateSourceInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** True when the page only announces what it is about (a programme, "will be held") and reports none of it as done: what such pages alone support is recorded as announced, never as held. */
  announces?: boolean | null | undefined;
  /** Who wrote it. */
  author?: string | null | undefined;
  /** When it was published or dated, as precisely as it says: a year ("1992"), a month ("2025-09") or a day ("2024-12-13"). */
  date?: string | null | undefined;
  /** Where the source itself is cited, if anywhere (a source needs no evidence). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Source. */
  id: string;
  /** Its key, e.g. "som-18-report". */
  key?: string | null | undefined;
  /** Web page or document. */
  kind?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** Its document symbol, e.g. "ST/ESCAP/2495". */
  reference?: string | null | undefined;
  /** Its full text, when the graph holds it (quotes in evidence are exact parts of it). */
  text?: string | null | undefined;
  /** Its title. */
  title?: string | null | undefined;
  /** Where to read it. */
  url?: string | null | undefined;
};

/** What changes of a Species: a field left out stays as it is, a field given as null is cleared (a required one cannot be). */
export type UpdateSpeciesInput = {
  /** Other names the sources use for it. */
  aliases?: Array<string> | null | undefined;
  /** Its common name, e.g. "Amur leopard". */
  commonName?: string | null | undefined;
  /** The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The global ID of the Species. */
  id: string;
  /** Its scientific name, where a source gives it. */
  scientificName?: string | null | undefined;
  /** Its key, e.g. "amur-leopard". */
  slug?: string | null | undefined;
};

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

export type ProblemsFragment = { message: string, problems: Array<{ field: string, message: string }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, editor: boolean } | null };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, name: string, url: string | null }> };

export type HistoryQueryVariables = Exact<{
  of: string;
  after?: string | null | undefined;
}>;


export type HistoryQuery = { history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, by: string, origin: ChangeOrigin, operation: string, facts: Array<{ action: FactAction, label: string | null, type: string | null, id: string | null, from: string | null, to: string | null, before: unknown, after: unknown }>, reverts: { id: string } | null, revertedBy: { id: string, at: string, by: string } | null } }> } };

export type RevertChangeMutationVariables = Exact<{
  id: string;
}>;


export type RevertChangeMutation = { revertChange:
    | (
      { id: string }
      & { __typename: 'Change' }
    )
    | (
      { message: string }
      & { __typename: 'ConflictError' | 'NotFoundError' }
    )
   };

export type AddEvidenceMutationVariables = Exact<{
  input: EvidenceChangeInput;
}>;


export type AddEvidenceMutation = { addEvidence:
    | { __typename: 'EvidencedFact' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedAgendaItemQueryVariables = Exact<{
  id: string;
}>;


export type EditedAgendaItemQuery = { node:
    | { aliases: Array<string>, number: string, title: string, id: string, meeting: { id: string } }
    | { id: string }
   | null };

export type CreateAgendaItemMutationVariables = Exact<{
  input: CreateAgendaItemInput;
}>;


export type CreateAgendaItemMutation = { createAgendaItem:
    | (
      { id: string }
      & { __typename: 'AgendaItem' }
    )
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
   };

export type UpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;


export type UpdateAgendaItemMutation = { updateAgendaItem:
    | (
      { id: string }
      & { __typename: 'AgendaItem' }
    )
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type DeleteAgendaItemMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAgendaItemMutation = { deleteAgendaItem:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedDecisionQueryVariables = Exact<{
  id: string;
}>;


export type EditedDecisionQuery = { node:
    | { id: string }
    | { aliases: Array<string>, kind: DecisionKind, summary: string, id: string, meeting: { id: string } }
   | null };

export type CreateDecisionMutationVariables = Exact<{
  input: CreateDecisionInput;
}>;


export type CreateDecisionMutation = { createDecision:
    | (
      { id: string }
      & { __typename: 'Decision' }
    )
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
   };

export type UpdateDecisionMutationVariables = Exact<{
  input: UpdateDecisionInput;
}>;


export type UpdateDecisionMutation = { updateDecision:
    | (
      { id: string }
      & { __typename: 'Decision' }
    )
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type DeleteDecisionMutationVariables = Exact<{
  id: string;
}>;


export type DeleteDecisionMutation = { deleteDecision:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedEventQueryVariables = Exact<{
  id: string;
}>;


export type EditedEventQuery = { node:
    | { id: string }
    | { aliases: Array<string>, endDate: string | null, kind: string, name: string, number: number | null, online: boolean, slug: string, startDate: string | null, summary: string | null, id: string }
   | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent:
    | (
      { id: string }
      & { __typename: 'Event' }
    )
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
   };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent:
    | (
      { id: string }
      & { __typename: 'Event' }
    )
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type DeleteEventMutationVariables = Exact<{
  id: string;
}>;


export type DeleteEventMutation = { deleteEvent:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedMeetingQueryVariables = Exact<{
  id: string;
}>;


export type EditedMeetingQuery = { node:
    | { id: string }
    | { aliases: Array<string>, certainty: Certainty, endDate: string | null, number: number, online: boolean, startDate: string | null, summary: string | null, title: string, id: string }
   | null };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { createMeeting:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Meeting' }
    )
   };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Meeting' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type DeleteMeetingMutationVariables = Exact<{
  id: string;
}>;


export type DeleteMeetingMutation = { deleteMeeting:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedMemberStateQueryVariables = Exact<{
  id: string;
}>;


export type EditedMemberStateQuery = { node:
    | { id: string }
    | { aliases: Array<string>, iso3: string, name: string, id: string }
   | null };

export type CreateMemberStateMutationVariables = Exact<{
  input: CreateMemberStateInput;
}>;


export type CreateMemberStateMutation = { createMemberState:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'MemberState' }
    )
   };

export type UpdateMemberStateMutationVariables = Exact<{
  input: UpdateMemberStateInput;
}>;


export type UpdateMemberStateMutation = { updateMemberState:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'MemberState' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type DeleteMemberStateMutationVariables = Exact<{
  id: string;
}>;


export type DeleteMemberStateMutation = { deleteMemberState:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedNetworkQueryVariables = Exact<{
  id: string;
}>;


export type EditedNetworkQuery = { node:
    | { id: string }
    | { acronym: string | null, aliases: Array<string>, name: string, summary: string | null, id: string }
   | null };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Network' }
    )
   };

export type UpdateNetworkMutationVariables = Exact<{
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { updateNetwork:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Network' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type DeleteNetworkMutationVariables = Exact<{
  id: string;
}>;


export type DeleteNetworkMutation = { deleteNetwork:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedOrganisationQueryVariables = Exact<{
  id: string;
}>;


export type EditedOrganisationQuery = { node:
    | { id: string }
    | { acronym: string | null, aliases: Array<string>, established: string | null, name: string, slug: string, summary: string | null, id: string }
   | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Organisation' }
    )
   };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Organisation' }
    )
   };

export type DeleteOrganisationMutationVariables = Exact<{
  id: string;
}>;


export type DeleteOrganisationMutation = { deleteOrganisation:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedPersonQueryVariables = Exact<{
  id: string;
}>;


export type EditedPersonQuery = { node:
    | { id: string }
    | { aliases: Array<string>, name: string, slug: string, id: string }
   | null };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Person' }
    )
   };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Person' }
    )
   };

export type DeletePersonMutationVariables = Exact<{
  id: string;
}>;


export type DeletePersonMutation = { deletePerson:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedPlaceQueryVariables = Exact<{
  id: string;
}>;


export type EditedPlaceQuery = { node:
    | { id: string }
    | { aliases: Array<string>, kind: PlaceKind, name: string, slug: string, id: string }
   | null };

export type CreatePlaceMutationVariables = Exact<{
  input: CreatePlaceInput;
}>;


export type CreatePlaceMutation = { createPlace:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Place' }
    )
   };

export type UpdatePlaceMutationVariables = Exact<{
  input: UpdatePlaceInput;
}>;


export type UpdatePlaceMutation = { updatePlace:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Place' }
    )
   };

export type DeletePlaceMutationVariables = Exact<{
  id: string;
}>;


export type DeletePlaceMutation = { deletePlace:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type EditedProgrammeQuery = { node:
    | { id: string }
    | { aliases: Array<string>, name: string, slug: string, summary: string | null, id: string }
   | null };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Programme' }
    )
   };

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = { updateProgramme:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Programme' }
    )
   };

export type DeleteProgrammeMutationVariables = Exact<{
  id: string;
}>;


export type DeleteProgrammeMutation = { deleteProgramme:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedProjectQueryVariables = Exact<{
  id: string;
}>;


export type EditedProjectQuery = { node:
    | { id: string }
    | { aliases: Array<string>, name: string, slug: string, summary: string | null, id: string }
   | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Project' }
    )
   };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Project' }
    )
   };

export type DeleteProjectMutationVariables = Exact<{
  id: string;
}>;


export type DeleteProjectMutation = { deleteProject:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedPublicationQueryVariables = Exact<{
  id: string;
}>;


export type EditedPublicationQuery = { node:
    | { id: string }
    | { aliases: Array<string>, author: string | null, publisher: string | null, reference: string | null, slug: string, title: string, url: string | null, year: number | null, id: string }
   | null };

export type CreatePublicationMutationVariables = Exact<{
  input: CreatePublicationInput;
}>;


export type CreatePublicationMutation = { createPublication:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Publication' }
    )
   };

export type UpdatePublicationMutationVariables = Exact<{
  input: UpdatePublicationInput;
}>;


export type UpdatePublicationMutation = { updatePublication:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Publication' }
    )
   };

export type DeletePublicationMutationVariables = Exact<{
  id: string;
}>;


export type DeletePublicationMutation = { deletePublication:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedSourceQueryVariables = Exact<{
  id: string;
}>;


export type EditedSourceQuery = { node:
    | { id: string }
    | { aliases: Array<string>, announces: boolean, author: string | null, date: string | null, kind: SourceKind, publisher: string | null, reference: string | null, text: string | null, title: string, url: string | null, id: string }
   | null };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { createSource:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Source' }
    )
   };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Source' }
    )
   };

export type DeleteSourceMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSourceMutation = { deleteSource:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type EditedSpeciesQueryVariables = Exact<{
  id: string;
}>;


export type EditedSpeciesQuery = { node:
    | { id: string }
    | { aliases: Array<string>, commonName: string, scientificName: string | null, slug: string, id: string }
   | null };

export type CreateSpeciesMutationVariables = Exact<{
  input: CreateSpeciesInput;
}>;


export type CreateSpeciesMutation = { createSpecies:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { id: string }
      & { __typename: 'Species' }
    )
   };

export type UpdateSpeciesMutationVariables = Exact<{
  input: UpdateSpeciesInput;
}>;


export type UpdateSpeciesMutation = { updateSpecies:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | (
      { id: string }
      & { __typename: 'Species' }
    )
   };

export type DeleteSpeciesMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSpeciesMutation = { deleteSpecies:
    | { __typename: 'DeletedNode' }
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
   };

export type AddAttendedMutationVariables = Exact<{
  input: AddAttendedInput;
}>;


export type AddAttendedMutation = { addAttended:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveAttendedMutationVariables = Exact<{
  input: RemoveAttendedInput;
}>;


export type RemoveAttendedMutation = { removeAttended:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddBasedInMutationVariables = Exact<{
  input: AddBasedInInput;
}>;


export type AddBasedInMutation = { addBasedIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveBasedInMutationVariables = Exact<{
  input: RemoveBasedInInput;
}>;


export type RemoveBasedInMutation = { removeBasedIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddCommemoratedMutationVariables = Exact<{
  input: AddCommemoratedInput;
}>;


export type AddCommemoratedMutation = { addCommemorated:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveCommemoratedMutationVariables = Exact<{
  input: RemoveCommemoratedInput;
}>;


export type RemoveCommemoratedMutation = { removeCommemorated:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddConcernsMutationVariables = Exact<{
  input: AddConcernsInput;
}>;


export type AddConcernsMutation = { addConcerns:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveConcernsMutationVariables = Exact<{
  input: RemoveConcernsInput;
}>;


export type RemoveConcernsMutation = { removeConcerns:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddContributesToMutationVariables = Exact<{
  input: AddContributesToInput;
}>;


export type AddContributesToMutation = { addContributesTo:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveContributesToMutationVariables = Exact<{
  input: RemoveContributesToInput;
}>;


export type RemoveContributesToMutation = { removeContributesTo:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddConvenedMutationVariables = Exact<{
  input: AddConvenedInput;
}>;


export type AddConvenedMutation = { addConvened:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveConvenedMutationVariables = Exact<{
  input: RemoveConvenedInput;
}>;


export type RemoveConvenedMutation = { removeConvened:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddCoversMutationVariables = Exact<{
  input: AddCoversInput;
}>;


export type AddCoversMutation = { addCovers:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveCoversMutationVariables = Exact<{
  input: RemoveCoversInput;
}>;


export type RemoveCoversMutation = { removeCovers:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddDocumentedInMutationVariables = Exact<{
  input: AddDocumentedInInput;
}>;


export type AddDocumentedInMutation = { addDocumentedIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveDocumentedInMutationVariables = Exact<{
  input: RemoveDocumentedInInput;
}>;


export type RemoveDocumentedInMutation = { removeDocumentedIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddFundedMutationVariables = Exact<{
  input: AddFundedInput;
}>;


export type AddFundedMutation = { addFunded:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveFundedMutationVariables = Exact<{
  input: RemoveFundedInput;
}>;


export type RemoveFundedMutation = { removeFunded:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddHasAgendaItemMutationVariables = Exact<{
  input: AddHasAgendaItemInput;
}>;


export type AddHasAgendaItemMutation = { addHasAgendaItem:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveHasAgendaItemMutationVariables = Exact<{
  input: RemoveHasAgendaItemInput;
}>;


export type RemoveHasAgendaItemMutation = { removeHasAgendaItem:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddHasAnnexMutationVariables = Exact<{
  input: AddHasAnnexInput;
}>;


export type AddHasAnnexMutation = { addHasAnnex:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveHasAnnexMutationVariables = Exact<{
  input: RemoveHasAnnexInput;
}>;


export type RemoveHasAnnexMutation = { removeHasAnnex:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddHeldInMutationVariables = Exact<{
  input: AddHeldInInput;
}>;


export type AddHeldInMutation = { addHeldIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveHeldInMutationVariables = Exact<{
  input: RemoveHeldInInput;
}>;


export type RemoveHeldInMutation = { removeHeldIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddHeldRoleMutationVariables = Exact<{
  input: AddHeldRoleInput;
}>;


export type AddHeldRoleMutation = { addHeldRole:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveHeldRoleMutationVariables = Exact<{
  input: RemoveHeldRoleInput;
}>;


export type RemoveHeldRoleMutation = { removeHeldRole:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddHostedMutationVariables = Exact<{
  input: AddHostedInput;
}>;


export type AddHostedMutation = { addHosted:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveHostedMutationVariables = Exact<{
  input: RemoveHostedInput;
}>;


export type RemoveHostedMutation = { removeHosted:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddLocatedInMutationVariables = Exact<{
  input: AddLocatedInInput;
}>;


export type AddLocatedInMutation = { addLocatedIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveLocatedInMutationVariables = Exact<{
  input: RemoveLocatedInInput;
}>;


export type RemoveLocatedInMutation = { removeLocatedIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddMadeAtMutationVariables = Exact<{
  input: AddMadeAtInput;
}>;


export type AddMadeAtMutation = { addMadeAt:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveMadeAtMutationVariables = Exact<{
  input: RemoveMadeAtInput;
}>;


export type RemoveMadeAtMutation = { removeMadeAt:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddMemberOfMutationVariables = Exact<{
  input: AddMemberOfInput;
}>;


export type AddMemberOfMutation = { addMemberOf:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveMemberOfMutationVariables = Exact<{
  input: RemoveMemberOfInput;
}>;


export type RemoveMemberOfMutation = { removeMemberOf:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddObservedMutationVariables = Exact<{
  input: AddObservedInput;
}>;


export type AddObservedMutation = { addObserved:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveObservedMutationVariables = Exact<{
  input: RemoveObservedInput;
}>;


export type RemoveObservedMutation = { removeObserved:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddOrganisedMutationVariables = Exact<{
  input: AddOrganisedInput;
}>;


export type AddOrganisedMutation = { addOrganised:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveOrganisedMutationVariables = Exact<{
  input: RemoveOrganisedInput;
}>;


export type RemoveOrganisedMutation = { removeOrganised:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddPartOfMutationVariables = Exact<{
  input: AddPartOfInput;
}>;


export type AddPartOfMutation = { addPartOf:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemovePartOfMutationVariables = Exact<{
  input: RemovePartOfInput;
}>;


export type RemovePartOfMutation = { removePartOf:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddParticipatesInMutationVariables = Exact<{
  input: AddParticipatesInInput;
}>;


export type AddParticipatesInMutation = { addParticipatesIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveParticipatesInMutationVariables = Exact<{
  input: RemoveParticipatesInInput;
}>;


export type RemoveParticipatesInMutation = { removeParticipatesIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddProposedMutationVariables = Exact<{
  input: AddProposedInput;
}>;


export type AddProposedMutation = { addProposed:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveProposedMutationVariables = Exact<{
  input: RemoveProposedInput;
}>;


export type RemoveProposedMutation = { removeProposed:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddReportsOnMutationVariables = Exact<{
  input: AddReportsOnInput;
}>;


export type AddReportsOnMutation = { addReportsOn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveReportsOnMutationVariables = Exact<{
  input: RemoveReportsOnInput;
}>;


export type RemoveReportsOnMutation = { removeReportsOn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddReviewsMutationVariables = Exact<{
  input: AddReviewsInput;
}>;


export type AddReviewsMutation = { addReviews:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveReviewsMutationVariables = Exact<{
  input: RemoveReviewsInput;
}>;


export type RemoveReviewsMutation = { removeReviews:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddTargetsMutationVariables = Exact<{
  input: AddTargetsInput;
}>;


export type AddTargetsMutation = { addTargets:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveTargetsMutationVariables = Exact<{
  input: RemoveTargetsInput;
}>;


export type RemoveTargetsMutation = { removeTargets:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddTechnicalCentreOfMutationVariables = Exact<{
  input: AddTechnicalCentreOfInput;
}>;


export type AddTechnicalCentreOfMutation = { addTechnicalCentreOf:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveTechnicalCentreOfMutationVariables = Exact<{
  input: RemoveTechnicalCentreOfInput;
}>;


export type RemoveTechnicalCentreOfMutation = { removeTechnicalCentreOf:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };

export type AddTookPartInMutationVariables = Exact<{
  input: AddTookPartInInput;
}>;


export type AddTookPartInMutation = { addTookPartIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | { __typename: 'Relationship' }
   };

export type RemoveTookPartInMutationVariables = Exact<{
  input: RemoveTookPartInInput;
}>;


export type RemoveTookPartInMutation = { removeTookPartIn:
    | (
      { message: string, problems: Array<{ field: string, message: string }> }
      & { __typename: 'InvalidInputError' }
    )
    | (
      { message: string }
      & { __typename: 'NotFoundError' }
    )
    | { __typename: 'RemovedRelationship' }
   };
