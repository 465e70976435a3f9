import './styles.css';
import { SignIn } from './auth/sign-in.ts';
import { failure, h } from './dom.ts';
import { onEditorChange } from './edit/editor.ts';
import { newObjectBar } from './edit/new-object.ts';
import { Panel } from './panel.ts';
import { base, currentState, follow, format, type State, type ViewName, views } from './state.ts';
import { MatrixView } from './views/matrix.ts';
import { PathView } from './views/path.ts';
import type { View } from './views/view.ts';

// First: the identity provider's reply, if the browser comes back from it, leaves the address
// before the views read it.
const signInControl = new SignIn();
document.querySelector('header.top')?.append(signInControl.element);
signInControl.start().catch(() => {});

const panel = new Panel();
const main = document.getElementById('view') as HTMLElement;
main.after(panel.element);
document.querySelector('header.top')?.after(newObjectBar(panel));
// Signing in or out shows or hides the editing tools of the object open in the panel.
onEditorChange(() => {
  const { node } = currentState();
  if (node) panel.showNode(node, false);
});

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

/** A path under /explore/ that names no view: said so, with the views there are. */
function unknownView(): HTMLElement | undefined {
  const segment = location.pathname.slice(base.length).split('/').filter(Boolean)[0];
  if (segment === undefined || (views as readonly string[]).includes(segment)) return undefined;
  return h(
    'section',
    { class: 'view' },
    h(
      'div',
      { class: 'failure', role: 'alert' },
      h('p', { class: 'failure-title' }, `There is no view “${decodeURIComponent(segment)}” here.`),
      h('p', {}, 'The explorer has these views:'),
      h(
        'ul',
        {},
        navLinks
          .filter((link) => !link.classList.contains('brand'))
          .map((link) => h('li', {}, h('a', { href: `${base}/${link.dataset.view}` }, link.text))),
      ),
    ),
  );
}

follow((state, previous) => {
  const lost = unknownView();
  if (lost) {
    main.replaceChildren(lost);
    document.title = 'No such view · NEASPEC explorer';
    return;
  }
  show(state, previous).catch((error: unknown) => main.replaceChildren(failure(error)));
});

/** The footer: which release and graph revision the page shows, and where the data goes. */
async function footer(): Promise<void> {
  const foot = document.getElementById('foot');
  if (foot === null) return;
  const health = (await fetch('/health').then((r) => r.json())) as {
    version?: string;
    graphRevision?: number | null;
  };
  foot.replaceChildren(
    `NEASPEC knowledge graph ${health.version ?? ''}`,
    health.graphRevision == null ? '' : ` · graph revision ${health.graphRevision}`,
    ' · ',
    h('a', { href: '/export' }, 'Exports'),
    ' · code MIT, data CC BY 4.0 (quoted sources remain their publishers’)',
  );
}
footer().catch(() => {});

addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || panel.element.hidden || event.defaultPrevented) return;
  panel.close();
  main.focus();
});
