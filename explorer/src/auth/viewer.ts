import { request } from '../api/client.ts';

/** The one a token names, as the service accepted it. */
export interface Viewer {
  name: string;
  /** Whether the token carries the role that may edit. */
  editor: boolean;
}

/**
 * Asks the service whether it accepts `bearer`: who it names (`viewer`), or the service's reason
 * for refusing it (an ApiError, e.g. "Not authenticated: the token has expired.").
 */
export async function viewerOf(bearer: string): Promise<Viewer> {
  const { viewer } = await request('Viewer', {}, bearer);
  if (viewer === null || viewer === undefined)
    throw new Error('The service named nobody for this token.');
  return { name: viewer.name, editor: viewer.editor };
}
