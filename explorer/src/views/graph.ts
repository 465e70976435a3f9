import { request } from '../api/client.ts';
import type { Subgraph } from '../api/results.ts';
import { failure, fill, h } from '../dom.ts';
import { save } from '../downloads.ts';
import { labelColour, labelName } from '../labels.ts';
import { entityButton } from '../panel.ts';
import { hitList, search } from '../search.ts';
import { currentState, format, go, type State } from '../state.ts';
import type { Drawing } from './drawing.ts';
import type { View } from './view.ts';

/** Search, and the neighbourhood of a hit drawn as a graph, expandable node by node. */
export class GraphView implements View {
  readonly title = 'Graph';
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly hits: ReturnType<typeof hitList>;
  private readonly canvas = h('div', { class: 'canvas', role: 'img', 'aria-label': 'Graph' });
  private readonly status = h('p', { class: 'status', 'aria-live': 'polite' });
  /** Why nothing could be drawn, in place of the drawing. */
  private readonly problem = h('div', { class: 'problem', hidden: true });
  private readonly legend = h('ul', { class: 'legend', 'aria-label': 'Colours' });
  /** The drawing as a list: what a screen reader reads, and a way in by keyboard. */
  private readonly drawnList = h('ul', { class: 'drawn-list' });
  private readonly drawnCount = h('span', {});
  private readonly drawn = h(
    'details',
    { class: 'drawn', hidden: true },
    h('summary', {}, this.drawnCount),
    this.drawnList,
  );
  /** What the stage shows before anything is drawn. */
  private readonly welcome = h(
    'div',
    { class: 'welcome' },
    h('h1', {}, 'Explore the NEASPEC knowledge graph'),
    h(
      'p',
      {},
      'Search for a State, network, meeting, project or species, then pick a result: its neighbourhood is drawn here, and every fact comes with the words of its source.',
    ),
    h(
      'p',
      {},
      'Try ',
      ['NEAMPAN', 'Mongolia', 'SOM-18', 'Amur leopard'].map((text, i) => [
        i > 0 && ' · ',
        h('a', { href: format({ view: 'graph', q: text, expanded: [], types: [] }) }, text),
      ]),
    ),
  );
  /** The canvas and its library, loaded with the first drawing. */
  private drawing: Promise<Drawing> | undefined;
  /** Neighbourhoods already fetched, by the id of their centre. */
  private readonly neighbourhoods = new Map<string, Promise<Subgraph>>();
  private searched: string | undefined;
  /** The opened objects whose union is drawn now. */
  private drawnKey = '';

  constructor() {
    this.input = h('input', {
      id: 'search',
      type: 'search',
      name: 'q',
      autocomplete: 'off',
      placeholder: 'e.g. NEAMPAN',
    });
    this.hits = hitList('Search results', this.input, (hit) =>
      go({ focus: hit.id, expanded: [], node: hit.id, edge: undefined }),
    );
    const form = h(
      'form',
      { role: 'search', class: 'search' },
      h('label', { for: 'search' }, 'Search the graph'),
      h('div', { class: 'search-row' }, this.input, h('button', { type: 'submit' }, 'Search')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go({ q: this.input.value.trim() || undefined });
    });
    const toolbar = h(
      'div',
      { class: 'toolbar' },
      h('button', { type: 'button', onclick: () => this.drawing?.then((d) => d.fit()) }, 'Fit'),
      h(
        'button',
        { type: 'button', onclick: () => this.drawing?.then((d) => d.layout(true)) },
        'Lay out again',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            this.drawing?.then((d) =>
              save(d.image(), `neaspec-graph-${currentState().focus ?? 'drawing'}.png`),
            ),
        },
        'Download image',
      ),
    );
    this.element = h(
      'section',
      { class: 'view graph-view' },
      h('div', { class: 'sidebar' }, form, this.hits.element, this.drawn),
      h(
        'div',
        { class: 'stage' },
        this.canvas,
        this.welcome,
        this.problem,
        toolbar,
        this.legend,
        this.status,
      ),
    );
  }

  async show(state: State): Promise<void> {
    if (state.q !== this.searched) {
      this.searched = state.q;
      this.input.value = state.q ?? '';
      this.hits.show(undefined);
      if (state.q) {
        search(state.q).then(
          (hits) => this.hits.show(hits, state.focus),
          (error) => fill(this.hits.element, h('li', {}, failure(error))),
        );
      }
    }
    this.hits.mark(state.focus);
    await this.draw(state);
    const selected =
      state.node ?? (state.edge && `${state.edge.from}~${state.edge.type}~${state.edge.to}`);
    (await this.drawing)?.select(selected);
  }

  private neighbourhood(id: string): Promise<Subgraph> {
    let answer = this.neighbourhoods.get(id);
    if (answer === undefined) {
      answer = request('Neighbourhood', { id, depth: 1 }).then((data) => data.neighbourhood);
      answer.catch(() => this.neighbourhoods.delete(id));
      this.neighbourhoods.set(id, answer);
    }
    return answer;
  }

  /** Draws the union of the opened objects' neighbourhoods; keeps what is already placed. */
  private async draw(state: State): Promise<void> {
    const opened = state.focus ? [state.focus, ...state.expanded] : [];
    const key = opened.join(',');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    if (opened.length === 0) {
      (await this.drawing)?.clear();
      this.canvas.setAttribute('aria-label', 'Graph: nothing drawn yet');
      fill(
        this.status,
        'Search, then pick a result to draw its neighbourhood. Double-click a node to expand it.',
      );
      fill(this.legend);
      this.drawn.hidden = true;
      this.problem.hidden = true;
      this.welcome.hidden = false;
      return;
    }
    this.welcome.hidden = true;
    this.problem.hidden = true;
    fill(this.status, 'Loading…');
    let parts: Subgraph[];
    try {
      parts = await Promise.all(opened.map((id) => this.neighbourhood(id)));
    } catch (error) {
      fill(this.status);
      fill(this.legend);
      (await this.drawing)?.clear();
      fill(this.problem, failure(error));
      this.problem.hidden = false;
      return;
    }
    if (key !== this.drawnKey) return;
    this.drawing ??= import('./drawing.ts').then((m) => new m.Drawing(this.canvas));
    const { nodes, edges } = (await this.drawing).show(parts, opened);
    const centre = nodes.find((node) => node.id === state.focus);
    this.canvas.setAttribute(
      'aria-label',
      `Graph of ${nodes.length} objects and ${edges} relationships around ${centre?.name}. The details panel lists each relationship.`,
    );
    const truncated = parts.some((part) => part.truncated);
    fill(
      this.status,
      `${nodes.length} objects, ${edges} relationships.`,
      truncated && ' Some neighbours were left out (more than 200): expand a node to see its own.',
      ' Click a node or relationship for its evidence; double-click a node to expand it.',
    );
    this.drawn.hidden = false;
    fill(this.drawnCount, `The ${nodes.length} objects drawn`);
    fill(
      this.drawnList,
      nodes
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((node) => h('li', {}, entityButton({ ...node, __typename: node.label }))),
    );
    const labels = [...new Set(nodes.map((node) => node.label))].sort();
    fill(
      this.legend,
      labels.map((label) =>
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background: ${labelColour(label)}` }),
          labelName(label),
        ),
      ),
    );
  }
}
