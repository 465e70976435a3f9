/**
 * Bearer tokens (JWT) of editors, checked with jose against the configured HS256 secret or
 * JWKS. A token says who the viewer is (`sub`) and what they may do (`roles`).
 */
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import type { SecurityConfig } from '../config.ts';

export interface Viewer {
  subject: string;
  roles: string[];
}

export type Authentication =
  | { viewer: Viewer | null; problem?: undefined }
  /** A token was sent but cannot be accepted: the request is refused, whatever it asks. */
  | { viewer: null; problem: string };

type AuthConfig = SecurityConfig['auth'];

/** The longest a token may be valid: one that claims longer is refused (and not minted). */
export const maxTokenLifetimeSeconds = 31 * 24 * 3600;
/** How far ahead of this server's clock an issuer's clock may be. */
const clockSkewSeconds = 60;
/** The longest subject kept as a curator's name. */
const maxSubjectLength = 200;

/**
 * What a name may not hold: control characters (NUL, line breaks), the characters that reorder
 * the text shown around them (U+202E shows "alice" as "ecila"), and markup's brackets.
 */
const notInNames = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069<>]/u;

/** Why a subject cannot be a curator's name, if it cannot. */
export function subjectProblem(subject: string): string | undefined {
  if (notInNames.test(subject))
    return 'a name without control or bidirectional-text characters or markup (< >)';
  return undefined;
}

/**
 * Why a verified token is refused, if it is: a claim no sane issuer writes. A subject that is not
 * a name (it is kept on every fact the editor writes), a token issued in the future, or one valid
 * for longer than any session.
 */
function insaneClaim({ sub, iat, exp }: JWTPayload): string | undefined {
  const now = Date.now() / 1000;
  const refused = (claim: string, why?: string) =>
    `the token's ${claim} claim is not accepted${why ? `: ${why}` : ''}`;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > maxSubjectLength)
    return refused('sub');
  const problem = subjectProblem(sub);
  if (problem !== undefined) return refused('sub', problem);
  if (iat !== undefined && iat > now + clockSkewSeconds) return refused('iat');
  if (exp === undefined || exp > now + maxTokenLifetimeSeconds) return refused('exp');
  return undefined;
}

/** Why a token was refused, in words for the client (never the token itself). */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'the token is not signed with a key this service trusts';
  if (error instanceof errors.JOSEAlgNotAllowed)
    return "the token's signing algorithm is not accepted";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'the token is not signed with a key this service trusts';
  return 'the token is malformed';
}

/** Returns a function that reads the Authorization header of a request. */
export function authenticator(
  config: AuthConfig,
): (header: string | null) => Promise<Authentication> {
  const key = config.secret
    ? new TextEncoder().encode(config.secret)
    : config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : undefined;
  const algorithms = config.secret ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'];

  return async (header) => {
    const [scheme, ...credentials] = header?.trim().split(/\s+/) ?? [];
    // Another scheme (a proxy's Basic credentials) is not for this service: read on without it.
    if (scheme === undefined || scheme.toLowerCase() !== 'bearer') return { viewer: null };
    const bearer = credentials.length === 1 ? credentials[0] : undefined;
    if (bearer === undefined) {
      return { viewer: null, problem: 'the Authorization header must be "Bearer <token>"' };
    }
    if (key === undefined)
      return { viewer: null, problem: 'this service accepts no tokens (no key is configured)' };
    try {
      const { payload } = await jwtVerify(bearer, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['sub', 'exp'],
      });
      const insane = insaneClaim(payload);
      if (insane !== undefined) return { viewer: null, problem: insane };
      return { viewer: { subject: payload.sub as string, roles: roles(payload) } };
    } catch (error) {
      return { viewer: null, problem: reason(error) };
    }
  };
}

function roles(payload: JWTPayload): string[] {
  const claim = payload.roles;
  return Array.isArray(claim)
    ? claim.filter((role): role is string => typeof role === 'string')
    : [];
}
