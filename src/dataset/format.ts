/**
 * The dataset format (data/README.md is its manual): one schema per kind of file. These check
 * each file on its own; references between files and the rules of the facts are checked by the
 * compiler (compile/) with the fact checker (checker.ts).
 */
import { z } from 'zod';
import { decisionKinds } from './decision-kinds.ts';

export { type DecisionKind, decisionKinds } from './decision-kinds.ts';

/**
 * The longest text each kind of field takes, in characters: room for every real entry, while no
 * value can bloat the graph or exceed what Neo4j indexes (a key over about 8 KB cannot be stored).
 */
export const maxLength = {
  /** Identifiers: slugs, keys, acronyms, source ids. */
  id: 100,
  /** Names, titles, aliases, kinds, roles, references. */
  text: 300,
  summary: 2_000,
  quote: 1_000,
  note: 1_000,
} as const;

/** A quote is a phrase a reader can find in its source, not a letter or a lone word. */
export const minQuote = { words: 2, characters: 10 } as const;

/** Checked first, and alone: a value far too long is not run through the other checks. */
const atMost = (max: number) => ({
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

/** A real calendar day written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a real calendar date');

const boundedText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, atMost(max));
const text = boundedText(maxLength.text);
const summary = boundedText(maxLength.summary);
const aliases = z.array(text).default([]);

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

const link = <K extends string, T extends z.ZodType>(key: K, target: T) =>
  z.strictObject({ [key]: target, evidence } as { [P in K]: T } & { evidence: typeof evidence });

const certainty = z.enum(['certain', 'uncertain']).default('certain');

export const sourcesFile = z.strictObject({
  sources: z.array(
    z.strictObject({
      id: slug,
      title: text,
      kind: z.enum(['web-page', 'document']),
      url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
      reference: text.optional(),
      publisher: text.optional(),
      author: text.optional(),
      text: z
        .string()
        .regex(/^sources\/[\w.-]+\.txt$/, 'expected a path such as sources/som-18.txt')
        .optional(),
      /** The page announces what it is about (a programme, "will be held") and reports none of it. */
      announces: z.boolean().optional(),
    }),
  ),
});

export const memberStatesFile = z.strictObject({
  memberStates: z.array(z.strictObject({ iso3, name: text, aliases, evidence })),
});

export const programmesFile = z.strictObject({
  programmes: z.array(
    z.strictObject({
      slug,
      name: text,
      aliases,
      summary: summary.optional(),
      evidence,
      targets: groups('species', slug),
    }),
  ),
});

export const networksFile = z.strictObject({
  networks: z.array(
    z.strictObject({
      id: networkId,
      acronym: text.optional(),
      name: text,
      aliases,
      summary: summary.optional(),
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
    }),
  ),
});

export const projectsFile = z.strictObject({
  projects: z.array(
    z.strictObject({
      slug,
      name: text,
      aliases,
      summary: summary.optional(),
      evidence,
      programme: link('slug', slug).optional(),
      participants: z.array(group('states', iso3).extend({ role: text.optional() })).default([]),
      species: groups('species', slug),
      regions: groups('places', slug),
      organisations: z.array(group('organisations', slug).extend({ role: text })).default([]),
    }),
  ),
});

export const speciesFile = z.strictObject({
  species: z.array(
    z.strictObject({
      slug,
      commonName: text,
      scientificName: text.optional(),
      aliases,
      evidence,
    }),
  ),
});

export const placesFile = z.strictObject({
  places: z.array(
    z.strictObject({
      slug,
      name: text,
      kind: z.enum(['city', 'region']),
      aliases,
      evidence,
      in: link('state', iso3).optional(),
    }),
  ),
});

export const organisationsFile = z.strictObject({
  organisations: z.array(
    z.strictObject({
      slug,
      name: text,
      acronym: text.optional(),
      aliases,
      summary: summary.optional(),
      evidence,
      basedIn: link('state', iso3).optional(),
    }),
  ),
});

export const eventsFile = z.strictObject({
  events: z.array(
    z.strictObject({
      slug,
      name: text,
      aliases,
      kind: text,
      /** Its number in a numbered series, e.g. 3 for the 3rd meeting of a committee. */
      number: z.number().int().min(1, 'expected a number from 1').optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
      place: slug.optional(),
      online: z.boolean().default(false),
      summary: summary.optional(),
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

/**
 * A meeting as a curation mutation describes it; a meeting file describes one the same way,
 * except for its host (see meetingFile).
 */
export const meetingEntry = z.strictObject({
  number: z.number().int().min(1, 'expected a SOM number from 1'),
  title: text,
  startDate: isoDate,
  endDate: isoDate,
  city: slug.optional(),
  online: z.boolean().default(false),
  host: iso3.optional(),
  summary: summary.optional(),
  certainty,
  documents: z.array(slug).default([]),
  evidence,
  attendance: groups('states', iso3),
  observers: groups('organisations', slug),
  commemorates: groups('events', slug),
});

/** A decision as a meeting file describes it; a curation mutation describes one the same way. */
export const decisionEntry = z.strictObject({
  key: slug,
  kind: z.enum(decisionKinds),
  summary,
  subjects,
  proposedBy: iso3.optional(),
  evidence,
});

export const meetingFile = z.strictObject({
  // In a file, a host has its own evidence, which must say who hosted (data/README.md); other
  // names of the meeting join the SOM-NN aliases every meeting gets.
  meeting: meetingEntry.extend({ host: link('state', iso3).optional(), aliases }),
  agenda: z
    .array(
      z.strictObject({
        number: z
          .union([z.string(), z.number()])
          .transform(String)
          .pipe(
            z.string().regex(/^(\d+[a-z]?|[a-z])$/, 'expected an item number such as 2, 2a or a'),
          ),
        title: text,
        reviews: z.array(slug).default([]),
        annexes: z.array(slug).default([]),
        evidence,
      }),
    )
    .default([]),
  decisions: z.array(decisionEntry).default([]),
});
