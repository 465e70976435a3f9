/**
 * Signing in through the identity provider the service names: the OAuth 2.0 authorization code
 * flow with PKCE, as OpenID Connect specifies it for a page without a server-side secret. The
 * page sends the browser to the provider with an S256 code challenge, a state and a nonce; the
 * provider sends it back to /explore with a code, which the page exchanges (with its verifier)
 * at the provider's token endpoint. The access token is what the service is sent and checks
 * (through AUTH_JWKS_URL).
 */
import { base } from '../state.ts';
import { unverifiedClaims } from './claims.ts';
import { codeChallenge, randomValue, stateMatches } from './pkce.ts';

/** The identity provider the service names at /explore/sign-in.json. */
export interface Provider {
  issuer: string;
  clientId: string;
  name: string;
}

/** The parts of the provider's discovery document the flow uses. */
interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

/** What this tab keeps while the browser is at the provider: the secrets it must send back. */
interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  /** The view to go back to. */
  returnTo: string;
}

const pendingKey = 'neaspec.sign-in';

/** Where the provider sends the browser back: one fixed address, to register with it. */
const redirectUri = () => `${location.origin}${base}`;

/** The identity provider editors sign in with, or null when they paste a token. */
export async function signInProvider(): Promise<Provider | null> {
  const response = await fetch(`${base}/sign-in.json`, { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  return ((await response.json()) as { provider: Provider | null }).provider;
}

async function discover(provider: Provider): Promise<Discovery> {
  const url = `${provider.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let document: Partial<Discovery>;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`it answered ${response.status}`);
    document = (await response.json()) as Partial<Discovery>;
  } catch (error) {
    throw new Error(
      `${provider.name} cannot be reached (${url}: ${error instanceof Error ? error.message : error}).`,
    );
  }
  const { issuer, authorization_endpoint, token_endpoint } = document;
  if (issuer !== provider.issuer) {
    throw new Error(
      `${provider.name} names itself ${JSON.stringify(issuer)}, not ${provider.issuer}, so it is not trusted here.`,
    );
  }
  if (typeof authorization_endpoint !== 'string' || typeof token_endpoint !== 'string') {
    throw new Error(`${provider.name}'s configuration names no authorization or token endpoint.`);
  }
  return { issuer, authorization_endpoint, token_endpoint };
}

/** Sends the browser to the provider's sign-in page. */
export async function startSignIn(provider: Provider): Promise<void> {
  const discovery = await discover(provider);
  const pending: Pending = {
    verifier: randomValue(),
    state: randomValue(),
    nonce: randomValue(),
    returnTo: `${location.pathname}${location.search}${location.hash}`,
  };
  const authorize = new URL(discovery.authorization_endpoint);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await codeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  })) {
    authorize.searchParams.set(name, value);
  }
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  location.assign(authorize.href);
}

/** The provider's reply and the sign-in this tab started, once the browser is back. */
export interface Reply {
  params: URLSearchParams;
  pending: Pending | undefined;
}

/**
 * Takes the provider's reply out of the page's address at once (so that no view, shared link,
 * reload or history entry keeps the code), putting back the view the editor left.
 */
export function takeReply(): Reply | null {
  const params = new URLSearchParams(location.search);
  const replied = location.pathname === base && params.has('state');
  if (!replied || !(params.has('code') || params.has('error'))) return null;
  const kept = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  const pending = kept === null ? undefined : (JSON.parse(kept) as Pending);
  history.replaceState(null, '', pending?.returnTo ?? base);
  return { params, pending };
}

/** Exchanges the reply's code for the token the service will be sent. */
export async function finishSignIn(
  provider: Provider,
  { params, pending }: Reply,
): Promise<string> {
  if (!stateMatches(pending?.state, params.get('state'))) {
    throw new Error(
      'This answer of the identity provider is not for a sign-in started in this tab.',
    );
  }
  const refused = params.get('error');
  if (refused !== null) {
    throw new Error(
      `${provider.name} did not sign you in: ${params.get('error_description') ?? refused}.`,
    );
  }
  const { token_endpoint } = await discover(provider);
  const response = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      client_id: provider.clientId,
      code_verifier: pending?.verifier ?? '',
    }),
  });
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof answer.access_token !== 'string') {
    const why = answer.error_description ?? answer.error ?? `it answered ${response.status}`;
    throw new Error(`${provider.name} issued no token: ${why}.`);
  }
  const idToken = typeof answer.id_token === 'string' ? answer.id_token : '';
  if (unverifiedClaims(idToken).nonce !== pending?.nonce) {
    throw new Error(`${provider.name}'s answer is not for this sign-in (its nonce differs).`);
  }
  return answer.access_token;
}
