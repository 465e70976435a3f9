import { request } from './api/client.ts';
import type {
  EntityRef,
  NodeDetails,
  Participation,
  Relationship,
  RelationshipType,
} from './api/results.ts';
import { failure, fill, h } from './dom.ts';
import { isEditor } from './edit/editor.ts';
import { historyTab } from './edit/history.ts';
import { nodeEditing, relationshipTools } from './edit/node-editing.ts';
import { tabs } from './edit/tabs.ts';
import { evidenceList } from './evidence.ts';
import { badge, fieldName, typeName } from './labels.ts';
import { currentState, type EdgeKey, go, type State } from './state.ts';

/** Fields shown elsewhere in the panel, or not meant for people. */
const hiddenFields = new Set([
  'id',
  '__typename',
  'name',
  'aliases',
  'evidence',
  'relationships',
  'launchedAt',
]);

/** A button that selects an object: the panel shows it. */
export const entityButton = (entity: EntityRef) =>
  h(
    'button',
    {
      type: 'button',
      class: 'entity',
      onclick: () => go({ node: entity.id, edge: undefined, state: undefined, target: undefined }),
    },
    badge(entity.__typename),
    ' ',
    entity.name,
  );

const clearSelection: Partial<State> = {
  node: undefined,
  edge: undefined,
  state: undefined,
  target: undefined,
};

/** The side panel: the selected object, relationship or matrix cell, with its evidence. */
export class Panel {
  readonly element = h('aside', { class: 'panel', 'aria-label': 'Details', hidden: true });
  /** Answers to an earlier selection that arrive late are dropped. */
  private shown = 0;
  /** The tab an editor last chose: a node's details or its history. */
  private tab = 'Details';

  close(): void {
    go(clearSelection);
    // A form (a new object's) is no selection: the address does not change when it closes.
    this.hide();
  }

  private open(title: Node[], focus: boolean): HTMLElement {
    const heading = h('h2', { tabindex: -1, id: 'panel-title' }, ...title);
    const body = h('div', { class: 'panel-body' }, h('p', { class: 'muted' }, 'Loading…'));
    fill(
      this.element,
      h(
        'header',
        {},
        heading,
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            'aria-label': 'Close details (Escape)',
            onclick: () => this.close(),
          },
          '×',
        ),
      ),
      body,
    );
    this.element.hidden = false;
    if (focus) heading.focus({ preventScroll: true });
    return body;
  }

  hide(): void {
    this.shown += 1;
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  /** A form in the panel that is no selection, e.g. a new object's. */
  showForm(title: string, form: HTMLElement): void {
    this.shown += 1;
    fill(this.open([document.createTextNode(title)], true), form);
  }

  async showNode(id: string, focus: boolean): Promise<void> {
    const ticket = ++this.shown;
    const body = this.open([document.createTextNode('…')], focus);
    try {
      const [{ node }, editor] = await Promise.all([request('NodeDetails', { id }), isEditor()]);
      if (ticket !== this.shown) return;
      if (!node) throw new Error('This object is not in the graph (any more).');
      const heading = this.element.querySelector('h2');
      heading?.replaceChildren(badge(node.__typename), ' ', node.name);
      if (!editor) return fill(body, ...nodeSections(node));
      // An editor's panel: the details with the editing tools, and the history with undo.
      const refresh = () => this.showNode(id, true);
      const details = () =>
        [
          ...nodeSections(node, (r) => relationshipTools(r, refresh)),
          ...nodeEditing(node, refresh),
        ].filter((section) => section !== null);
      const history = () => [historyTab(id, refresh)];
      fill(
        body,
        tabs(
          [
            { name: 'Details', content: details },
            { name: 'History', content: history },
          ],
          this.tab,
          (name) => {
            this.tab = name;
          },
        ),
      );
    } catch (error) {
      if (ticket === this.shown) fill(body, failure(error));
    }
  }

  async showEdge(key: EdgeKey, focus: boolean): Promise<void> {
    const ticket = ++this.shown;
    const body = this.open([document.createTextNode(typeName(key.type))], focus);
    try {
      // The type comes from the page's address; the API answers an unknown one with an error.
      const types = [key.type as RelationshipType];
      const { node } = await request('RelationshipEvidence', { id: key.from, types });
      if (ticket !== this.shown) return;
      const found = node?.relationships.filter((r) => r.to.id === key.to) ?? [];
      if (found.length === 0) throw new Error('This relationship is not in the graph (any more).');
      fill(body, ...found.map(relationshipSection));
    } catch (error) {
      if (ticket === this.shown) fill(body, failure(error));
    }
  }

  showCell(state: { iso3: string; name: string }, target: EntityRef, links: Participation[]) {
    this.shown += 1;
    const body = this.open([document.createTextNode(`${state.name} · ${target.name}`)], true);
    fill(
      body,
      links.length === 0
        ? h('p', { class: 'muted' }, 'No participation recorded.')
        : links.map((link) =>
            h(
              'section',
              {},
              h('h3', {}, participationText(link)),
              link.through && h('p', {}, 'Through ', entityButton(link.through)),
              evidenceList(link.evidence),
            ),
          ),
      h('p', {}, entityButton(target)),
    );
  }
}

export const participationText = ({ kind }: Participation) =>
  ({
    MEMBER_OF: 'Member of the network',
    PARTICIPATES_IN: 'Takes part in the project',
    VIA_MEMBER_OF: 'In the programme area through a network',
    VIA_PARTICIPATES_IN: 'In the programme area through a project',
  })[kind];

function actions(node: NodeDetails): HTMLElement {
  const state = currentState();
  const inGraph = state.view === 'graph' && state.focus !== undefined;
  const drawn = state.focus === node.id || state.expanded.includes(node.id);
  const button = (text: string, changes: Partial<State>) =>
    h('button', { type: 'button', onclick: () => go(changes) }, text);
  return h(
    'div',
    { class: 'actions' },
    inGraph &&
      !drawn &&
      button('Expand in graph', { expanded: [...state.expanded, node.id], node: node.id }),
    !(inGraph && state.focus === node.id) &&
      button('Draw around it', { view: 'graph', focus: node.id, expanded: [], node: node.id }),
    button('Path from here', { view: 'path', from: node.id, node: undefined, edge: undefined }),
    button('Path to here', { view: 'path', to: node.id, node: undefined, edge: undefined }),
  );
}

function fields(node: NodeDetails): HTMLElement | null {
  const shown = Object.entries(node).filter(
    ([field, value]) => !hiddenFields.has(field) && value !== null && value !== '',
  );
  if (node.aliases.length > 0) shown.push(['aliases', node.aliases.join('; ')]);
  if (shown.length === 0) return null;
  return h(
    'dl',
    { class: 'fields' },
    shown.map(([field, value]) => [
      h('dt', {}, fieldName(field)),
      h(
        'dd',
        {},
        field === 'url' && typeof value === 'string'
          ? h('a', { href: value, target: '_blank', rel: 'noopener noreferrer' }, value)
          : typeof value === 'boolean'
            ? value
              ? 'yes'
              : 'no'
            : String(value),
      ),
    ]),
  );
}

/** What an editor may do with one relationship, shown beside it. */
type RelationshipTools = (r: Relationship) => Node;

function nodeSections(node: NodeDetails, tools?: RelationshipTools): (Node | null)[] {
  const launch = 'launchedAt' in node ? node.launchedAt : null;
  return [
    actions(node),
    fields(node),
    launch
      ? h(
          'section',
          { class: 'launch' },
          h('h3', {}, 'Launched'),
          h(
            'p',
            {},
            entityButton({
              id: launch.meeting.id,
              __typename: 'Meeting',
              name: launch.meeting.title,
            }),
            ` (${launch.meeting.startDate})`,
          ),
          evidenceList(launch.evidence),
        )
      : null,
    node.__typename === 'Source'
      ? null
      : h('section', {}, h('h3', {}, 'Evidence'), evidenceList(node.evidence)),
    relationships(node, tools),
  ];
}

/** What a relationship says besides its ends: a role, a date, an amount, as its source gives them. */
const details = (r: Relationship) =>
  [
    r.role,
    r.part,
    r.date,
    r.amount === null ? null : `${r.amount.toLocaleString('en')} ${r.currency ?? ''}`.trim(),
    r.years,
  ]
    .filter((value) => value !== null && value !== '')
    .join('; ');

function relationships(node: NodeDetails, tools?: RelationshipTools): HTMLElement {
  const byType = new Map<string, Relationship[]>();
  for (const r of node.relationships) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  return h(
    'section',
    {},
    h('h3', {}, `Relationships (${node.relationships.length})`),
    [...byType].map(([type, list]) =>
      h(
        'div',
        { class: 'relationship-group' },
        h('h4', {}, `${typeName(type)} (${list.length})`),
        h(
          'ul',
          { class: 'relationships' },
          list.map((r) => {
            const other = r.from.id === node.id ? r.to : r.from;
            return h(
              'li',
              {},
              h(
                'span',
                { class: 'direction', 'aria-hidden': 'true' },
                r.from.id === node.id ? '→' : '←',
              ),
              entityButton(other),
              details(r) && h('span', { class: 'muted' }, ` (${details(r)})`),
              h(
                'details',
                {},
                h('summary', {}, `Evidence (${r.evidence.length})`),
                evidenceList(r.evidence),
              ),
              tools?.(r),
            );
          }),
        ),
      ),
    ),
  );
}

/** A relationship: its ends and every piece of its evidence. */
export function relationshipSection(r: Relationship): HTMLElement {
  return h(
    'section',
    { class: 'relationship' },
    h(
      'p',
      { class: 'ends' },
      entityButton(r.from),
      h('span', { class: 'type' }, ` ${typeName(r.type)} `),
      entityButton(r.to),
      r.role && h('span', { class: 'muted' }, ` (${r.role})`),
    ),
    evidenceList(r.evidence),
  );
}
