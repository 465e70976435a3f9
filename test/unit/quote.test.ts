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

  it('finds nothing for an empty quote', () => {
    expect(findQuote(page, '   ')).toBeUndefined();
  });
});
