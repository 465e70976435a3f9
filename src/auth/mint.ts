import { decodeJwt, SignJWT } from 'jose';
import { ConfigError, type SecurityConfig } from '../config.ts';
import { maxTokenLifetimeSeconds, subjectProblem } from './tokens.ts';

/** A signed HS256 token for `subject` with `roles`, valid for `expiresIn` (e.g. "8h"). */
export async function mintToken(
  auth: SecurityConfig['auth'],
  { subject, roles, expiresIn }: { subject: string; roles: string[]; expiresIn: string },
): Promise<string> {
  if (auth.secret === undefined) {
    throw new ConfigError(
      'Set AUTH_JWT_SECRET to mint tokens (with a JWKS, your identity provider issues them).',
    );
  }
  const problem = subjectProblem(subject);
  if (problem !== undefined)
    throw new ConfigError(`The subject is refused by the service: it must be ${problem}.`);
  let token = new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt();
  token = token.setExpirationTime(expiresIn);
  if (auth.issuer) token = token.setIssuer(auth.issuer);
  if (auth.audience) token = token.setAudience(auth.audience);
  const signed = await token.sign(new TextEncoder().encode(auth.secret));
  const { iat = 0, exp = 0 } = decodeJwt(signed);
  if (exp - iat > maxTokenLifetimeSeconds) {
    throw new ConfigError(
      `A token may be valid for at most ${maxTokenLifetimeSeconds / 86_400} days; ask for less with --expires.`,
    );
  }
  return signed;
}
