import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/graph/search.ts';

describe('the Lucene query a search becomes', () => {
  it('escapes every character Lucene gives a meaning, and lower-cases its operators into words', () => {
    expect(luceneQuery('name:x AND (y)')).toBe(
      '(name\\:x OR name\\:x*) (and OR and*) (\\(y\\) OR \\(y\\)*) name:"name\\:x and \\(y\\)"^4 aliases:"name\\:x and \\(y\\)"^8 acronym:"name\\:x and \\(y\\)"^8',
    );
    expect(luceneQuery('"*?~^')).toBe(
      '(\\"\\*\\?\\~\\^ OR \\"\\*\\?\\~\\^*) name:"\\"\\*\\?\\~\\^"^4 aliases:"\\"\\*\\?\\~\\^"^8 acronym:"\\"\\*\\?\\~\\^"^8',
    );
  });

  it('ranks the words as typed highest in an alias or acronym, then in a name: "SOM-18" is the meeting before pages about it', () => {
    expect(luceneQuery('SOM-18')).toBe(
      '(som\\-18 OR som\\-18*) name:"som\\-18"^4 aliases:"som\\-18"^8 acronym:"som\\-18"^8',
    );
    expect(luceneQuery('Amur leopard')).toBe(
      '(amur OR amur*) (leopard OR leopard*) name:"amur leopard"^4 aliases:"amur leopard"^8 acronym:"amur leopard"^8',
    );
  });

  it('is nothing for blank text, and keeps at most 12 words', () => {
    expect(luceneQuery('  \t ')).toBeUndefined();
    const query = luceneQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '));
    expect(query?.match(/\(w\d+ OR/g)).toHaveLength(12);
  });
});
