import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../src/auth/mint.ts';
import { loadConfig } from '../../src/config.ts';

const auth = loadConfig({ AUTH_JWT_SECRET: 'a-secret-that-is-long-enough-0123456789' }).security
  .auth;

describe('npm run token', () => {
  it('mints a token for the subject, with its roles, valid for the time asked', async () => {
    const token = await mintToken(auth, { subject: 'alice', roles: ['editor'], expiresIn: '8h' });
    const { sub, roles, iat, exp } = decodeJwt(token);
    expect({ sub, roles, lifetime: (exp ?? 0) - (iat ?? 0) }).toEqual({
      sub: 'alice',
      roles: ['editor'],
      lifetime: 8 * 3600,
    });
  });

  it('refuses to mint a token the service would refuse as living too long', async () => {
    await expect(
      mintToken(auth, { subject: 'alice', roles: ['editor'], expiresIn: '90d' }),
    ).rejects.toThrow('A token may be valid for at most 31 days; ask for less with --expires.');
  });
});
