/**
 * The dataset format (data/README.md is its manual): one schema per kind of file. These check
 * each file on its own; references between files and the rules of the facts are checked by the
 * compiler (compile/) with the fact checker (checker.ts).
 */
import { z } from 'zod';
import {
  type Declared,
  entityOf,
  type KeyField,
  type Label,
  maxLength,
  type NameField,
  type PropertyDeclaration,
} from '../model/entities.ts';
import type { FieldOf } from '../model/stored-properties.ts';
import { decisionKinds } from './decision-kinds.ts';

export { maxLength } from '../model/entities.ts';
export { type DecisionKind, decisionKinds } from './decision-kinds.ts';

/** A quote is a phrase a reader can find in its source, not a letter or a lone word. */
export const minQuote = { words: 2, characters: 10 } as const;

/** Checked first, and alone: a value far too long is not run through the other checks. */
export const atMost = (max: number) => ({
  abort: true,
  error: (issue: { input?: unknown }) =>
    `at most ${max} characters, got ${String(issue.input).length}`,
});

export const slug = z
  .string()
  .max(maxLength.id, atMost(maxLength.id))
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'expected a slug: lower-case letters and digits joined by "-"',
  );

export const iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as KOR (three capital letters)');

/** A network's id: its acronym where it has one (NEAMPAN, NEA-LCCP), else a slug. */
export const networkId = z
  .string()
  .max(maxLength.id, atMost(maxLength.id))
  .regex(
    /^([A-Z][A-Z0-9]*(-[A-Z0-9]+)*|[a-z0-9]+(-[a-z0-9]+)*)$/,
    'expected an acronym such as NEAMPAN or a slug',
  );

/** Is `day`, written YYYY-MM-DD, a day of the calendar (no 30 February)? */
const isCalendarDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};

/** A real calendar day written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isCalendarDay, 'not a real calendar date');

/** A source's date as precisely as it gives it: a year, a month or a day (1992, 1992-10, 1992-10-11). */
export const partialDate = z.string().refine((value) => {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  return parts !== null && isCalendarDay(`${parts[1]}-${parts[2] ?? '01'}-${parts[3] ?? '01'}`);
}, 'expected a date as precise as the source gives it: 1992, 1992-10 or 1992-10-11, a real calendar date');

const boundedText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, atMost(max));
const text = boundedText(maxLength.text);
export const aliases = z.array(text).default([]);

/** A value of a property as the entity table declares it. */
export function propertyValue(declared: PropertyDeclaration): z.ZodType {
  switch (declared.type) {
    case 'int':
      return z.number().int().min(1, 'expected a number from 1');
    case 'boolean':
      return z.boolean().default(false);
    case 'date':
      return isoDate;
    case 'partialDate':
      return partialDate;
    case 'texts':
      return z.array(text);
    default:
      return boundedText(declared.maxLength ?? maxLength.text);
  }
}

/** The schema of a property's value as `propertyValue` makes it. */
type ValueSchema<P> = P extends { type: 'int' }
  ? z.ZodNumber
  : P extends { type: 'boolean' }
    ? z.ZodDefault<z.ZodBoolean>
    : P extends { type: 'texts' }
      ? z.ZodArray<typeof text>
      : z.ZodString;

/** The fields `nodeFields` gives, typed so that a compiled entry is. */
export type NodeFields<L extends Label> = {
  [F in NameField<L>]: z.ZodString;
} & {
  [K in keyof Declared<L> as Declared<L>[K] extends { compiled: true }
    ? never
    : FieldOf<Declared<L>[K], K>]: Declared<L>[K] extends { required: true }
    ? ValueSchema<Declared<L>[K]>
    : z.ZodOptional<ValueSchema<Declared<L>[K]>>;
};

/**
 * The fields of a file entry that describe a node of `label`, from the entity table: its name
 * and the properties the files write (optional unless every node has them).
 */
export function nodeFields<L extends Label>(label: L): NodeFields<L> {
  const declared = entityOf(label);
  const written = Object.entries(declared.properties).filter(([, property]) => !property.compiled);
  return {
    [declared.name?.field ?? 'name']: text,
    ...Object.fromEntries(
      written.map(([name, property]) => {
        const value = propertyValue(property);
        return [property.field ?? name, property.required ? value : value.optional()];
      }),
    ),
  } as NodeFields<L>;
}

/** The fields of an entry of a file listing nodes of `label`: its key, `nodeFields`, aliases. */
export const nodeEntry = <L extends Label, Key extends z.ZodType>(label: L, key: Key) => ({
  ...({ [entityOf(label).key?.field ?? 'id']: key } as { [F in KeyField<L>]: Key }),
  ...nodeFields(label),
  aliases,
});

const quote = boundedText(maxLength.quote).refine(
  (value) => value.length >= minQuote.characters && value.split(/\s+/).length >= minQuote.words,
  `a quote is a phrase: at least ${minQuote.words} words and ${minQuote.characters} characters`,
);

export const evidenceItem = z
  .strictObject({
    source: slug,
    quote: quote.optional(),
    note: boundedText(maxLength.note).optional(),
  })
  .refine((item) => (item.quote === undefined) !== (item.note === undefined), {
    message: 'give exactly one of quote (verbatim) or note (paraphrase)',
  });
export type EvidenceItem = z.infer<typeof evidenceItem>;

export const evidence = z
  .array(evidenceItem)
  .min(1, 'evidence is required: at least one source with a quote or a note');

/** Links of one kind that share their evidence: `{ states: [CHN, JPN], evidence: [...] }`. */
const group = <K extends string, T extends z.ZodType>(key: K, target: T) =>
  z.strictObject({ [key]: z.array(target).min(1, `name at least one of ${key}`), evidence } as {
    [P in K]: z.ZodArray<T>;
  } & { evidence: typeof evidence });

const groups = <K extends string, T extends z.ZodType>(key: K, target: T) =>
  z.array(group(key, target)).default([]);

/**
 * `none:` groups `{ of: [decisions], evidence }`: the facts of the entry a source states do not
 * exist (see stated-none.ts).
 */
const statedNone = <const A extends string>(aspects: readonly [A, ...A[]]) =>
  z
    .array(
      z.strictObject({
        of: z.array(z.enum(aspects)).min(1, `name at least one of ${aspects.join(', ')}`),
        evidence,
      }),
    )
    .default([]);

const link = <K extends string, T extends z.ZodType>(key: K, target: T) =>
  z.strictObject({ [key]: target, evidence } as { [P in K]: T } & { evidence: typeof evidence });

const certainty = z.enum(['certain', 'uncertain']).default('certain');

export const sourcesFile = z.strictObject({
  sources: z.array(
    z.strictObject({
      id: slug,
      ...nodeFields('Source'),
      kind: z.enum(['web-page', 'document']),
      url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
      /** The file of its text in the dataset (the node stores the text itself). */
      text: z
        .string()
        .regex(/^sources\/[\w.-]+\.txt$/, 'expected a path such as sources/som-18.txt')
        .optional(),
    }),
  ),
});

export const memberStatesFile = z.strictObject({
  memberStates: z.array(z.strictObject({ ...nodeEntry('MemberState', iso3), evidence })),
});

export const programmesFile = z.strictObject({
  programmes: z.array(
    z.strictObject({
      ...nodeEntry('Programme', slug),
      evidence,
      targets: groups('species', slug),
    }),
  ),
});

export const networksFile = z.strictObject({
  networks: z.array(
    z.strictObject({
      ...nodeEntry('Network', networkId),
      evidence,
      programme: link('slug', slug).optional(),
      members: z
        .array(
          group('states', iso3).extend({
            sites: z.number().int().min(1, 'expected a number of sites from 1').optional(),
            role: text.optional(),
          }),
        )
        .default([]),
      /** The States a source says the network covers; covering is not membership. */
      covers: groups('states', iso3),
      technicalCentres: groups('organisations', slug),
      none: statedNone(['members']),
    }),
  ),
});

export const projectsFile = z.strictObject({
  projects: z.array(
    z.strictObject({
      ...nodeEntry('Project', slug),
      evidence,
      programme: link('slug', slug).optional(),
      participants: z.array(group('states', iso3).extend({ role: text.optional() })).default([]),
      species: groups('species', slug),
      regions: groups('places', slug),
      organisations: z.array(group('organisations', slug).extend({ role: text })).default([]),
      none: statedNone(['participants']),
    }),
  ),
});

export const speciesFile = z.strictObject({
  species: z.array(z.strictObject({ ...nodeEntry('Species', slug), evidence })),
});

export const placesFile = z.strictObject({
  places: z.array(
    z.strictObject({
      ...nodeEntry('Place', slug),
      kind: z.enum(['city', 'region']),
      evidence,
      in: link('state', iso3).optional(),
    }),
  ),
});

export const organisationsFile = z.strictObject({
  organisations: z.array(
    z.strictObject({
      ...nodeEntry('Organisation', slug),
      evidence,
      basedIn: link('state', iso3).optional(),
    }),
  ),
});

export const eventsFile = z.strictObject({
  events: z.array(
    z.strictObject({
      ...nodeEntry('Event', slug),
      place: slug.optional(),
      evidence,
      organisers: groups('organisations', slug),
      convenedBy: groups('networks', networkId),
    }),
  ),
});

const subjects = z
  .strictObject({
    networks: z.array(networkId).default([]),
    projects: z.array(slug).default([]),
    programmes: z.array(slug).default([]),
    events: z.array(slug).default([]),
    organisations: z.array(slug).default([]),
  })
  .default({ networks: [], projects: [], programmes: [], events: [], organisations: [] });

/** What a meeting file and a curation mutation both say of a meeting. */
const meetingFields = {
  ...nodeFields('Meeting'),
  number: z.number().int().min(1, 'expected a SOM number from 1'),
  certainty,
  city: slug.optional(),
  documents: z.array(slug).default([]),
  evidence,
  attendance: groups('states', iso3),
  observers: groups('organisations', slug),
  commemorates: groups('events', slug),
};

/**
 * A meeting as a curation mutation describes it: with both its days. A meeting file describes
 * one the same way, except for its host (see meetingFile).
 */
export const meetingEntry = z.strictObject({
  ...meetingFields,
  startDate: isoDate,
  endDate: isoDate,
  host: iso3.optional(),
});

/** A decision as a meeting file describes it; a curation mutation describes one the same way. */
export const decisionEntry = z.strictObject({
  key: slug,
  ...nodeFields('Decision'),
  kind: z.enum(decisionKinds),
  subjects,
  proposedBy: iso3.optional(),
  evidence,
});

export const meetingFile = z.strictObject({
  // In a file, a host has its own evidence, which must say who hosted (data/README.md); other
  // names of the meeting join the SOM-NN aliases every meeting gets. A meeting known only by its
  // number (a later meeting's numbering says it took place) is written without dates.
  meeting: z.strictObject({
    ...meetingFields,
    host: link('state', iso3).optional(),
    aliases,
    none: statedNone(['city', 'host', 'attendance', 'agenda', 'decisions']),
  }),
  agenda: z
    .array(
      z.strictObject({
        ...nodeFields('AgendaItem'),
        number: z
          .union([z.string(), z.number()])
          .transform(String)
          .pipe(
            z.string().regex(/^(\d+[a-z]?|[a-z])$/, 'expected an item number such as 2, 2a or a'),
          ),
        reviews: z.array(slug).default([]),
        annexes: z.array(slug).default([]),
        evidence,
      }),
    )
    .default([]),
  decisions: z.array(decisionEntry).default([]),
});

export const publicationsFile = z.strictObject({
  publications: z.array(
    z.strictObject({
      ...nodeEntry('Publication', slug),
      evidence,
      /** What it reports on: programme, project and network keys, meeting ids such as som-17. */
      about: groups('subjects', z.string().max(maxLength.id, atMost(maxLength.id))),
    }),
  ),
});

/** A date as a source gives it: a day, a month or a year. */
const statedDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const peopleFile = z.strictObject({
  people: z.array(
    z.strictObject({
      ...nodeEntry('Person', slug),
      evidence,
      /** Public roles: the title, the organisation (slug) or State (ISO code), the date. */
      roles: z
        .array(
          z.strictObject({ role: text, at: slug.or(iso3), date: statedDate.optional(), evidence }),
        )
        .default([]),
      /** Meetings (som-26) and events (slug) it took part in, and the part it took. */
      tookPart: z.array(z.strictObject({ in: slug, part: text, evidence })).default([]),
    }),
  ),
});

export const fundingFile = z.strictObject({
  funding: z.array(
    z.strictObject({
      /** An organisation (slug) or a member State (ISO code). */
      funder: slug.or(iso3),
      /** A project or event (slug) or a network (id). */
      funded: networkId,
      amount: z.number().int().min(1, 'expected an amount from 1').optional(),
      currency: text.optional(),
      years: text.optional(),
      evidence,
    }),
  ),
});

/**
 * The files besides the meetings, by the key of their list: the file, its schema and, for a file
 * that lists nodes, their label and the field that holds an entry's id.
 */
export const referenceFiles = {
  sources: { file: 'sources.yaml', schema: sourcesFile, label: 'Source', id: 'id' },
  memberStates: {
    file: 'member-states.yaml',
    schema: memberStatesFile,
    label: 'MemberState',
    id: 'iso3',
  },
  programmes: { file: 'programmes.yaml', schema: programmesFile, label: 'Programme', id: 'slug' },
  networks: { file: 'networks.yaml', schema: networksFile, label: 'Network', id: 'id' },
  projects: { file: 'projects.yaml', schema: projectsFile, label: 'Project', id: 'slug' },
  species: { file: 'species.yaml', schema: speciesFile, label: 'Species', id: 'slug' },
  places: { file: 'places.yaml', schema: placesFile, label: 'Place', id: 'slug' },
  organisations: {
    file: 'organisations.yaml',
    schema: organisationsFile,
    label: 'Organisation',
    id: 'slug',
  },
  events: { file: 'events.yaml', schema: eventsFile, label: 'Event', id: 'slug' },
  publications: {
    file: 'publications.yaml',
    schema: publicationsFile,
    label: 'Publication',
    id: 'slug',
  },
  people: { file: 'people.yaml', schema: peopleFile, label: 'Person', id: 'slug' },
  funding: { file: 'funding.yaml', schema: fundingFile },
} as const satisfies Record<
  string,
  { file: string; schema: z.ZodType; label?: Label; id?: string }
>;
