import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/graph/search.ts';

describe('the Lucene query a search becomes', () => {
  it('escapes every character Lucene gives a meaning, and lower-cases its operators into words', () => {
    expect(luceneQuery('Amur leopard')).toBe(
      '(amur OR amur*) (leopard OR leopard*) name:"amur leopard"^4',
    );
    expect(luceneQuery('name:x AND (y)')).toBe(
      '(name\\:x OR name\\:x*) (and OR and*) (\\(y\\) OR \\(y\\)*) name:"name\\:x and \\(y\\)"^4',
    );
    expect(luceneQuery('"*?~^')).toBe(
      '(\\"\\*\\?\\~\\^ OR \\"\\*\\?\\~\\^*) name:"\\"\\*\\?\\~\\^"^4',
    );
  });

  it('is nothing for blank text, and keeps at most 12 words', () => {
    expect(luceneQuery('  \t ')).toBeUndefined();
    const query = luceneQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '));
    expect(query?.match(/\(w\d+ OR/g)).toHaveLength(12);
  });
});
