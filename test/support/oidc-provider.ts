import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { freePort } from '../../harness/free-port.ts';

/** A code the provider issued, and what its exchange must match. */
interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
}

/**
 * A minimal OpenID Connect provider for the browser tests: discovery, an authorization endpoint
 * that signs `subject` in at once and sends the browser back with a code, a token endpoint that
 * exchanges a code once and only with the verifier of its S256 challenge, and its JWKS. Its
 * tokens are RS256, with the `editor` role.
 */
export async function startOidcProvider({
  clientId,
  subject,
}: {
  clientId: string;
  subject: string;
}) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const grants = new Map<string, Grant>();
  /** What the token endpoint did with each exchange it was asked for. */
  const exchanges: { verified: boolean; error?: string }[] = [];

  const sign = (claims: Record<string, unknown>, audience: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setSubject(subject)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    response.end(JSON.stringify(body));
  };

  async function exchange(request: IncomingMessage, response: ServerResponse) {
    let body = '';
    for await (const chunk of request) body += chunk;
    const form = new URLSearchParams(body);
    const code = form.get('code') ?? '';
    const grant = grants.get(code);
    grants.delete(code);
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const error =
      form.get('grant_type') !== 'authorization_code'
        ? 'unsupported_grant_type'
        : grant === undefined
          ? 'unknown or used code'
          : grant.clientId !== form.get('client_id') ||
              grant.redirectUri !== form.get('redirect_uri')
            ? 'client or redirect_uri differs'
            : grant.challenge !== challenge
              ? 'code_verifier does not match the code_challenge'
              : undefined;
    exchanges.push({ verified: error === undefined, ...(error ? { error } : {}) });
    if (error !== undefined || grant === undefined) {
      send(response, 400, { error: 'invalid_grant', error_description: error });
      return;
    }
    send(response, 200, {
      token_type: 'Bearer',
      expires_in: 600,
      access_token: await sign({ roles: ['editor'] }, 'neaspec'),
      id_token: await sign({ nonce: grant.nonce }, clientId),
    });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      send(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      });
    } else if (url.pathname === '/jwks') {
      send(response, 200, { keys: [jwk] });
    } else if (url.pathname === '/authorize') {
      const ask = url.searchParams;
      const redirectUri = ask.get('redirect_uri') ?? '';
      if (
        ask.get('response_type') !== 'code' ||
        ask.get('client_id') !== clientId ||
        ask.get('code_challenge_method') !== 'S256' ||
        !ask.get('code_challenge') ||
        !ask.get('state') ||
        !ask.get('nonce') ||
        !ask.get('scope')?.split(' ').includes('openid')
      ) {
        send(response, 400, { error: 'invalid_request' });
        return;
      }
      const code = randomBytes(16).toString('base64url');
      grants.set(code, {
        clientId,
        redirectUri,
        challenge: ask.get('code_challenge') ?? '',
        nonce: ask.get('nonce') ?? '',
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', ask.get('state') ?? '');
      response.writeHead(302, { location: back.href });
      response.end();
    } else if (url.pathname === '/token' && request.method === 'POST') {
      exchange(request, response).catch((error: unknown) =>
        send(response, 500, { error: String(error) }),
      );
    } else {
      send(response, 404, { error: 'not_found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    exchanges,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
