/**
 * Every node label of the graph, declared once: its key, its name, its own properties (type,
 * whether every node has it, what it means, how long it may be), the order its lists are shown
 * in, what full-text search reads of it, and how the explorer draws it. The dataset file schemas
 * and the compiler, the GraphQL object types, the search index and the list orders read this
 * table; a unit test holds cypher/schema/ to it. A property a label does not have is a type error
 * wherever a property is named (see `PropertyName`).
 *
 * Every node is stored with its key as `id`, its name as `name` (a decision's is its summary)
 * and the other names the sources use as `aliases`: search and list order read those.
 */

/** The longest text each kind of field takes, in characters (what Neo4j can index, and more). */
export const maxLength = {
  /** Identifiers: slugs, keys, acronyms, source ids. */
  id: 100,
  /** Names, titles, aliases, kinds, roles, references. */
  text: 300,
  summary: 2_000,
  quote: 1_000,
  note: 1_000,
} as const;

/**
 * How a value is stored: dates as YYYY-MM-DD strings, `partialDate` as precisely as a source
 * gives it (YYYY, YYYY-MM or YYYY-MM-DD), `texts` as a list of short strings.
 */
export type PropertyType = 'string' | 'int' | 'boolean' | 'date' | 'partialDate' | 'texts';

export interface PropertyDeclaration {
  type: PropertyType;
  /** Every node of the label has it (the GraphQL field is never null). */
  required?: true;
  /** What it means: the GraphQL field's description. */
  description: string;
  /** The longest text it takes (strings). */
  maxLength?: number;
  /** The field that shows it in GraphQL and the dataset files, when named otherwise. */
  field?: string;
  /**
   * `own`: its GraphQL field is declared by hand (an enum, a computed value); `none`: the API
   * does not show it as a field of its own.
   */
  graphql?: 'own' | 'none';
  /**
   * The compiler works it out (a place in a list, what a source states there is none of, a
   * source's text): the dataset files do not write it as such.
   */
  compiled?: true;
  /** Uniquely identifies a node of the label (a lookup key): a constraint. */
  unique?: true;
  /** Filtered or ordered on: an index. */
  indexed?: true;
}

/** The orders lists are shown in (graph/order.ts makes them Cypher). */
export type ListOrder = 'name' | 'number' | 'startDate' | 'meeting';

export interface EntityDeclaration<
  P extends Record<string, PropertyDeclaration>,
  K extends string = string,
  N extends string = string,
> {
  /** What a node of the label is: the GraphQL type's description. */
  description: string;
  /** The field that shows the key (stored as `id`), where the API and the files show it. */
  key?: { field: K; description: string };
  /** The field that shows the name, when not `name`, and the property it is stored as. */
  name?: { field: N; description: string; stored?: keyof P & string };
  properties: P;
  order: ListOrder;
  /** Properties full-text search reads besides `name` and `aliases`. */
  search: readonly (keyof P & string)[];
  /** How the explorer draws and names it. */
  shown: { colour: string; name?: string };
  /** The root field that lists every node of the label, and the most it lists. */
  list?: { field: string; description: string; most: number };
}

/** Any label's declaration, as code that reads every label alike sees it. */
export interface AnyEntity {
  description: string;
  key?: { field: string; description: string };
  name?: { field: string; description: string; stored?: string };
  properties: Readonly<Record<string, PropertyDeclaration>>;
  order: ListOrder;
  search: readonly string[];
  shown: { colour: string; name?: string };
  list?: { field: string; description: string; most: number };
}

const entity = <
  const P extends Record<string, PropertyDeclaration>,
  const K extends string,
  const N extends string,
>(
  declaration: EntityDeclaration<P, K, N>,
) => declaration;

const summary = (description: string) =>
  ({ type: 'string', maxLength: maxLength.summary, description }) as const;

const startDate = { type: 'date', description: 'First day, where known.', indexed: true } as const;
const endDate = { type: 'date', description: 'Last day, where known.' } as const;
/** What a source states the node has none of (read by the coverage fields, not a field itself). */
const statedNone = {
  type: 'texts',
  graphql: 'none',
  compiled: true,
  description: 'The facts of it a source states there are none of, e.g. "members".',
} as const;
const online = {
  type: 'boolean',
  required: true,
  description: 'True when it was held online.',
} as const;

export const entities = {
  AgendaItem: entity({
    description: 'An item of a meeting agenda, e.g. SOM-18 item 2d, Marine Protected Areas.',
    name: { field: 'title', description: 'As printed on the agenda.' },
    properties: {
      number: {
        type: 'string',
        required: true,
        graphql: 'own',
        description: 'As printed, with sub-items lettered: "1", "2a".',
      },
      position: {
        type: 'int',
        required: true,
        graphql: 'none',
        compiled: true,
        description: 'Its place on the agenda.',
      },
    },
    order: 'meeting',
    search: [],
    shown: { colour: '#F0E442', name: 'Agenda item' },
  }),
  Decision: entity({
    description:
      'An outcome of a Senior Officials Meeting: what it launched, endorsed, decided, ...',
    name: {
      field: 'summary',
      description: 'What was decided, in one sentence.',
      stored: 'summary',
    },
    properties: {
      kind: {
        type: 'string',
        required: true,
        graphql: 'own',
        indexed: true,
        description: 'What the meeting did.',
      },
      summary: { ...summary('What was decided, in one sentence.'), required: true },
      position: {
        type: 'int',
        required: true,
        graphql: 'none',
        compiled: true,
        description: 'Its place among the decisions of its meeting.',
      },
    },
    order: 'meeting',
    search: ['summary'],
    shown: { colour: '#56B4E9' },
  }),
  Event: entity({
    description:
      'A symposium, committee meeting or anniversary connected with NEASPEC (Senior Officials Meetings are Meeting).',
    key: { field: 'slug', description: 'Its key.' },
    properties: {
      kind: {
        type: 'string',
        required: true,
        maxLength: maxLength.text,
        description: 'e.g. "symposium", "committee meeting", "anniversary".',
      },
      number: {
        type: 'int',
        description:
          'Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting.',
      },
      startDate,
      endDate,
      online,
      summary: summary('What the event was.'),
    },
    order: 'startDate',
    search: ['summary'],
    shown: { colour: '#8C6D31' },
    list: { field: 'events', description: 'All events, by date.', most: 100 },
  }),
  Meeting: entity({
    description:
      'A Senior Officials Meeting (SOM), the governing body of NEASPEC, meeting about once a year.',
    name: { field: 'title', description: 'e.g. "18th Senior Officials Meeting".' },
    properties: {
      number: {
        type: 'int',
        required: true,
        unique: true,
        description: 'The SOM number: 18 for SOM-18.',
      },
      startDate: {
        ...startDate,
        description:
          'First day; null when no source gives it (a meeting known only by its number, see `coverage.date`).',
      },
      endDate: { ...endDate, description: 'Last day; null when no source gives it.' },
      online,
      certainty: {
        type: 'string',
        graphql: 'own',
        description: 'UNCERTAIN when the sources disagree on its dates or place.',
      },
      summary: summary('What the meeting was about.'),
      none: statedNone,
    },
    order: 'number',
    search: ['summary'],
    shown: { colour: '#E69F00' },
  }),
  MemberState: entity({
    description:
      'A member State of NEASPEC: China, the DPRK, Japan, Mongolia, the Republic of Korea or the Russian Federation.',
    key: { field: 'iso3', description: 'ISO 3166 alpha-3 code, e.g. "KOR".' },
    properties: {},
    order: 'name',
    search: [],
    shown: { colour: '#0072B2', name: 'Member State' },
    list: { field: 'memberStates', description: 'The six member States.', most: 10 },
  }),
  Network: entity({
    description:
      'A network or partnership of NEASPEC, e.g. NEAMPAN (marine protected areas) or NEACAP (clean air).',
    properties: {
      acronym: {
        type: 'string',
        maxLength: maxLength.text,
        unique: true,
        description: 'Its acronym, e.g. "NEAMPAN" (null for a network without one).',
      },
      summary: summary('What the network is and does.'),
      none: statedNone,
    },
    order: 'name',
    search: ['acronym', 'summary'],
    shown: { colour: '#D55E00' },
    list: { field: 'networks', description: 'All networks and partnerships.', most: 20 },
  }),
  Organisation: entity({
    description:
      'An organisation working with NEASPEC: the secretariat (UN ESCAP), partners, technical centres.',
    key: { field: 'slug', description: 'Its key, e.g. "cass".' },
    properties: {
      acronym: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'Its acronym, where a source gives one.',
      },
      summary: summary('What it is and does for NEASPEC.'),
      established: {
        type: 'partialDate',
        description:
          'When it was set up or opened, as precisely as a source says: a year ("1994"), a month ("1994-09") or a day ("2010-05-17"); null where no source says.',
      },
    },
    order: 'name',
    search: ['acronym', 'summary'],
    shown: { colour: '#7F7F7F' },
    list: { field: 'organisations', description: 'All organisations in the graph.', most: 100 },
  }),
  Person: entity({
    description:
      'A person in a public role the sources name them in: an official, a head of an office, the chair of a meeting. Only the role, the body and the date are recorded, nothing private.',
    key: { field: 'slug', description: 'Its key, e.g. "yun-hyunsoo".' },
    properties: {},
    order: 'name',
    search: [],
    shown: { colour: '#AA4499' },
    list: {
      field: 'people',
      description: 'The people in public roles the graph records.',
      most: 100,
    },
  }),
  Place: entity({
    description: 'A city or region where meetings and events are held or projects work.',
    key: { field: 'slug', description: 'Its key, e.g. "ulaanbaatar".' },
    properties: {
      kind: { type: 'string', required: true, graphql: 'own', description: 'City or region.' },
    },
    order: 'name',
    search: [],
    shown: { colour: '#B39DDB' },
    list: { field: 'places', description: 'All places in the graph.', most: 100 },
  }),
  Programme: entity({
    description:
      "A programme area of NEASPEC's work, e.g. air pollution or marine protected areas; earlier names are its aliases.",
    key: { field: 'slug', description: 'Its key, e.g. "marine-protected-areas".' },
    properties: { summary: summary('What the programme area covers.') },
    order: 'name',
    search: ['summary'],
    shown: { colour: '#009E73', name: 'Programme area' },
    list: { field: 'programmes', description: 'All programme areas.', most: 20 },
  }),
  Project: entity({
    description:
      'A NEASPEC project, e.g. the non-invasive DNA analysis of Amur tigers and leopards.',
    key: { field: 'slug', description: 'Its key, e.g. "amur-tiger-leopard-dna-analysis".' },
    properties: { summary: summary('What the project does.'), none: statedNone },
    order: 'name',
    search: ['summary'],
    shown: { colour: '#CC79A7' },
    list: { field: 'projects', description: 'All projects.', most: 50 },
  }),
  Publication: entity({
    description:
      'A publication or report of NEASPEC or about its work, e.g. Saving the Flagship Species of North-East Asia (2007).',
    key: { field: 'slug', description: 'Its key, e.g. "saving-the-flagship-species".' },
    name: { field: 'title', description: 'Its title.' },
    properties: {
      year: { type: 'int', description: 'The year it was published, where a source gives it.' },
      publisher: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'Who published it, where a source says.',
      },
      author: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'Who wrote it, where a source says.',
      },
      reference: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'Its document symbol, e.g. "ST/ESCAP/2495".',
      },
      url: { type: 'string', maxLength: maxLength.text, description: 'Where to read it.' },
    },
    order: 'name',
    search: [],
    shown: { colour: '#44AA99' },
    list: { field: 'publications', description: 'All publications and reports.', most: 100 },
  }),
  Source: entity({
    description: 'A document or web page the facts of the graph are taken from.',
    name: { field: 'title', description: 'Its title.' },
    properties: {
      kind: {
        type: 'string',
        required: true,
        graphql: 'own',
        description: 'Web page or document.',
      },
      url: { type: 'string', description: 'Where to read it.' },
      reference: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'Its document symbol, e.g. "ST/ESCAP/2495".',
      },
      publisher: { type: 'string', maxLength: maxLength.text, description: 'Who published it.' },
      author: { type: 'string', maxLength: maxLength.text, description: 'Who wrote it.' },
      date: {
        type: 'partialDate',
        description:
          'When it was published or dated, as precisely as it says: a year ("1992"), a month ("2025-09") or a day ("2024-12-13").',
      },
      announces: {
        type: 'boolean',
        required: true,
        description:
          'True when the page only announces what it is about (a programme, "will be held") and reports none of it as done: what such pages alone support is recorded as announced, never as held.',
      },
      text: {
        type: 'string',
        graphql: 'own',
        compiled: true,
        description:
          'Its full text, when the graph holds it (quotes in evidence are exact parts of it).',
      },
    },
    order: 'name',
    search: [],
    shown: { colour: '#BDBDBD' },
    list: { field: 'sources', description: 'All sources.', most: 100 },
  }),
  Species: entity({
    description: 'A species NEASPEC works to conserve, e.g. the Amur leopard.',
    key: { field: 'slug', description: 'Its key, e.g. "amur-leopard".' },
    name: { field: 'commonName', description: 'Its common name, e.g. "Amur leopard".' },
    properties: {
      scientificName: {
        type: 'string',
        maxLength: maxLength.text,
        description: 'Its scientific name, where a source gives it.',
      },
    },
    order: 'name',
    search: ['scientificName'],
    shown: { colour: '#4E9A06' },
    list: { field: 'species', description: 'All species in the graph.', most: 50 },
  }),
} as const satisfies Record<string, AnyEntity>;

export type Entities = typeof entities;
export type Label = keyof Entities;

/** The stored properties of nodes of `L`: its key, name, aliases and own properties. */
export type PropertyName<L extends Label> =
  | 'id'
  | 'name'
  | 'aliases'
  | (keyof Entities[L]['properties'] & string);

/** The field that shows the key of `L` in the API and the files (`id` where none does). */
export type KeyField<L extends Label> = Entities[L] extends {
  key?: { field: infer F extends string };
}
  ? string extends F
    ? 'id'
    : F
  : 'id';

/** The field that shows the name of `L` (`name` unless the table names another). */
export type NameField<L extends Label> = Entities[L] extends {
  name?: { field: infer F extends string };
}
  ? string extends F
    ? 'name'
    : F
  : 'name';

/** The TypeScript type of a value of each property type. */
export interface ValueOf {
  string: string;
  int: number;
  boolean: boolean;
  date: string;
  partialDate: string;
  texts: string[];
}

/** The own properties the table declares for `L`. */
export type Declared<L extends Label> = Entities[L]['properties'];

/** A node of `L` as stored: a property every node has is present, the others may be absent. */
export type StoredRow<L extends Label> = { id: string; name: string; aliases?: string[] } & {
  [K in keyof Declared<L> as Declared<L>[K] extends { required: true }
    ? K
    : never]: ValueOf[Declared<L>[K]['type' & keyof Declared<L>[K]] & PropertyType];
} & {
  [K in keyof Declared<L> as Declared<L>[K] extends { required: true }
    ? never
    : K]?: ValueOf[Declared<L>[K]['type' & keyof Declared<L>[K]] & PropertyType];
};

/** Names the stored property `name` of nodes of `label`; another name does not compile. */
export const propertyOf = <L extends Label>(_label: L, name: PropertyName<L>): string => name;

/** The declaration of a label, widened for code that reads every label alike. */
export const entityOf = (label: Label): AnyEntity => entities[label];

/** The property a node of `label` is named by: `name`, or a decision's summary. */
export const nameProperty = (label: Label): string => entityOf(label).name?.stored ?? 'name';

/** Every property full-text search reads, over all labels. */
export const searchedProperties = [
  'name',
  'aliases',
  ...new Set(Object.values(entities).flatMap((e) => e.search as readonly string[])),
];
