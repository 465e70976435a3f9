import { describe, expect, it } from 'vitest';
import { unverifiedClaims } from '../../explorer/src/auth/claims.ts';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe("the claims the explorer reads from a token's payload", () => {
  it('reads names in any script, as UTF-8', () => {
    const jwt = `${part({ alg: 'RS256' })}.${part({ sub: 'Батболд Оюунаа 김민지', nonce: 'n-1' })}.sig`;
    expect(unverifiedClaims(jwt)).toEqual({ sub: 'Батболд Оюунаа 김민지', nonce: 'n-1' });
  });

  it.each([
    ['no payload', 'abc'],
    ['a payload that is not base64url JSON', 'a.%%%.c'],
    ['a payload that is not an object', `a.${part('text')}.c`],
    ['nothing', ''],
  ])('finds no claims in %s', (_, jwt) => {
    expect(unverifiedClaims(jwt)).toEqual({});
  });
});
