/**
 * The claims a JWT's payload makes, read WITHOUT checking its signature: for what the page shows
 * and compares (the editor's name, the nonce of a sign-in), never to decide what anyone may do.
 * The service checks every token it is sent.
 */
export function unverifiedClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return {};
  try {
    const binary = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    );
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
