import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/dataset/evidence.ts';

const page =
  'One of the meaningful outcomes was that the Meeting\u00a0launched the North-East Asian\nMarine Protected Areas Network (NEAMPAN)';

describe('finding a quote in its source', () => {
  it('returns the exact span of the source, whatever whitespace the curator typed', () => {
    expect(
      findQuote(
        page,
        'the Meeting launched the North-East Asian Marine Protected Areas Network (NEAMPAN)',
      ),
    ).toBe(
      'the Meeting\u00a0launched the North-East Asian\nMarine Protected Areas Network (NEAMPAN)',
    );
  });

  it('does not forgive a changed letter, case or punctuation', () => {
    expect(findQuote(page, 'the meeting launched')).toBeUndefined();
    expect(findQuote(page, 'the Meeting launched the North East Asian')).toBeUndefined();
    expect(findQuote(page, 'Network NEAMPAN')).toBeUndefined();
  });

  it('treats regular-expression characters in the quote as plain text', () => {
    expect(findQuote(page, '(NEAMPAN)')).toBe('(NEAMPAN)');
    expect(findQuote(page, 'Network (.*)')).toBeUndefined();
  });

  it('finds a quote of any length, with whitespace anywhere in the source', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const text = `\n ${words.join(' \u00a0\n')} `;
    const quote = words.slice(7, 10_007).join(' ');
    expect(findQuote(text, quote)).toBe(words.slice(7, 10_007).join(' \u00a0\n'));
    expect(findQuote(text, `${quote} w0`)).toBeUndefined();
  });

  it('finds a quote whose beginning repeats in the text before it', () => {
    const text = `${'a '.repeat(5_000)}a b`;
    expect(findQuote(text, `${'a '.repeat(500)}b`)).toBe(`${'a '.repeat(500)}b`);
    expect(findQuote(text, `${'a '.repeat(500)}c`)).toBeUndefined();
    expect(findQuote('abcabcabd', 'abcabd')).toBe('abcabd');
    expect(findQuote('aab', 'ab')).toBe('ab');
  });

  it('takes as whitespace exactly what \\s matches', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const character = String.fromCharCode(code);
      const found = findQuote(`one${character}two three`, 'one two three');
      expect(found, `U+${code.toString(16)}`).toBe(
        /\s/.test(character) ? `one${character}two three` : undefined,
      );
    }
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(page, '   ')).toBeUndefined();
  });
});
