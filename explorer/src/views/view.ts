import type { State } from '../state.ts';

/** A view of the page: built once, then shown for each state of the URL that names it. */
export interface View {
  readonly element: HTMLElement;
  /** The page's title while it is shown. */
  readonly title: string;
  show(state: State, previous: State | undefined): void | Promise<void>;
}
