/**
 * Who is signed in on this page: the bearer token an editor pasted or received from the identity
 * provider. Kept for the browser tab only (sessionStorage), so closing the tab signs out. Readers
 * never sign in, and the page shows them nothing of editing.
 */

const storageKey = 'neaspec.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

/** The token requests are sent with, or null when nobody is signed in. */
export function token(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function set(value: string | null): void {
  if (value === null) sessionStorage.removeItem(storageKey);
  else sessionStorage.setItem(storageKey, value);
  for (const listener of listeners) listener(value);
}

/** Signs in with a token (pasted, or from the identity provider). */
export const signIn = (value: string): void => set(value.trim());

export const signOut = (): void => set(null);

/** Calls `listener` whenever someone signs in or out; answers a function that stops it. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
