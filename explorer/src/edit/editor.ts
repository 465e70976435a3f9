/**
 * Whether the one signed in may edit, as the service says (`viewer { editor }`), asked again at
 * each sign-in and sign-out. Nobody signed in is a reader: the page asks nothing and shows
 * nothing of editing.
 */
import { request } from '../api/client.ts';
import { onSessionChange, token } from '../auth/session.ts';

type Listener = (editor: boolean) => void;
const listeners = new Set<Listener>();

const ask = (): Promise<boolean> =>
  token() === null
    ? Promise.resolve(false)
    : request('Viewer', {}).then(
        ({ viewer }) => viewer?.editor === true,
        () => false,
      );

let editor = ask();

onSessionChange(() => {
  const asked = ask();
  editor = asked;
  asked.then((answer) => {
    if (editor === asked) for (const listener of listeners) listener(answer);
  });
});

/** True when an editor is signed in. */
export const isEditor = (): Promise<boolean> => editor;

/** Calls `listener` whenever the answer may have changed (someone signed in or out). */
export function onEditorChange(listener: Listener): void {
  listeners.add(listener);
}
