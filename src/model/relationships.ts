/**
 * Every relationship type of the graph, declared once: which labels it joins, what it means,
 * and the field it is at each end (name, description, one or many, and how many nodes one node
 * may have at the far end, for the query cost estimate). The dataset compiler, the GraphQL
 * types, the planner, the stats and curation all read this table; a field on a label that
 * cannot be at that end of the relationship does not compile.
 */
import { maxLength, type PropertyDeclaration } from './entities.ts';
import type { Label } from './labels.ts';

/** One end of a relationship, seen as a field of the type at that end. */
export interface End<Far extends Label> {
  field: string;
  description: string;
  /** Only these labels at the far end (by default every label the far end may have). */
  far?: readonly Far[];
  /** At most one node at the far end: a single object, or null. */
  one?: true;
  /** With `one`: every node of this label has exactly one (the field is never null). */
  required?: true;
  /** The most nodes one node has at the far end (lists only): what the cost estimate assumes. */
  fanOut?: number;
  /** The GraphQL union of the labels at the far end, where there are several. */
  union?: { name: string; description: string };
}

type Ends<Near extends Label, Far extends Label> = {
  readonly [L in Near]?: End<Far> | readonly End<Far>[];
};

export interface Relationship<From extends Label = Label, To extends Label = Label> {
  from: readonly From[];
  to: readonly To[];
  /** What it means, with its direction: shown in GraphiQL. */
  meaning: string;
  /** Properties besides evidence and origin, e.g. a contributor's role. */
  properties?: Readonly<Record<string, PropertyDeclaration>>;
  /**
   * The properties whose values, with the type and the two ends, tell one relationship from
   * another: the type may join the same two nodes several times, once per distinct set of these
   * values (a person named in two roles at one body, or in one role on two dates), and every
   * write, removal, history entry and export names them. Without them a type joins two nodes
   * at most once, and a link stated twice is one relationship with the evidence of both.
   */
  identifiedBy?: readonly string[];
  /** The fields on the start node's type, reading the relationship forwards. */
  out: Ends<From, To>;
  /** The fields on the end node's type, reading the relationship backwards. */
  in: Ends<To, From>;
}

const relationship = <
  const From extends Label,
  const To extends Label,
  const P extends Readonly<Record<string, PropertyDeclaration>> = Record<never, never>,
>(
  // Only declared properties identify a relationship.
  declaration: Relationship<From, To> & { properties?: P; identifiedBy?: readonly (keyof P)[] },
) => declaration;

/** The ends of FUNDED: what a funder funded, and who funded a piece of work. */
const funding = (who: string): End<'Project' | 'Event' | 'Network'> => ({
  field: 'funded',
  description: `Projects, events and networks ${who} funded (the amounts are on \`relationships(types: [FUNDED])\`).`,
  fanOut: 20,
  union: { name: 'FundedWork', description: 'A project, event or network someone funded.' },
});
const funders: End<'Organisation' | 'MemberState'> = {
  field: 'funders',
  description: 'Who funded it.',
  fanOut: 10,
  union: { name: 'Funder', description: 'An organisation or a member State that funded work.' },
};

export const relationships = {
  ATTENDED: relationship({
    from: ['MemberState'],
    to: ['Meeting'],
    meaning: 'MemberState -> Meeting: the State attended the meeting.',
    out: {
      MemberState: {
        field: 'attendedMeetings',
        description: 'The meetings a source says it attended.',
        fanOut: 30,
      },
    },
    in: {
      Meeting: {
        field: 'attendees',
        description:
          'The States a source says attended (empty: see `coverage.attendance` for none or not recorded).',
        fanOut: 6,
      },
    },
  }),
  BASED_IN: relationship({
    from: ['Organisation'],
    to: ['MemberState'],
    meaning: 'Organisation -> MemberState: the organisation is based in the State.',
    out: {
      Organisation: {
        field: 'basedIn',
        description: 'The member State it is based in, where a source says so.',
        one: true,
      },
    },
    in: {
      MemberState: {
        field: 'organisations',
        description: 'Organisations based in it.',
        fanOut: 20,
      },
    },
  }),
  COMMEMORATED: relationship({
    from: ['Meeting'],
    to: ['Event'],
    meaning: 'Meeting -> Event: the meeting commemorated the anniversary.',
    out: {
      Meeting: {
        field: 'commemorated',
        description: 'Anniversaries it commemorated.',
        fanOut: 3,
      },
    },
    in: {
      Event: {
        field: 'commemoratedAt',
        description: 'Meetings that commemorated it.',
        fanOut: 3,
      },
    },
  }),
  CONCERNS: relationship({
    from: ['Decision'],
    to: ['Network', 'Project', 'Programme', 'Event', 'Organisation'],
    meaning:
      'Decision -> Network, Project, Programme, Event or Organisation: what the decision is about.',
    out: {
      Decision: {
        field: 'subjects',
        description:
          'What it is about: networks, projects, programme areas, events, organisations.',
        fanOut: 5,
      },
    },
    in: {
      Network: { field: 'decisions', description: 'Meeting decisions about it.', fanOut: 20 },
      Project: { field: 'decisions', description: 'Meeting decisions about it.', fanOut: 20 },
      Event: { field: 'decisions', description: 'Decisions about it.', fanOut: 5 },
      Organisation: { field: 'decisions', description: 'Decisions about it.', fanOut: 5 },
    },
  }),
  CONTRIBUTES_TO: relationship({
    from: ['Organisation'],
    to: ['Project'],
    meaning: 'Organisation -> Project: the organisation contributes, in the role given.',
    properties: {
      role: {
        type: 'string',
        required: true,
        maxLength: maxLength.text,
        description: 'The part an organisation plays in a project (CONTRIBUTES_TO), e.g. "funder".',
      },
    },
    out: {
      Organisation: {
        field: 'projects',
        description: 'Projects it contributes to.',
        fanOut: 10,
      },
    },
    in: {
      Project: {
        field: 'organisations',
        description:
          'Organisations contributing (their role is on `relationships(types: [CONTRIBUTES_TO])`).',
        fanOut: 10,
      },
    },
  }),
  CONVENED: relationship({
    from: ['Network'],
    to: ['Event'],
    meaning: 'Network -> Event: the network convened the event.',
    out: { Network: { field: 'events', description: 'Events it convened.', fanOut: 20 } },
    in: { Event: { field: 'convenedBy', description: 'Networks that convened it.', fanOut: 3 } },
  }),
  COVERS: relationship({
    from: ['Project', 'Network'],
    to: ['Place', 'MemberState'],
    meaning:
      'Project -> Place: the project works in the place or region. Network -> MemberState: the network covers the State (its seas, its cities), where a source says so; covering a State is not having it as a member.',
    out: {
      Project: {
        field: 'regions',
        far: ['Place'],
        description: 'The places and regions it covers.',
        fanOut: 6,
      },
      Network: {
        field: 'coveredStates',
        far: ['MemberState'],
        description:
          'The member States a source says it covers (e.g. whose seas it spans); its members are `memberStates`.',
        fanOut: 6,
      },
    },
    in: {
      Place: {
        field: 'projects',
        far: ['Project'],
        description: 'Projects covering it.',
        fanOut: 10,
      },
      MemberState: {
        field: 'coveringNetworks',
        far: ['Network'],
        description: 'The networks a source says cover it, member or not.',
        fanOut: 10,
      },
    },
  }),
  DOCUMENTED_IN: relationship({
    from: ['Meeting'],
    to: ['Source'],
    meaning: 'Meeting -> Source: a document or page about the meeting.',
    out: {
      Meeting: {
        field: 'sources',
        description: 'Documents and pages about the meeting, e.g. its report.',
        fanOut: 10,
      },
    },
    in: { Source: { field: 'meetings', description: 'Meetings it documents.', fanOut: 10 } },
  }),
  FUNDED: relationship({
    from: ['Organisation', 'MemberState'],
    to: ['Project', 'Event', 'Network'],
    meaning:
      'Organisation or MemberState -> Project, Event or Network: it funded the work, with the amount, currency and years where a source states them.',
    properties: {
      amount: {
        type: 'int',
        description: 'How much it gave (FUNDED), in `currency`, where a source states it.',
      },
      currency: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'The currency of `amount` (FUNDED), as the source writes it, e.g. "USD".',
      },
      years: {
        type: 'string',
        maxLength: maxLength.text,
        description:
          'The years the funding covers (FUNDED), as the source states them, e.g. "2006-2010".',
      },
    },
    out: { Organisation: funding('it'), MemberState: funding('its government') },
    in: { Project: funders, Event: funders, Network: funders },
  }),
  HAS_AGENDA_ITEM: relationship({
    from: ['Meeting'],
    to: ['AgendaItem'],
    meaning: 'Meeting -> AgendaItem: an item of its agenda.',
    out: {
      Meeting: {
        field: 'agenda',
        description: 'Its agenda, in order (where the sources give it).',
        fanOut: 20,
      },
    },
    in: {
      AgendaItem: {
        field: 'meeting',
        description: 'The meeting whose agenda it is on.',
        one: true,
        required: true,
      },
    },
  }),
  HAS_ANNEX: relationship({
    from: ['AgendaItem'],
    to: ['Source'],
    meaning: 'AgendaItem -> Source: a document annexed to the item.',
    out: { AgendaItem: { field: 'annexes', description: 'Documents annexed to it.', fanOut: 5 } },
    in: {
      Source: { field: 'annexOf', description: 'Agenda items it is annexed to.', fanOut: 5 },
    },
  }),
  HELD_IN: relationship({
    from: ['Meeting', 'Event'],
    to: ['Place'],
    meaning: 'Meeting or Event -> Place: where it was held.',
    out: {
      Meeting: {
        field: 'city',
        description: 'Where it was held; null online or not recorded (see `coverage.city`).',
        one: true,
      },
      Event: { field: 'place', description: 'Where it was held.', one: true },
    },
    in: {
      Place: [
        { field: 'meetings', far: ['Meeting'], description: 'Meetings held here.', fanOut: 10 },
        { field: 'events', far: ['Event'], description: 'Events held here.', fanOut: 10 },
      ],
    },
  }),
  HELD_ROLE: relationship({
    from: ['Person'],
    to: ['Organisation', 'MemberState'],
    meaning:
      'Person -> Organisation or MemberState: the person held the public role, as a source names it on a date (a State: its government).',
    properties: {
      role: {
        type: 'string',
        required: true,
        maxLength: maxLength.text,
        description:
          'The title of the public role a source names a person in (HELD_ROLE), e.g. "Director-General for Climate, Environment and Science Diplomacy".',
      },
      date: {
        type: 'string',
        description:
          'When a source names the person in the role (HELD_ROLE): a day, a month or a year, e.g. "2023-11-23".',
      },
    },
    // Each role a source names, on each date it names it, is a fact of its own with its evidence.
    identifiedBy: ['role', 'date'],
    out: {
      Person: {
        field: 'roles',
        description:
          'The organisations and governments it held a public role in (role and date are on `relationships(types: [HELD_ROLE])`).',
        fanOut: 10,
        union: {
          name: 'PublicBody',
          description: 'An organisation, or a member State for its government.',
        },
      },
    },
    in: {
      Organisation: {
        field: 'people',
        description: 'People the sources name in a public role in it.',
        fanOut: 30,
      },
      MemberState: {
        field: 'people',
        description: 'People the sources name in a public role in its government.',
        fanOut: 30,
      },
    },
  }),
  HOSTED: relationship({
    from: ['MemberState'],
    to: ['Meeting'],
    meaning: 'MemberState -> Meeting: the State hosted the meeting.',
    out: {
      MemberState: {
        field: 'hostedMeetings',
        description: 'The Senior Officials Meetings it hosted (where a source names the host).',
        fanOut: 10,
      },
    },
    in: {
      Meeting: {
        field: 'hostState',
        description:
          'The State that hosted it, where a source names it; null when none or not recorded (see `coverage.host`).',
        one: true,
      },
    },
  }),
  LOCATED_IN: relationship({
    from: ['Place'],
    to: ['MemberState'],
    meaning: 'Place -> MemberState: the place is in the State.',
    out: {
      Place: {
        field: 'state',
        description: 'The member State it is in, where a source says so.',
        one: true,
      },
    },
    in: {
      MemberState: { field: 'places', description: 'Places a source locates in it.', fanOut: 20 },
    },
  }),
  MADE_AT: relationship({
    from: ['Decision'],
    to: ['Meeting'],
    meaning: 'Decision -> Meeting: the meeting that made the decision.',
    out: {
      Decision: {
        field: 'meeting',
        description: 'The meeting that made it.',
        one: true,
        required: true,
      },
    },
    in: { Meeting: { field: 'decisions', description: 'What it decided.', fanOut: 20 } },
  }),
  MEMBER_OF: relationship({
    from: ['MemberState'],
    to: ['Network'],
    meaning:
      'MemberState -> Network: the State is a member of the network (with how it takes part, and the number of sites it nominated, where a source says so).',
    properties: {
      sites: {
        type: 'int',
        description:
          "How many sites of the network the State has nominated (MEMBER_OF), where a source counts them: NEAMPAN's target MPAs.",
      },
      role: {
        type: 'string',
        maxLength: maxLength.text,
        description:
          'How the State takes part (MEMBER_OF, PARTICIPATES_IN), where a source says, e.g. "nominated sites"; several ways are joined by "; ".',
      },
    },
    out: {
      MemberState: {
        field: 'networks',
        description: 'The networks it is a member of.',
        fanOut: 10,
      },
    },
    in: {
      Network: {
        field: 'memberStates',
        description: 'Its member States (where a source lists them).',
        fanOut: 6,
      },
    },
  }),
  OBSERVED: relationship({
    from: ['Organisation'],
    to: ['Meeting'],
    meaning: 'Organisation -> Meeting: the organisation attended as an observer.',
    out: {
      Organisation: {
        field: 'observedMeetings',
        description: 'Meetings it attended as an observer.',
        fanOut: 10,
      },
    },
    in: {
      Meeting: {
        field: 'observers',
        description: 'Organisations that attended as observers.',
        fanOut: 10,
      },
    },
  }),
  ORGANISED: relationship({
    from: ['Organisation'],
    to: ['Event'],
    meaning: 'Organisation -> Event: the organisation organised the event.',
    out: {
      Organisation: {
        field: 'organisedEvents',
        description: 'Events it organised.',
        fanOut: 10,
      },
    },
    in: {
      Event: {
        field: 'organisers',
        description: 'Organisations that organised it.',
        fanOut: 5,
      },
    },
  }),
  PART_OF: relationship({
    from: ['Network', 'Project'],
    to: ['Programme'],
    meaning: 'Network or Project -> Programme: it belongs to the programme area.',
    out: {
      Network: {
        field: 'programme',
        description: 'The programme area it belongs to.',
        one: true,
      },
      Project: {
        field: 'programme',
        description: 'The programme area it belongs to (null where no source says).',
        one: true,
      },
    },
    in: {
      Programme: [
        { field: 'networks', far: ['Network'], description: 'Its networks.', fanOut: 5 },
        { field: 'projects', far: ['Project'], description: 'Its projects.', fanOut: 10 },
      ],
    },
  }),
  PARTICIPATES_IN: relationship({
    from: ['MemberState'],
    to: ['Project'],
    meaning:
      'MemberState -> Project: the State takes part in the project (with how, where a source says).',
    properties: {
      role: {
        type: 'string',
        maxLength: maxLength.text,
        description:
          'How the State takes part (MEMBER_OF, PARTICIPATES_IN), where a source says, e.g. "nominated sites"; several ways are joined by "; ".',
      },
    },
    out: {
      MemberState: {
        field: 'projects',
        description: 'The projects it takes part in.',
        fanOut: 20,
      },
    },
    in: {
      Project: {
        field: 'participants',
        description: 'The member States taking part.',
        fanOut: 6,
      },
    },
  }),
  PROPOSED: relationship({
    from: ['MemberState'],
    to: ['Decision'],
    meaning: "MemberState -> Decision: the decision was made on the State's proposal.",
    out: {
      MemberState: {
        field: 'proposedDecisions',
        description: 'The decisions made on its proposal.',
        fanOut: 20,
      },
    },
    in: {
      Decision: {
        field: 'proposedBy',
        description: 'The State on whose proposal it was made, where a source names one.',
        one: true,
      },
    },
  }),
  REVIEWS: relationship({
    from: ['AgendaItem'],
    to: ['Programme'],
    meaning: 'AgendaItem -> Programme: the item reviewed the programme area.',
    out: {
      AgendaItem: {
        field: 'reviews',
        description: 'The programme areas it reviewed.',
        fanOut: 5,
      },
    },
    in: {
      Programme: {
        field: 'agendaItems',
        description: 'Meeting agenda items that reviewed it.',
        fanOut: 30,
      },
    },
  }),
  REPORTS_ON: relationship({
    from: ['Publication'],
    to: ['Programme', 'Project', 'Meeting', 'Network'],
    meaning:
      'Publication -> Programme, Project, Meeting or Network: the publication reports on it.',
    out: {
      Publication: [
        {
          field: 'programmes',
          far: ['Programme'],
          description: 'Programme areas it reports on.',
          fanOut: 5,
        },
        { field: 'projects', far: ['Project'], description: 'Projects it reports on.', fanOut: 5 },
        {
          field: 'meetings',
          far: ['Meeting'],
          description: 'Meetings it was written for or reports on.',
          fanOut: 5,
        },
        { field: 'networks', far: ['Network'], description: 'Networks it reports on.', fanOut: 5 },
      ],
    },
    in: {
      Programme: { field: 'publications', description: 'Publications about it.', fanOut: 20 },
      Project: { field: 'publications', description: 'Publications about it.', fanOut: 10 },
      Meeting: {
        field: 'publications',
        description: 'Publications written for it or about it.',
        fanOut: 10,
      },
      Network: { field: 'publications', description: 'Publications about it.', fanOut: 10 },
    },
  }),
  TARGETS: relationship({
    from: ['Programme', 'Project'],
    to: ['Species'],
    meaning: 'Programme or Project -> Species: it targets the species.',
    out: {
      Programme: { field: 'targetSpecies', description: 'The species it targets.', fanOut: 10 },
      Project: { field: 'species', description: 'The species it targets.', fanOut: 6 },
    },
    in: {
      Species: [
        {
          field: 'programmes',
          far: ['Programme'],
          description: 'Programme areas that target it.',
          fanOut: 3,
        },
        {
          field: 'projects',
          far: ['Project'],
          description: 'Projects that target it.',
          fanOut: 5,
        },
      ],
    },
  }),
  TECHNICAL_CENTRE_OF: relationship({
    from: ['Organisation'],
    to: ['Network'],
    meaning: 'Organisation -> Network: the organisation is a technical centre of the network.',
    out: {
      Organisation: {
        field: 'technicalCentreOf',
        description: 'Networks it serves as a technical centre.',
        fanOut: 3,
      },
    },
    in: {
      Network: {
        field: 'technicalCentres',
        description: 'Organisations serving as its technical centres.',
        fanOut: 10,
      },
    },
  }),
  TOOK_PART_IN: relationship({
    from: ['Person'],
    to: ['Meeting', 'Event'],
    meaning:
      'Person -> Meeting or Event: the person took part, in the part a source names (chaired, spoke, led a delegation).',
    properties: {
      part: {
        type: 'string',
        required: true,
        maxLength: maxLength.text,
        description:
          'The part a person took in a meeting or event (TOOK_PART_IN), e.g. "chaired the meeting".',
      },
    },
    out: {
      Person: [
        {
          field: 'meetings',
          far: ['Meeting'],
          description: 'Senior Officials Meetings it took part in.',
          fanOut: 20,
        },
        { field: 'events', far: ['Event'], description: 'Events it took part in.', fanOut: 20 },
      ],
    },
    in: {
      Meeting: {
        field: 'people',
        description:
          'People the sources name taking part (their part is on `relationships(types: [TOOK_PART_IN])`).',
        fanOut: 30,
      },
      Event: {
        field: 'people',
        description:
          'People the sources name taking part (their part is on `relationships(types: [TOOK_PART_IN])`).',
        fanOut: 30,
      },
    },
  }),
} as const satisfies Record<string, Relationship>;

export type RelationshipType = keyof typeof relationships;
export const relationshipTypes = Object.keys(relationships) as RelationshipType[];

export const isRelationshipType = (value: string): value is RelationshipType =>
  Object.hasOwn(relationships, value);

/** Every relationship property, by name, with the declarations of the types that have it. */
export const relationshipProperties = (() => {
  const byName = new Map<string, PropertyDeclaration[]>();
  for (const type of relationshipTypes) {
    const declared: Relationship = relationships[type];
    for (const [name, property] of Object.entries(declared.properties ?? {}))
      byName.set(name, [...(byName.get(name) ?? []), property]);
  }
  return byName;
})();

/** A relationship field of a label, flattened from the table. */
export interface RelationshipField {
  type: RelationshipType;
  direction: 'out' | 'in';
  /** The label the field is on. */
  on: Label;
  field: string;
  description: string;
  /** The labels the far node may have. */
  far: readonly Label[];
  one: boolean;
  required: boolean;
  /** The most nodes the field returns: 1 for a single object. */
  fanOut: number;
  union?: { name: string; description: string } | undefined;
}

const endsOf = (ends: unknown): readonly End<Label>[] =>
  ends === undefined ? [] : Array.isArray(ends) ? ends : [ends as End<Label>];

/** Every relationship field, in table order. */
export const relationshipFields: readonly RelationshipField[] = relationshipTypes.flatMap(
  (type) => {
    const r: Relationship = relationships[type];
    return (['out', 'in'] as const).flatMap((direction) =>
      Object.entries(r[direction]).flatMap(([on, ends]) =>
        endsOf(ends).map((end) => ({
          type,
          direction,
          on: on as Label,
          field: end.field,
          description: end.description,
          far: end.far ?? (direction === 'out' ? r.to : r.from),
          one: end.one === true,
          required: end.required === true,
          fanOut: end.one ? 1 : (end.fanOut ?? 1),
          union: end.union,
        })),
      ),
    );
  },
);

/** The relationship fields of the type of one label. */
export const relationshipFieldsOf = (label: Label) =>
  relationshipFields.filter((field) => field.on === label);

/** The labels a relationship may start and end at. */
export const endsOfType = (type: RelationshipType): Relationship =>
  relationships[type] as Relationship;

/** The name of a relationship type in the names of its mutations: MEMBER_OF is MemberOf. */
export const typeName = (type: RelationshipType) =>
  type
    .toLowerCase()
    .split('_')
    .map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`)
    .join('');
