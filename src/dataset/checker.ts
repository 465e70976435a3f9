/**
 * The fact checker: every rule a fact obeys wherever it comes from, a dataset file or a curation
 * mutation. It checks references, dates, placement and evidence, and the rules of
 * data/README.md a program can check (a host needs "hosted by" evidence, OUTCOME names no verb,
 * online is stated, a city's State comes from "City, Country", attendance names the States,
 * what only an announcement supports stays announced, uncertainty is stated, an agenda item
 * named after a programme area reviews it).
 * Each problem is kept with the path of the field it is about, in words a curator can act on.
 */

import type { Evidence } from '../model/facts.ts';
import type { Label } from '../model/labels.ts';
import {
  type DecisionKind,
  decisionKinds,
  decisionKindTable,
  decisionVerbIn,
} from './decision-kinds.ts';
import { checkEvidence, type SourceRecord } from './evidence.ts';
import type { EvidenceItem } from './format.ts';
import { memoised, plainTitle, programmesByTitle, StateNames } from './name-index.ts';

/** What the checker knows of the entries a fact may name. */
export interface Known {
  /** The label of the entry with this id, if there is one. */
  labelOf(id: string): Label | undefined;
  source(id: string): SourceRecord | undefined;
  /** Every member State's names and aliases by iso3, e.g. KOR: ["Republic of Korea", "ROK"]. */
  stateNames?: ReadonlyMap<string, readonly string[]>;
  /** Every programme area's name and aliases by slug. */
  programmeNames?: ReadonlyMap<string, readonly string[]>;
}

export interface CheckProblem {
  /** The field, e.g. `decisions[2].evidence[0].quote` or `input.city`. */
  path: string;
  message: string;
}

/** A label as words: MemberState is "member state". */
export const words = (label: Label) => label.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
const article = (label: Label) => (/^[AEIOU]/.test(label) ? 'an' : 'a');
const lastField = (path: string) => path.split('.').at(-1) ?? path;
const textsOf = (items: readonly EvidenceItem[]) =>
  items.map((item) => item.quote ?? item.note ?? '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Evidence of a host says who hosted: "hosted by ..." or "... Hosts ...". */
const hostWords = /\bhosted\s+by\b|\bhosts\b/i;
/** Evidence of an online meeting says so. */
const onlineWords = /\bonline\b|\bvirtual(ly)?\b|\bvideo-?conference\b/i;
/** The summary of something only announced says so. */
const announcedWords = /\bannounce[sd]?\b/i;
/** What only a report can say: that it was held, or what it did (a decision verb's past form). */
const reportedWords = new RegExp(
  [
    String.raw`\b(?:was|were|been)\s+held\b`,
    String.raw`\btook\s+place\b`,
    ...decisionKinds.flatMap((kind) =>
      decisionKindTable[kind].verbs
        .filter((verb) => verb.endsWith('ed') || verb === 'took note')
        .map((verb) => String.raw`\b${verb}\b`),
    ),
  ].join('|'),
  'i',
);
const reportedIn = (text: string) => reportedWords.exec(text)?.[0];
/** Evidence for `certainty: uncertain` says what is uncertain, or that the sources disagree. */
const uncertainWords =
  /\buncertain|\bunclear\b|\bunconfirmed\b|\bnot\s+(?:certain|sure|confirmed|clear)\b|\bdisagree|\bconflict|\bdiffer|\btentative|\bto\s+be\s+confirmed\b/i;
/** The name tables the checkers of one dataset or transaction share, indexed once each. */
const stateNamesOf = memoised(
  (names: ReadonlyMap<string, readonly string[]>) => new StateNames(names),
);
const programmesByTitleOf = memoised(programmesByTitle);

export class FactChecker {
  readonly problems: CheckProblem[] = [];

  private readonly known: Known;

  constructor(known: Known) {
    this.known = known;
  }

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Does `id` name an entry of one of `expected`? Records a problem naming what it is instead. */
  reference(expected: readonly Label[], id: string, path: string): boolean {
    const found = this.known.labelOf(id);
    const wanted = expected.map(words).join(' or ');
    if (found === undefined) {
      this.problem(path, `unknown ${wanted} "${id}"`);
      return false;
    }
    if (expected.includes(found)) return true;
    this.problem(
      path,
      `"${id}" is ${article(found)} ${words(found)}, not ${article(expected[0] as Label)} ${wanted}`,
    );
    return false;
  }

  /** An end date is never before its start, and never without one. `path` is the end date's. */
  dates(start: string | undefined, end: string | undefined, path: string): void {
    if (end === undefined) return;
    if (start === undefined) this.problem(path, 'an end date needs a startDate');
    else if (end < start) this.problem(path, `${end} is before startDate ${start}`);
  }

  /** Something happens in a place or online, not both. `path` is the place's field. */
  placement(place: string | undefined, online: boolean, path: string): void {
    if (place !== undefined && online)
      this.problem(path, `give either ${lastField(path)} or online: true, not both`);
  }

  /** Checks evidence items; returns them as stored when all pass, else undefined. */
  evidence(items: readonly EvidenceItem[], path: string): Evidence[] | undefined {
    const checked: Evidence[] = [];
    for (const [index, item] of items.entries()) {
      const result = checkEvidence(item, this.known.source(item.source));
      if ('problem' in result)
        this.problem(`${path}[${index}].${result.problem.field}`, result.problem.message);
      else checked.push(result.evidence);
    }
    return checked.length === items.length ? checked : undefined;
  }

  /** A host only where a source says who hosted: its evidence says "hosted by" or "hosts". */
  host(items: readonly EvidenceItem[], path: string): void {
    if (!textsOf(items).some((text) => hostWords.test(text)))
      this.problem(
        path,
        'a host needs evidence that says who hosted ("hosted by ..." or "... hosts ...", with the hosting body); a venue or a rotation is not a host',
      );
  }

  /** `OUTCOME` is for an outcome whose source names no verb; a named verb gives the kind. */
  decisionKind(kind: DecisionKind, items: readonly EvidenceItem[], path: string): void {
    if (kind !== 'OUTCOME') return;
    for (const text of textsOf(items)) {
      const named = decisionVerbIn(text);
      if (named !== undefined) {
        this.problem(
          path,
          `OUTCOME is for an outcome whose source names no verb, but the evidence says "${named.verb}": use ${named.kind}`,
        );
        return;
      }
    }
  }

  /** `online: true` only where the evidence says the meeting was online (virtual, by video). */
  online(online: boolean, items: readonly EvidenceItem[], path: string): void {
    if (online && !textsOf(items).some((text) => onlineWords.test(text)))
      this.problem(
        path,
        'online: true needs evidence that says it was online, virtual or by video',
      );
  }

  /**
   * A city's State only from the source's "City, Country": some evidence writes the city's name,
   * a comma, and then (ending that phrase) the State's name or alias.
   */
  cityState(city: string, state: string, items: readonly EvidenceItem[], path: string): void {
    const after = new RegExp(`\\b${escapeRegExp(city)},\\s+([^.;,()\\n]+)`, 'g');
    const named = textsOf(items).some((text) =>
      [...text.matchAll(after)].some((match) => this.#statesEnding(match[1] ?? '').includes(state)),
    );
    if (!named)
      this.problem(
        path,
        `a city's State needs evidence that writes "${city}, ${this.known.stateNames?.get(state)?.[0] ?? state}" as the source does`,
      );
  }

  /**
   * Something only announced (each of its sources announces it) is loaded as announced: its
   * summary says so and neither that it was held nor what it decided, and it carries none of
   * `outcomes` (the paths of the fields it fills, such as a meeting's decisions or attendance).
   * `path` is the entry's.
   */
  announced(
    summary: string | undefined,
    outcomes: readonly string[],
    items: readonly EvidenceItem[],
    path: string,
  ): void {
    const sources = [...new Set(items.map((item) => item.source))];
    if (!sources.every((id) => this.known.source(id)?.announces === true)) return;
    const only = `its only source${sources.length === 1 ? '' : 's'} (${sources.join(', ')}) announce${sources.length === 1 ? 's' : ''} it`;
    const reported = summary === undefined ? undefined : reportedIn(summary);
    if (summary === undefined || !announcedWords.test(summary))
      this.problem(`${path}.summary`, `${only}: the summary must say it was announced`);
    else if (reported !== undefined)
      this.problem(
        `${path}.summary`,
        `${only}: the summary must not say "${reported}", which only a report of it can`,
      );
    for (const field of outcomes)
      this.problem(field, `${only} and reports no outcome: give no ${lastField(field)}`);
  }

  /** `certainty: uncertain` only where the evidence says what is uncertain or disputed. */
  certainty(
    certainty: 'certain' | 'uncertain',
    items: readonly EvidenceItem[],
    path: string,
  ): void {
    if (certainty === 'uncertain' && !textsOf(items).some((text) => uncertainWords.test(text)))
      this.problem(
        path,
        'certainty: uncertain needs evidence that says what is uncertain (the source calls it uncertain or unconfirmed, or sources disagree)',
      );
  }

  /**
   * An agenda item titled with a programme area's name or alias reviews that area; where several
   * areas bear the title (copies of the dataset, as the benchmarks' larger graphs are), one of them.
   */
  agendaReviews(title: string, reviews: readonly string[], path: string): void {
    const { programmeNames } = this.known;
    if (programmeNames === undefined) return;
    const named = programmesByTitleOf(programmeNames).get(plainTitle(title)) ?? [];
    if (named.length === 0 || named.some((slug) => reviews.includes(slug))) return;
    this.problem(
      path,
      named.length === 1
        ? `the item's title "${title}" is a name of the programme area ${named[0]}: the item reviews it, so add ${named[0]} to its reviews`
        : `the item's title "${title}" is a name of the programme areas ${named.join(', ')}: the item reviews one of them, so add it to its reviews`,
    );
  }

  /** Attendance only from an explicit list: the evidence names every State listed. */
  attendance(states: readonly string[], items: readonly EvidenceItem[], path: string): void {
    const named = new Set(textsOf(items).flatMap((text) => this.#statesIn(text)));
    const unnamed = states.filter((state) => !named.has(state));
    if (unnamed.length > 0)
      this.problem(
        path,
        `attendance comes from an explicit list: the evidence names no ${unnamed.join(', ')}`,
      );
  }

  /** The member States' names that may occur in `text`, longest first. */
  #names(text: string): [name: string, states: string[]][] {
    const { stateNames } = this.known;
    return stateNames === undefined ? [] : stateNamesOf(stateNames).candidates(text);
  }

  /** The States a text names; a longer name, once read, hides the shorter names inside it. */
  #statesIn(text: string): string[] {
    let rest = text;
    const found: string[] = [];
    for (const [name, states] of this.#names(text)) {
      const unread = rest.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'), ' ');
      if (unread !== rest) found.push(...states);
      rest = unread;
    }
    return found;
  }

  /** The States whose name ends `phrase` ("Inner Mongolia Autonomous Region of China": China). */
  #statesEnding(phrase: string): string[] {
    const trimmed = phrase.trim();
    const ending = this.#names(trimmed).find(([name]) =>
      new RegExp(`(^|\\s)(the\\s+)?${escapeRegExp(name)}$`).test(trimmed),
    );
    return ending?.[1] ?? [];
  }
}
