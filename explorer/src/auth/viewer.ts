import { request } from '../api/client.ts';
import { unverifiedClaims } from './claims.ts';

/** The editor a token names, as the service accepted it. */
export interface Viewer {
  name: string;
}

/**
 * Asks the service whether it accepts `bearer`: the editor it names, or the service's reason for
 * refusing it (an ApiError, e.g. "Not authenticated: the token has expired."). A cheap read sent
 * with the token is refused before it runs when the token is bad; the name shown is then the
 * token's subject, which the service has just checked.
 */
export async function viewerOf(bearer: string): Promise<Viewer> {
  await request('RelationshipTypes', {}, bearer);
  const { sub } = unverifiedClaims(bearer);
  return { name: typeof sub === 'string' ? sub : 'editor' };
}
