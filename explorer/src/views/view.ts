import { failure, fill } from '../dom.ts';
import type { State } from '../state.ts';

/** A view of the page: built once, then shown for each state of the URL that names it. */
export interface View {
  readonly element: HTMLElement;
  /** The page's title while it is shown. */
  readonly title: string;
  show(state: State, previous: State | undefined): void | Promise<void>;
}

/**
 * A view's drawing that needs its data once: the first call draws, later ones wait for it; a
 * failure is shown in `into`, and the next call tries again.
 */
export function once(into: HTMLElement, draw: () => Promise<void>): () => Promise<void> {
  let drawing: Promise<void> | undefined;
  return () => {
    drawing ??= draw().catch((error: unknown) => {
      drawing = undefined;
      fill(into, failure(error));
    });
    return drawing;
  };
}
