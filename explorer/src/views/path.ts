import { request } from '../api/client.ts';
import type { EntityRef, Relationship } from '../api/results.ts';
import { failure, fill, h } from '../dom.ts';
import { evidenceList } from '../evidence.ts';
import { typeName } from '../labels.ts';
import { entityButton } from '../panel.ts';
import { Picker } from '../search.ts';
import { go, type State } from '../state.ts';
import type { View } from './view.ts';

const defaultHops = 6;

/** How two objects connect: the shortest path between them, each step with its evidence. */
export class PathView implements View {
  readonly title = 'Path';
  readonly element: HTMLElement;
  private readonly from = new Picker('From', (entity) => go({ from: entity.id }));
  private readonly to = new Picker('To', (entity) => go({ to: entity.id }));
  private readonly hops = h(
    'select',
    { id: 'hops' },
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => h('option', { value: n }, String(n))),
  );
  private readonly result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  private shown = '';

  constructor() {
    this.hops.addEventListener('change', () => go({ hops: Number(this.hops.value) }));
    this.element = h(
      'section',
      { class: 'view path-view' },
      h('h1', {}, 'How do these connect?'),
      h(
        'p',
        { class: 'muted' },
        'Pick two objects: the shortest chain of relationships between them, in either direction, each step with its evidence.',
      ),
      h(
        'div',
        { class: 'path-form' },
        this.from.element,
        this.to.element,
        h('div', { class: 'hops' }, h('label', { for: 'hops' }, 'At most steps'), this.hops),
      ),
      this.result,
    );
  }

  async show(state: State): Promise<void> {
    this.hops.value = String(state.hops ?? defaultHops);
    const key = [state.from, state.to, state.hops].join('|');
    if (key === this.shown) return;
    this.shown = key;
    try {
      await this.nameEnds(state);
      if (state.from === undefined || state.to === undefined) {
        fill(this.result);
        return;
      }
      fill(this.result, h('p', { class: 'muted' }, 'Looking…'));
      const maxHops = state.hops ?? defaultHops;
      const { path } = await request('Path', { from: state.from, to: state.to, maxHops });
      if (key !== this.shown) return;
      fill(
        this.result,
        path === null
          ? h('p', {}, `No connection within ${maxHops} steps.`)
          : steps(path.nodes, path.relationships),
      );
    } catch (error) {
      fill(this.result, failure(error));
    }
  }

  /** Ends given by the URL are shown by name; an end the reader just picked already is. */
  private async nameEnds(state: State): Promise<void> {
    const pickers = [this.from, this.to];
    const ends = [state.from, state.to];
    const unnamed = ends.filter(
      (id, i): id is string => id !== undefined && id !== pickers[i]?.picked,
    );
    const names = unnamed.length > 0 ? (await request('Names', { ids: unnamed })).nodes : [];
    ends.forEach((id, i) => {
      if (id !== pickers[i]?.picked) {
        pickers[i]?.set(names.find((node) => node?.id === id) ?? undefined);
      }
    });
  }
}

function steps(nodes: EntityRef[], relationships: Relationship[]) {
  const [first] = nodes;
  const last = nodes.at(-1);
  return [
    h(
      'h2',
      {},
      `${first?.name} to ${last?.name}: ${relationships.length} step${relationships.length === 1 ? '' : 's'}`,
    ),
    h(
      'ol',
      { class: 'path' },
      nodes.map((node, i) => {
        const relationship = relationships[i];
        const forward = relationship?.from.id === node.id;
        return [
          h('li', { class: 'path-node' }, entityButton(node)),
          relationship &&
            h(
              'li',
              { class: 'path-step' },
              h(
                'p',
                { class: 'step-sentence' },
                h('span', { class: 'arrow', 'aria-hidden': 'true' }, forward ? '↓' : '↑'),
                ` ${relationship.from.name} `,
                h('strong', {}, typeName(relationship.type)),
                ` ${relationship.to.name}`,
              ),
              evidenceList(relationship.evidence),
            ),
        ];
      }),
    ),
  ];
}
