import { request } from '../api/client.ts';
import type { EntityRef, Operations, Participation } from '../api/results.ts';
import { failure, fill, h } from '../dom.ts';
import { csvButton } from '../downloads.ts';
import type { Panel } from '../panel.ts';
import { go, type State } from '../state.ts';
import type { View } from './view.ts';

type Matrix = Operations['Participation']['data'];

/** How each kind of link shows in a cell. */
const kinds: Record<Participation['kind'], { symbol: string; text: string }> = {
  MEMBER_OF: { symbol: '●', text: 'member' },
  PARTICIPATES_IN: { symbol: '■', text: 'takes part' },
  VIA_MEMBER_OF: { symbol: '○', text: 'through a network' },
  VIA_PARTICIPATES_IN: { symbol: '□', text: 'through a project' },
};

/**
 * How a cell without a link shows: "no" where the sources list who takes part, "not recorded"
 * (hatched) where they do not, so that a State may take part without the graph knowing.
 */
const absent = {
  no: { symbol: '·', text: 'no', class: 'empty' },
  unknown: { symbol: '?', text: 'not recorded', class: 'not-recorded' },
};

/** The States × networks, programme areas and projects matrix; a cell opens its evidence. */
export class MatrixView implements View {
  readonly title = 'Participation';
  readonly element: HTMLElement;
  private readonly table = h(
    'div',
    { class: 'matrix-wrap' },
    h('p', { class: 'muted' }, 'Loading…'),
  );
  /** The matrix, fetched once; undefined in it when that failed (and will be tried again). */
  private data: Promise<Matrix | undefined> | undefined;

  private readonly panel: Panel;

  constructor(panel: Panel) {
    this.panel = panel;
    this.element = h(
      'section',
      { class: 'view matrix-view' },
      h(
        'div',
        { class: 'view-heading' },
        h('h1', {}, 'Who takes part in what'),
        csvButton('neaspec-participation-matrix.csv', () => this.rows()),
      ),
      h(
        'ul',
        { class: 'legend', 'aria-label': 'Kinds of link' },
        [...Object.values(kinds), ...Object.values(absent)].map((shown) =>
          h(
            'li',
            {},
            h(
              'span',
              { class: `symbol ${'class' in shown ? shown.class : ''}`, 'aria-hidden': 'true' },
              shown.symbol,
            ),
            shown.text,
          ),
        ),
      ),
      this.table,
    );
  }

  /** The matrix as shown: a row per network, programme area and project, a column per State. */
  private rows(): string[][] {
    const m = this.shown;
    if (m === undefined) return [];
    return [
      ['type', 'id', 'name', ...m.memberStates.map((s) => s.iso3)],
      ...targets(m).map((target) => [
        target.__typename,
        target.id,
        target.name,
        ...m.memberStates.map((state) =>
          [...new Set(links(m, state.iso3, target.id).map((link) => link.kind))].join(' '),
        ),
      ]),
    ];
  }

  private shown: Matrix | undefined;

  async show(state: State): Promise<void> {
    this.data ??= request('Participation', {}).then(
      (matrix) => {
        this.shown = matrix;
        fill(this.table, table(matrix));
        return matrix;
      },
      (error: unknown) => {
        this.data = undefined;
        fill(this.table, failure(error));
        return undefined;
      },
    );
    const matrix = await this.data;
    if (matrix === undefined) return;
    this.table.querySelectorAll('[aria-pressed="true"]').forEach((cell) => {
      cell.setAttribute('aria-pressed', 'false');
    });
    if (state.state === undefined || state.target === undefined || state.node || state.edge) return;
    const member = matrix.memberStates.find((s) => s.iso3 === state.state);
    const target = targets(matrix).find((t) => t.id === state.target);
    if (member === undefined || target === undefined) return;
    this.table
      .querySelector(`[data-cell="${member.iso3}~${target.id}"]`)
      ?.setAttribute('aria-pressed', 'true');
    this.panel.showCell(member, target, links(matrix, member.iso3, target.id));
  }
}

type Target = EntityRef & { short: string; participationCoverage: string };

const targets = (m: Matrix): Target[] => [
  ...m.networks.map((n) => ({ ...n, __typename: 'Network', short: n.acronym ?? n.name })),
  ...m.programmes.map((p) => ({ ...p, __typename: 'Programme', short: p.name })),
  ...m.projects.map((p) => ({ ...p, __typename: 'Project', short: p.name })),
];

const links = (m: Matrix, iso3: string, target: string) =>
  m.participation.filter((p) => p.state.iso3 === iso3 && p.target.id === target);

function cell(m: Matrix, state: Matrix['memberStates'][number], target: Target) {
  const found = links(m, state.iso3, target.id);
  if (found.length === 0) {
    const {
      symbol,
      text,
      class: kind,
    } = absent[target.participationCoverage === 'NOT_RECORDED' ? 'unknown' : 'no'];
    return h(
      'td',
      { class: kind },
      h('span', { 'aria-label': `${state.name}, ${target.short}: ${text}`, title: text }, symbol),
    );
  }
  const counts = new Map<Participation['kind'], number>();
  for (const link of found) counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1);
  const described = [...counts]
    .map(([kind, n]) => `${kinds[kind].text}${n > 1 ? ` (${n} ways)` : ''}`)
    .join(', ');
  return h(
    'td',
    {},
    h(
      'button',
      {
        type: 'button',
        class: `cell ${[...counts.keys()].map((kind) => kind.toLowerCase()).join(' ')}`,
        'data-cell': `${state.iso3}~${target.id}`,
        'aria-pressed': 'false',
        'aria-label': `${state.name}, ${target.short}: ${described}. Show the evidence.`,
        title: `${state.name} — ${target.name}: ${described}`,
        onclick: () =>
          go({ state: state.iso3, target: target.id, node: undefined, edge: undefined }),
      },
      [...counts].map(([kind, n]) => `${kinds[kind].symbol}${n > 1 ? n : ''}`).join(' '),
    ),
  );
}

function table(m: Matrix): HTMLElement {
  const groups: [string, string][] = [
    ['Network', 'Networks'],
    ['Programme', 'Programme areas'],
    ['Project', 'Projects'],
  ];
  return h(
    'table',
    { class: 'matrix' },
    h(
      'caption',
      {},
      'Which member State takes part in which network, programme area and project. Pick a cell for how, and the evidence.',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td', {}),
        m.memberStates.map((s) => h('th', { scope: 'col' }, h('abbr', { title: s.name }, s.iso3))),
      ),
    ),
    groups.map(([label, heading]) =>
      h(
        'tbody',
        {},
        h(
          'tr',
          { class: 'group' },
          h('th', { scope: 'rowgroup', colspan: m.memberStates.length + 1 }, heading),
        ),
        targets(m)
          .filter((t) => t.__typename === label)
          .map((target) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row', title: target.name }, target.short),
              m.memberStates.map((state) => cell(m, state, target)),
            ),
          ),
      ),
    ),
  );
}
