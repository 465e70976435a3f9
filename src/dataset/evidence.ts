/**
 * The rules evidence obeys, wherever a fact comes from (a dataset file or a curation mutation):
 * its source exists; a quote is verbatim in the source's held text; a note's source can be
 * looked up by URL or document reference.
 */
import type { EvidenceItem } from './format.ts';

/** What the rules need to know about a source. */
export interface SourceRecord {
  id: string;
  url?: string | undefined;
  reference?: string | undefined;
  text?: string | undefined;
}

/** Evidence as stored: quotes are the exact span of the source text. */
export interface Evidence {
  source: string;
  quote?: string | undefined;
  note?: string | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds `quote` in `text`, word for word and character for character, except that any run of
 * whitespace matches any other (source pages use non-breaking spaces and line breaks where a
 * curator types a space). Returns the exact span of `text`, or undefined when it is not there.
 */
export function findQuote(text: string, quote: string): string | undefined {
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === '') return undefined;
  return new RegExp(words.join('\\s+'), 'u').exec(text)?.[0];
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

/**
 * Evidence as node or relationship properties: three parallel lists ('' where absent). The same
 * item given twice is stored once.
 */
export function evidenceProperties(given: readonly Evidence[]) {
  const distinct = new Map(
    given.map((item) => [JSON.stringify([item.source, item.quote, item.note]), item]),
  );
  const evidence = [...distinct.values()];
  return {
    evidenceSources: evidence.map((item) => item.source),
    evidenceQuotes: evidence.map((item) => item.quote ?? ''),
    evidenceNotes: evidence.map((item) => item.note ?? ''),
  };
}
