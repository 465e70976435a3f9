/**
 * How a stored value and a fact's evidence read in an export's cells: the same in every format
 * that has cells (CSV, GraphML). A list's items are joined with "; "; a fact's evidence items
 * are one line each in the evidence columns, a quote's or note's own runs of whitespace written
 * as one space (the rule a quote is matched to its source text by, so it still matches).
 */
import type { PropertyValue } from '../model/facts.ts';
import type { ExportedFact } from '../neo4j/statements.ts';

/** Properties that are not columns: evidence has columns of its own; source texts stay in data/. */
export const notColumns = new Set(['evidenceSources', 'evidenceQuotes', 'evidenceNotes', 'text']);

export const evidenceColumns = [
  'evidence_source',
  'evidence_quote',
  'evidence_note',
  'evidence_url',
] as const;

/** One evidence item: its source's key and URL, and a verbatim quote or a note ('' when none). */
export interface EvidenceItem {
  source: string;
  quote: string;
  note: string;
  url: string;
}

const list = (value: PropertyValue | null | undefined): string[] =>
  Array.isArray(value) ? value : [];

/** The evidence items of a fact, in the order stored. */
export function evidenceOf({ properties, urls }: ExportedFact): EvidenceItem[] {
  const quotes = list(properties.evidenceQuotes);
  const notes = list(properties.evidenceNotes);
  return list(properties.evidenceSources).map((source, i) => ({
    source,
    quote: quotes[i] ?? '',
    note: notes[i] ?? '',
    url: urls[i] ?? '',
  }));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The evidence columns' cells: one line per item. */
export function evidenceCells(items: readonly EvidenceItem[]): string[] {
  return [
    items.map((item) => item.source),
    items.map((item) => oneLine(item.quote)),
    items.map((item) => oneLine(item.note)),
    items.map((item) => item.url),
  ].map((lines) => lines.join('\n'));
}

/** A stored value as a cell: '' when not recorded. */
export function cell(value: PropertyValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
