import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { request } from '../api/client.ts';
import type { Subgraph } from '../api/results.ts';
import { failure, fill, h } from '../dom.ts';
import { labelColour, labelName, typeName } from '../labels.ts';
import { entityButton } from '../panel.ts';
import { hitList, search } from '../search.ts';
import { currentState, format, go, type State } from '../state.ts';
import type { View } from './view.ts';

cytoscape.use(fcose);

/** Long names (a decision's is its summary) are cut on the drawing; the panel has them whole. */
const shortName = (name: string) => (name.length > 48 ? `${name.slice(0, 45).trimEnd()}…` : name);

const edgeId = (edge: { source: string; type: string; target: string }) =>
  `${edge.source}~${edge.type}~${edge.target}`;

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(short)',
      width: 22,
      height: 22,
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#1f2328',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  {
    selector: 'node.opened',
    style: {
      width: 30,
      height: 30,
      'border-width': 3,
      'border-color': '#1f2328',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node:selected',
    style: {
      'border-width': 4,
      'border-color': '#000',
      'underlay-color': '#ffbf47',
      'underlay-opacity': 0.9,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#a0a8b0',
      'target-arrow-color': '#a0a8b0',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      'font-family': 'system-ui, sans-serif',
      color: '#57606a',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge:selected',
    style: { width: 3, 'line-color': '#1f2328', 'target-arrow-color': '#1f2328', color: '#1f2328' },
  },
];

/** Search, and the neighbourhood of a hit drawn as a graph, expandable node by node. */
export class GraphView implements View {
  readonly title = 'Graph';
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly hits: ReturnType<typeof hitList>;
  private readonly canvas = h('div', { class: 'canvas', role: 'img', 'aria-label': 'Graph' });
  private readonly status = h('p', { class: 'status', 'aria-live': 'polite' });
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
  private graph: Core | undefined;
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
      h('button', { type: 'button', onclick: () => this.cy.fit(undefined, 30) }, 'Fit'),
      h('button', { type: 'button', onclick: () => this.layout(true) }, 'Lay out again'),
    );
    this.element = h(
      'section',
      { class: 'view graph-view' },
      h('div', { class: 'sidebar' }, form, this.hits.element, this.drawn),
      h('div', { class: 'stage' }, this.canvas, this.welcome, toolbar, this.legend, this.status),
    );
  }

  /** Made once the view is on the page: Cytoscape measures its container. */
  private get cy(): Core {
    this.graph ??= this.makeGraph();
    return this.graph;
  }

  private makeGraph(): Core {
    const cy = cytoscape({
      container: this.canvas,
      style,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => go({ node: event.target.id(), edge: undefined }));
    cy.on('tap', 'edge', (event) => {
      const { source, type, target } = event.target.data();
      go({ edge: { from: source, type, to: target }, node: undefined });
    });
    cy.on('dbltap', 'node', (event) => this.expand(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) go({ node: undefined, edge: undefined });
    });
    return cy;
  }

  private expand(id: string): void {
    const { focus, expanded } = currentState();
    if (focus !== id && !expanded.includes(id)) go({ expanded: [...expanded, id], node: id });
  }

  async show(state: State): Promise<void> {
    this.cy.resize();
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
    this.cy.elements(':selected').unselect();
    const selected =
      state.node ?? (state.edge && `${state.edge.from}~${state.edge.type}~${state.edge.to}`);
    if (selected) this.cy.getElementById(selected).select();
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
      this.cy.elements().remove();
      this.canvas.setAttribute('aria-label', 'Graph: nothing drawn yet');
      fill(
        this.status,
        'Search, then pick a result to draw its neighbourhood. Double-click a node to expand it.',
      );
      fill(this.legend);
      this.drawn.hidden = true;
      this.welcome.hidden = false;
      return;
    }
    fill(this.status, 'Loading…');
    let parts: Subgraph[];
    try {
      parts = await Promise.all(opened.map((id) => this.neighbourhood(id)));
    } catch (error) {
      fill(this.status, failure(error));
      return;
    }
    if (key !== this.drawnKey) return;
    const elements = new Map<string, ElementDefinition>();
    for (const part of parts) {
      for (const node of part.nodes) {
        elements.set(node.id, {
          group: 'nodes',
          data: { ...node, short: shortName(node.name), colour: labelColour(node.label) },
          classes: opened.includes(node.id) ? 'opened' : '',
        });
      }
      for (const edge of part.edges) {
        elements.set(edgeId(edge), {
          group: 'edges',
          data: { ...edge, id: edgeId(edge), label: typeName(edge.type) },
        });
      }
    }
    const placed = this.cy.elements().length > 0;
    this.cy
      .elements()
      .filter((element) => !elements.has(element.id()))
      .remove();
    for (const [id, element] of elements) {
      const existing = this.cy.getElementById(id);
      if (existing.nonempty()) {
        existing.classes(element.classes ?? '');
        continue;
      }
      const near =
        element.group === 'nodes' ? this.cy.getElementById(opened.at(-1) ?? '') : undefined;
      const position = near?.nonempty() ? near.position() : undefined;
      this.cy.add(
        position
          ? {
              ...element,
              position: {
                x: position.x + Math.random() * 40 - 20,
                y: position.y + Math.random() * 40 - 20,
              },
            }
          : element,
      );
    }
    this.layout(!placed);
    const nodes = this.cy.nodes();
    const centre = this.cy.getElementById(state.focus ?? '');
    this.canvas.setAttribute(
      'aria-label',
      `Graph of ${nodes.length} objects and ${this.cy.edges().length} relationships around ${centre.data('name')}. The details panel lists each relationship.`,
    );
    const truncated = parts.some((part) => part.truncated);
    fill(
      this.status,
      `${nodes.length} objects, ${this.cy.edges().length} relationships.`,
      truncated && ' Some neighbours were left out (more than 200): expand a node to see its own.',
      ' Click a node or relationship for its evidence; double-click a node to expand it.',
    );
    this.drawn.hidden = false;
    this.welcome.hidden = true;
    fill(this.drawnCount, `The ${nodes.length} objects drawn`);
    fill(
      this.drawnList,
      nodes
        .sort((a, b) => (a.data('label') as string).localeCompare(b.data('label')))
        .map((node) =>
          h(
            'li',
            {},
            entityButton({
              id: node.id(),
              __typename: node.data('label'),
              name: node.data('name'),
            }),
          ),
        ),
    );
    const labels = [...new Set(nodes.map((node) => node.data('label') as string))].sort();
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

  private layout(fresh: boolean): void {
    this.cy
      .layout({
        name: 'fcose',
        randomize: fresh,
        animate: false,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 60,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 12000,
        numIter: 2500,
      } as cytoscape.LayoutOptions)
      .run();
  }
}
