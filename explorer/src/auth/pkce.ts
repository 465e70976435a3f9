/**
 * The pieces of an OAuth 2.0 authorization code flow with PKCE (RFC 7636) that a page makes for
 * itself: a secret verifier, its S256 challenge, and the random state and nonce it checks when
 * the identity provider sends the browser back.
 */

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** 32 random bytes, base64url: 43 characters, as RFC 7636 recommends for a verifier. */
export const randomValue = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

/**
 * The S256 code challenge of a verifier: BASE64URL(SHA-256(ASCII(verifier))). Web Crypto hashes
 * only on a secure page (HTTPS, or localhost), which is where a provider sends codes back anyway.
 */
export async function codeChallenge(verifier: string): Promise<string> {
  if (crypto.subtle === undefined) {
    throw new Error('Signing in with an identity provider needs the page served over HTTPS.');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/**
 * Whether the state the provider sent back is the one this tab sent: compared in full, so that
 * a code meant for another sign-in (or forged by another site) is never exchanged.
 */
export const stateMatches = (sent: string | undefined, received: string | null): boolean =>
  sent !== undefined && sent.length > 0 && received === sent;
