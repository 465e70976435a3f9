import { describe, expect, it } from 'vitest';
import { codeChallenge, randomValue, stateMatches } from '../../explorer/src/auth/pkce.ts';

describe('the PKCE pieces of the explorer sign-in', () => {
  it('derives the S256 challenge of the verifier of RFC 7636 appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43 unreserved characters, a new one each time', () => {
    const values = new Set(Array.from({ length: 100 }, randomValue));
    expect(values.size).toBe(100);
    for (const value of values) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('accepts only the state it sent, whole', () => {
    const sent = randomValue();
    expect(stateMatches(sent, sent)).toBe(true);
    expect(stateMatches(sent, sent.slice(0, -1))).toBe(false);
    expect(stateMatches(sent, `${sent}x`)).toBe(false);
    expect(stateMatches(sent, null)).toBe(false);
    expect(stateMatches(undefined, sent)).toBe(false);
    expect(stateMatches('', '')).toBe(false);
  });
});
