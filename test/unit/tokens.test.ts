import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../src/auth/mint.ts';
import { authenticator } from '../../src/auth/tokens.ts';
import { loadConfig } from '../../src/config.ts';

const secret = 'a-secret-that-is-long-enough-0123456789';
const auth = loadConfig({ AUTH_JWT_SECRET: secret }).security.auth;
const authenticate = authenticator(auth);

const bearer = async (sub: string) =>
  `Bearer ${await new SignJWT({ roles: ['editor'], exp: Math.floor(Date.now() / 1000) + 3600 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .sign(new TextEncoder().encode(secret))}`;

describe("a token's subject, kept as the curator's name on every fact they write", () => {
  it.each([
    ['a\u0000\u202e<script>'],
    ['alice\u0000'],
    ['alice\nbob'],
    ['\u202eecila'],
    ['alice\u2066x\u2069'],
    ['<b>alice</b>'],
  ])('%j is refused, saying why', async (sub) => {
    const { viewer, problem } = await authenticate(await bearer(sub));
    expect(viewer).toBeNull();
    expect(problem).toBe(
      "the token's sub claim is not accepted: a name without control or bidirectional-text characters or markup (< >)",
    );
  });

  it.each([['alice'], ['Jürgen Müller'], ['김민준'], ['editor@example.org'], ['O’Brien, Ann']])(
    '%j is accepted',
    async (sub) => {
      expect((await authenticate(await bearer(sub))).viewer?.subject).toBe(sub);
    },
  );

  it('is refused by npm run token too, before anything is signed', async () => {
    await expect(
      mintToken(auth, { subject: 'a\u202eb', roles: ['editor'], expiresIn: '1h' }),
    ).rejects.toThrow(/control or bidirectional-text characters/);
  });
});
