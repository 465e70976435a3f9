/**
 * Everything on screen follows from the URL, so each view and selection is a link to share and
 * back/forward retrace the steps: /explore/<view>?<what is open and selected>.
 */

export const views = ['graph', 'path', 'matrix', 'timeline', 'counts'] as const;
export type ViewName = (typeof views)[number];

/** A relationship, by its ends and type (global ids never contain "~"). */
export interface EdgeKey {
  from: string;
  type: string;
  to: string;
}

export interface State {
  view: ViewName;
  /** Search text (graph view). */
  q?: string;
  /** The object whose neighbourhood the graph draws. */
  focus?: string;
  /** Objects whose neighbourhoods were added to the drawing, in order. */
  expanded: string[];
  /** The selected object (side panel). */
  node?: string;
  /** The selected relationship (side panel). */
  edge?: EdgeKey;
  /** Path view: its ends, most steps and relationship types. */
  from?: string;
  to?: string;
  hops?: number;
  types: string[];
  /** Matrix view: the selected cell, a State (ISO code) and a target's id. */
  state?: string;
  target?: string;
}

export const base = '/explore';

const isView = (name: string | undefined): name is ViewName =>
  (views as readonly string[]).includes(name ?? '');

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

function edgeKey(value: string | null): EdgeKey | undefined {
  const [from, type, to] = value?.split('~') ?? [];
  return from && type && to ? { from, type, to } : undefined;
}

export function parse(url: URL): State {
  const segment = url.pathname.slice(base.length).split('/').filter(Boolean)[0];
  const p = url.searchParams;
  const optional = (name: string) => p.get(name) || undefined;
  const hops = Number(p.get('hops'));
  return {
    view: isView(segment) ? segment : 'graph',
    q: optional('q'),
    focus: optional('focus'),
    expanded: list(p.get('expand')),
    node: optional('node'),
    edge: edgeKey(p.get('edge')),
    from: optional('from'),
    to: optional('to'),
    hops: Number.isInteger(hops) && hops > 0 ? hops : undefined,
    types: list(p.get('types')),
    state: optional('state'),
    target: optional('target'),
  };
}

export function format(state: State): string {
  const p = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') p.set(name, String(value));
  };
  set('q', state.q);
  set('focus', state.focus);
  set('expand', state.expanded.join(','));
  set('from', state.from);
  set('to', state.to);
  set('hops', state.hops);
  set('types', state.types.join(','));
  set('state', state.state);
  set('target', state.target);
  set('node', state.node);
  set('edge', state.edge && `${state.edge.from}~${state.edge.type}~${state.edge.to}`);
  const query = p.toString();
  return `${base}/${state.view}${query ? `?${query}` : ''}`;
}

type Listener = (state: State, previous: State | undefined) => void;
let current: State | undefined;
let listener: Listener = () => {};

export const currentState = (): State => current ?? parse(new URL(location.href));

/** Calls `onChange` now and whenever the URL changes (links, back and forward). */
export function follow(onChange: Listener): void {
  listener = onChange;
  const show = () => {
    const previous = current;
    current = parse(new URL(location.href));
    listener(current, previous);
  };
  addEventListener('popstate', show);
  show();
}

/** Moves to a new state: a new history entry, or in place with `replace`. */
export function go(changes: Partial<State>, { replace = false } = {}): void {
  const next = { ...currentState(), ...changes };
  const url = format(next);
  if (url === format(currentState())) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  const previous = current;
  current = parse(new URL(location.href));
  listener(current, previous);
}
