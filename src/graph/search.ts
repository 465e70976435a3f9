/** Full-text search over names, aliases, acronyms, scientific names and summaries. */
import Cypher from '@neo4j/cypher-builder';
import { type FieldPlan, project, type Statement } from './plan.ts';
import type { Selected } from './selection.ts';

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

/**
 * The hits for `query`, best first, each projected as `selected` (a SearchHit) asks:
 * `CALL db.index.fulltext.queryNodes(...) YIELD node, score RETURN {...} ORDER BY score DESC`.
 */
export function searchStatement(query: string, limit: number, selected: Selected): Statement {
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  const clause = Cypher.db.index.fulltext
    .queryNodes('entity_text', new Cypher.Param(query), { limit: new Cypher.Param(limit) })
    .yield(['node', node], ['score', score])
    .return([project(selected, { node, row: { score } }), 'hit'])
    .orderBy([score, 'DESC']);
  return { clause, finish: (rows) => rows.map((row) => row.hit) };
}

/** The node a search hit found, as its selection projects it. */
export const hitPlan: FieldPlan = {
  cypher: (scope, selected) => project(selected, { node: scope.node }),
};
