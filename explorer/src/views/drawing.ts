import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Subgraph, SubgraphNode } from '../api/results.ts';
import { labelColour, typeName } from '../labels.ts';
import { currentState, go } from '../state.ts';

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

/**
 * The graph on its canvas (Cytoscape.js, laid out by fCoSE). Loaded with the first drawing, so
 * the page opens without it. Clicks select, a double-click expands.
 */
export class Drawing {
  private readonly cy: Core;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => go({ node: event.target.id(), edge: undefined }));
    this.cy.on('tap', 'edge', (event) => {
      const { source, type, target } = event.target.data();
      go({ edge: { from: source, type, to: target }, node: undefined });
    });
    this.cy.on('dbltap', 'node', (event) => {
      const id: string = event.target.id();
      const { focus, expanded } = currentState();
      if (focus !== id && !expanded.includes(id)) go({ expanded: [...expanded, id], node: id });
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) go({ node: undefined, edge: undefined });
    });
  }

  /** Draws the union of these neighbourhoods; what was drawn before keeps its place. */
  show(parts: Subgraph[], opened: string[]): { nodes: SubgraphNode[]; edges: number } {
    this.cy.resize();
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
    // New neighbours start next to the object just opened, so the layout moves little.
    const near = this.cy.getElementById(opened.at(-1) ?? '');
    for (const [id, element] of elements) {
      const existing = this.cy.getElementById(id);
      if (existing.nonempty()) {
        existing.classes(element.classes ?? '');
      } else if (element.group === 'nodes' && near.nonempty()) {
        const { x, y } = near.position();
        const jitter = () => Math.random() * 40 - 20;
        this.cy.add({ ...element, position: { x: x + jitter(), y: y + jitter() } });
      } else {
        this.cy.add(element);
      }
    }
    this.layout(!placed);
    return {
      nodes: this.cy.nodes().map((node) => node.data() as SubgraphNode),
      edges: this.cy.edges().length,
    };
  }

  clear(): void {
    this.cy.elements().remove();
  }

  select(id: string | undefined): void {
    this.cy.elements(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** The whole drawing as a PNG, at twice the screen's scale, on white. */
  image(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  layout(fresh: boolean): void {
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
