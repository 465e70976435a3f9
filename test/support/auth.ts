import { SignJWT } from 'jose';
import { mintToken } from '../../src/auth/mint.ts';
import type { App } from '../../src/server.ts';
import { securityWith } from './database.ts';

/** The signing secret of the test servers. */
export const testSecret = 'test-secret-that-is-long-enough-0123456789';

/** Curation on, with room for the many writes the tests make at once (limits have a test). */
export const editorSecurity = securityWith({
  AUTH_JWT_SECRET: testSecret,
  CURATION_WRITES_PER_MINUTE: '100000',
});

/** A token as `npm run token` mints it. */
export const token = (roles: string[] = ['editor'], expiresIn = '1h', subject = 'test-curator') =>
  mintToken(editorSecurity.auth, { subject, roles, expiresIn });

/** A token signed with another key than the server's. */
export const foreignToken = () =>
  new SignJWT({ roles: ['editor'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('intruder')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('another-secret-that-is-long-enough-0123456789'));

/** A token that expired an hour ago. */
export const expiredToken = () =>
  new SignJWT({ roles: ['editor'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('late')
    .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
    .sign(new TextEncoder().encode(testSecret));

/** A token signed with the server's secret carrying exactly `claims`, sane or not. */
export const signedToken = (claims: Record<string, unknown>) =>
  new SignJWT({ roles: ['editor'], exp: Math.floor(Date.now() / 1000) + 3600, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(testSecret));

/** An unsigned token (alg "none"), which must never be accepted. */
export const unsignedToken = () => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none' })}.${part({ sub: 'nobody', roles: ['editor'], exp })}.`;
};

/** POSTs an operation with an Authorization header (none when `bearer` is undefined). */
export async function send(
  app: App,
  query: string,
  variables: Record<string, unknown>,
  bearer?: string,
) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, Record<string, unknown> | null> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, headers: response.headers, ...body };
}
