import './styles.css';
import { failure } from './dom.ts';
import { Panel } from './panel.ts';
import { base, currentState, follow, format, type State, type ViewName } from './state.ts';
import { MatrixView } from './views/matrix.ts';
import { PathView } from './views/path.ts';
import type { View } from './views/view.ts';

const panel = new Panel();
const main = document.getElementById('view') as HTMLElement;
main.after(panel.element);

/** The graph and chart libraries load with the first view that needs them. */
const makers: Record<ViewName, () => Promise<View>> = {
  graph: () => import('./views/graph.ts').then((m) => new m.GraphView()),
  path: async () => new PathView(),
  matrix: async () => new MatrixView(panel),
  timeline: () => import('./views/timeline.ts').then((m) => new m.TimelineView()),
  counts: () => import('./views/counts.ts').then((m) => new m.CountsView()),
};
const made = new Map<ViewName, Promise<View>>();
const view = (name: ViewName) => {
  const known = made.get(name);
  if (known !== undefined) return known;
  const making = makers[name]();
  made.set(name, making);
  return making;
};

/** The navigation links lead back to where each view was left. */
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-view]')];

// Links within the page change the view without loading the page again.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a');
  const url = link && new URL(link.href, location.href);
  const within = url?.origin === location.origin && url.pathname.startsWith(base);
  if (!within || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  history.pushState(null, '', url.href);
  dispatchEvent(new PopStateEvent('popstate'));
});

/** What the panel shows depends on: the panel's actions follow the view and the drawing. */
const selection = (s: State | undefined) =>
  s && JSON.stringify([s.view, s.node, s.edge, s.state, s.target, s.focus, s.expanded]);

function showSelection(state: State, previous: State | undefined): void {
  if (selection(state) === selection(previous)) return;
  // Focus moves to the panel when the reader picked something, not when a link is opened.
  const focus = previous !== undefined;
  if (state.node) panel.showNode(state.node, focus);
  else if (state.edge) panel.showEdge(state.edge, focus);
  else if (!(state.view === 'matrix' && state.target)) panel.hide();
}

let first = true;
async function show(state: State, previous: State | undefined): Promise<void> {
  const shown = await view(state.view);
  if (currentState() !== state) return;
  if (main.firstElementChild !== shown.element) main.replaceChildren(shown.element);
  document.title = `${shown.title} · NEASPEC explorer`;
  for (const link of navLinks) {
    if (link.dataset.view === state.view) link.href = format(state);
    if (link.classList.contains('brand')) continue;
    if (link.dataset.view === state.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  showSelection(state, previous);
  await shown.show(state, previous);
  if (first) {
    first = false;
    performance.mark('explorer-shown');
  }
}

follow((state, previous) => {
  show(state, previous).catch((error: unknown) => main.replaceChildren(failure(error)));
});

addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || panel.element.hidden || event.defaultPrevented) return;
  panel.close();
  main.focus();
});
