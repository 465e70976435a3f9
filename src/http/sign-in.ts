import type { Plugin } from 'graphql-yoga';
import type { SecurityConfig } from '../config.ts';

/** Where the explorer page learns how editors sign in. */
export const signInPath = '/explore/sign-in.json';

/**
 * Tells the explorer page which identity provider editors sign in with, if one is configured:
 * `{"provider":{"issuer":"…","clientId":"…","name":"…"}}`, or `{"provider":null}` (editors then
 * paste a token). Public: a browser learns all of it from the provider's sign-in page anyway.
 */
export function signInOptions(auth: SecurityConfig['auth']): Plugin {
  const body = JSON.stringify({ provider: auth.oidc ?? null });
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== signInPath) return;
      const headers = {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response(null, { status: 405, headers: { ...headers, allow: 'GET, HEAD' } }),
        );
        return;
      }
      endResponse(new fetchAPI.Response(request.method === 'GET' ? body : null, { headers }));
    },
  };
}
