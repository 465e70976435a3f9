import type { Label } from '../model/labels.ts';
import type { CypherReader } from '../neo4j/database.ts';
import { type EntityRecord, toEntity } from './records.ts';

/** Characters with a meaning in Lucene's query syntax. */
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** At most this many words of a search are used. */
const maxSearchWords = 12;

/**
 * The Lucene query for what a user typed: every word escaped, so no syntax can break or widen the
 * query, and lower-cased, so AND, OR and NOT are words, not operators. A word matches whole or
 * as the start of a longer word ("leop" finds "leopard"); more matching words rank higher. The
 * words as typed rank highest in an alias or an acronym, the names people use for the thing
 * itself ("SOM-18" puts the meeting before the pages about it, "NEAMPAN" the network), then in a
 * name ("Amur leopard" puts the species first). Returns undefined when nothing searchable is left.
 */
export function luceneQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, maxSearchWords)
    .map((word) => word.replace(luceneSpecial, '\\$&'));
  if (words.length === 0) return undefined;
  const anyWord = words.map((word) => `(${word} OR ${word}*)`).join(' ');
  const phrase = `"${words.join(' ')}"`;
  return `${anyWord} name:${phrase}^4 aliases:${phrase}^8 acronym:${phrase}^8`;
}

export interface SearchHit {
  score: number;
  node: EntityRecord;
}

export async function search(
  reader: CypherReader,
  text: string,
  limit: number,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (query === undefined) return [];
  const rows = await reader.read<{
    label: Label;
    properties: Record<string, unknown>;
    score: number;
  }>('read/search', { query, limit });
  return rows.map((row) => ({ score: row.score, node: toEntity(row.label, row.properties) }));
}
