/**
 * The rules evidence obeys, wherever a fact comes from (a dataset file or a curation mutation):
 * its source exists; a quote is verbatim in the source's held text; a note's source can be
 * looked up by URL or document reference.
 */
import type { Evidence } from '../model/facts.ts';
import type { EvidenceItem } from './format.ts';

/** What the rules need to know about a source. */
export interface SourceRecord {
  id: string;
  url?: string | undefined;
  reference?: string | undefined;
  text?: string | undefined;
  /** The page announces what it is about and reports none of it as done. */
  announces?: boolean | undefined;
}

/** What the rules need of a source, from the properties its node is stored with. */
export function storedSource(id: string, properties: Record<string, unknown>): SourceRecord {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    id,
    url: text(properties.url),
    reference: text(properties.reference),
    text: text(properties.text),
    announces: properties.announces === true,
  };
}

/** Whitespace as `\s` sees it (ECMAScript's WhiteSpace and LineTerminator), by UTF-16 code unit. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** For each prefix of `pattern`, the length of its longest proper prefix that also ends it. */
function prefixTable(pattern: string): Int32Array {
  const table = new Int32Array(pattern.length);
  for (let i = 1, matched = 0; i < pattern.length; i += 1) {
    while (matched > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(matched))
      matched = table[matched - 1] as number;
    if (pattern.charCodeAt(i) === pattern.charCodeAt(matched)) matched += 1;
    table[i] = matched;
  }
  return table;
}

/**
 * Where the match that ends at `end` of `text` starts, given its `length` once each run of
 * whitespace counts as one character.
 */
function matchStart(text: string, end: number, length: number): number {
  let start = end;
  for (let left = length - 1; left > 0; left -= 1) {
    start -= 1;
    while (isWhitespace(text.charCodeAt(start)) && isWhitespace(text.charCodeAt(start - 1)))
      start -= 1;
  }
  return start;
}

/**
 * Finds `quote` in `text`, word for word and character for character, except that any run of
 * whitespace matches any other (source pages use non-breaking spaces and line breaks where a
 * curator types a space). Returns the exact span of `text`, or undefined when it is not there.
 * One pass over the text (Knuth-Morris-Pratt): the time grows with the length of the text and
 * the quote, never with their product, whatever either repeats.
 */
export function findQuote(text: string, quote: string): string | undefined {
  const wanted = quote.trim().replace(/\s+/g, ' ');
  if (wanted === '') return undefined;
  const fallback = prefixTable(wanted);
  let matched = 0;
  let afterWhitespace = false;
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      if (afterWhitespace) continue;
      afterWhitespace = true;
      code = 0x20;
    } else {
      afterWhitespace = false;
    }
    while (matched > 0 && code !== wanted.charCodeAt(matched))
      matched = fallback[matched - 1] as number;
    if (code === wanted.charCodeAt(matched)) matched += 1;
    if (matched === wanted.length) return text.slice(matchStart(text, i, matched), i + 1);
  }
  return undefined;
}

/** A problem with one evidence item: which field, and what is wrong. */
interface EvidenceProblem {
  field: 'source' | 'quote' | 'note';
  message: string;
}

/** Checks one evidence item; returns the evidence to store, or the problem. */
export function checkEvidence(
  item: EvidenceItem,
  source: SourceRecord | undefined,
): { evidence: Evidence } | { problem: EvidenceProblem } {
  if (source === undefined) {
    return { problem: { field: 'source', message: `unknown source "${item.source}"` } };
  }
  if (item.quote !== undefined) {
    if (source.text === undefined) {
      return {
        problem: {
          field: 'quote',
          message: `source ${source.id} has no text to quote from: give a note instead, or add its text`,
        },
      };
    }
    const exact = findQuote(source.text, item.quote);
    if (exact === undefined) {
      return { problem: { field: 'quote', message: `not found in source ${source.id}` } };
    }
    return { evidence: { source: source.id, quote: exact } };
  }
  if (source.url === undefined && source.reference === undefined) {
    return {
      problem: {
        field: 'note',
        message: `source ${source.id} has neither a url nor a reference for a reader to check the note`,
      },
    };
  }
  return { evidence: { source: source.id, note: item.note } };
}
