import { request } from '../api/client.ts';
import type { EntityRef, Relationship, RelationshipType } from '../api/results.ts';
import { failure, fill, h, once } from '../dom.ts';
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
  /** Relationship types to go through only, as checkboxes; all when none is ticked. */
  private readonly types = h('fieldset', { class: 'types' }, h('legend', {}, 'Only through'));
  private readonly typesSummary = h('summary', {});
  private readonly result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  private shown = '';

  constructor() {
    this.hops.addEventListener('change', () => go({ hops: Number(this.hops.value) }));
    this.types.addEventListener('change', () => {
      const ticked = this.types.querySelectorAll<HTMLInputElement>('input:checked');
      go({ types: [...ticked].map((box) => box.value) });
    });
    this.element = h(
      'section',
      { class: 'view path-view' },
      h('h1', {}, 'How do these connect?'),
      h(
        'p',
        { class: 'muted' },
        'Pick two objects by name or by key (MNG, NEAMPAN, SOM-18): the shortest chain of relationships between them, in either direction, each step with its evidence.',
      ),
      h(
        'div',
        { class: 'path-form' },
        this.from.element,
        this.to.element,
        h('div', { class: 'hops' }, h('label', { for: 'hops' }, 'At most steps'), this.hops),
      ),
      h('details', { class: 'type-filter' }, this.typesSummary, this.types),
      this.result,
    );
  }

  /** The types to choose from: every type of the graph, with how many it holds. */
  private readonly typeChoices = once(this.types, async () => {
    const { stats } = await request('RelationshipTypes', {});
    this.types.append(
      ...stats.relationshipCounts.map(({ type, count }) =>
        h(
          'label',
          {},
          h('input', { type: 'checkbox', value: type }),
          ` ${typeName(type)} `,
          h('span', { class: 'muted' }, `(${count})`),
        ),
      ),
    );
  });

  async show(state: State): Promise<void> {
    this.hops.value = String(state.hops ?? defaultHops);
    fill(
      this.typesSummary,
      state.types.length === 0
        ? 'Through any relationship'
        : `Only through: ${state.types.map(typeName).join(', ')}`,
    );
    this.typeChoices().then(() => {
      for (const box of this.types.querySelectorAll<HTMLInputElement>('input')) {
        box.checked = state.types.includes(box.value);
      }
    });
    const key = JSON.stringify([state.from, state.to, state.hops, state.types]);
    if (key === this.shown) return;
    this.shown = key;
    if (state.from === undefined || state.to === undefined) {
      fill(this.result);
      await this.nameEnds(state);
      return;
    }
    fill(this.result, h('p', { class: 'muted' }, 'Looking…'));
    const maxHops = state.hops ?? defaultHops;
    // The types come from the page's address; the API answers an unknown one with an error.
    const types = state.types.length > 0 ? (state.types as RelationshipType[]) : undefined;
    try {
      const { path } = await request('Path', { from: state.from, to: state.to, maxHops, types });
      if (key !== this.shown) return;
      const [first] = path?.nodes ?? [];
      const last = path?.nodes.at(-1);
      // The path names its ends, whether the URL gave them by id or by key.
      if (first && last) {
        this.from.set({ ...first, id: state.from });
        this.to.set({ ...last, id: state.to });
      } else {
        await this.nameEnds(state);
      }
      fill(
        this.result,
        path === null
          ? h(
              'p',
              {},
              `No connection within ${maxHops} steps${types ? ' through those relationships' : ''}.`,
            )
          : steps(path.nodes, path.relationships),
      );
    } catch (error) {
      fill(this.result, failure(error));
      await this.nameEnds(state);
    }
  }

  /**
   * Shows each end by name, unless the reader just picked it. An end the API does not take as
   * an id (a key, or a typo) is shown as written.
   */
  private async nameEnds(state: State): Promise<void> {
    const ends: [Picker, string | undefined][] = [
      [this.from, state.from],
      [this.to, state.to],
    ];
    await Promise.all(
      ends.map(async ([picker, id]) => {
        if (id === picker.picked) return;
        const named =
          id === undefined
            ? undefined
            : await request('Names', { ids: [id] }).then(
                ({ nodes: [node] }) => node ?? { id, __typename: '', name: id },
                () => ({ id, __typename: '', name: id }),
              );
        picker.set(named);
      }),
    );
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
