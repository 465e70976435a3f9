/**
 * The panel's history tab: every change to the object and its relationships, newest first, who
 * made it and when, each fact before and after; Undo reverts a change (itself recorded), and a
 * conflict (the fact changed again since) is said plainly.
 */
import { request } from '../api/client.ts';
import type { Change, FactChange } from '../api/results.ts';
import { failure, fill, h } from '../dom.ts';
import { fieldName, typeName } from '../labels.ts';

/** "2026-12-07T05:10:11.123Z" -> "2026-12-07 05:10 UTC" */
const when = (at: string) => `${at.slice(0, 16).replace('T', ' ')} UTC`;

const origins: Record<Change['origin'], string> = {
  IMPORT: 'import',
  CURATION: 'edit',
  REVERT: 'undo',
};

const actions: Record<FactChange['action'], string> = {
  CREATED: 'Added',
  UPDATED: 'Changed',
  REMOVED: 'Removed',
};

type Properties = Record<string, unknown>;

interface EvidenceValue {
  source?: string;
  quote?: string | null;
  note?: string | null;
}

/** A stored value in words: texts quoted, lists joined, evidence as its quotes or notes. */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (field === 'evidence' && Array.isArray(value)) {
    return (value as EvidenceValue[])
      .map((item) => `${item.quote ? `“${item.quote}”` : (item.note ?? '')} (${item.source})`)
      .join('; ');
  }
  if (Array.isArray(value)) return value.map((item) => shown('', item)).join('; ');
  if (typeof value === 'string') return `“${value}”`;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What the fact was about: an object by label and key, or a relationship by its ends. */
const subject = (fact: FactChange) =>
  fact.type !== null
    ? `${fact.from} ${typeName(fact.type)} ${fact.to}`
    : `${fact.label ?? ''} ${fact.id ?? ''}`.trim();

/**
 * Where a fact came from and who curated it when: the change itself says who and when, so its
 * list of what changed leaves these out.
 */
const provenance = new Set(['origin', 'curatedBy', 'curatedAt']);

/** The fields a change touched: before → after each (all of them when added or removed). */
function difference(fact: FactChange): HTMLElement {
  const before = (fact.before ?? {}) as Properties;
  const after = (fact.after ?? {}) as Properties;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) =>
      !provenance.has(field) && JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  return h(
    'dl',
    { class: 'difference' },
    fields.map((field) => [
      h('dt', {}, fieldName(field)),
      h(
        'dd',
        {},
        fact.action !== 'CREATED' && h('del', {}, shown(field, before[field])),
        fact.action === 'UPDATED' && h('span', { 'aria-label': 'became' }, ' → '),
        fact.action !== 'REMOVED' && h('ins', {}, shown(field, after[field])),
      ),
    ]),
  );
}

/** Facts shown at once; the rest of a large change (an import) open on demand. */
const shownFacts = 3;

function facts(list: FactChange[]): HTMLElement {
  const item = (fact: FactChange) =>
    h(
      'li',
      {},
      h('span', { class: 'fact-action' }, actions[fact.action]),
      ' ',
      subject(fact),
      difference(fact),
    );
  const rest = list.slice(shownFacts);
  return h(
    'div',
    {},
    h('ul', { class: 'facts' }, list.slice(0, shownFacts).map(item)),
    rest.length > 0 &&
      h(
        'details',
        {},
        h('summary', {}, `${rest.length} more`),
        h('ul', { class: 'facts' }, rest.map(item)),
      ),
  );
}

function changeItem(change: Change, refresh: () => void): HTMLElement {
  const said = h('div', { class: 'undo-said' });
  const undo = h(
    'button',
    { type: 'button', 'aria-label': `Undo the ${change.operation} of ${when(change.at)}` },
    'Undo',
  );
  undo.addEventListener('click', async () => {
    undo.disabled = true;
    fill(said);
    try {
      const { revertChange: answer } = await request('RevertChange', { id: change.id });
      if (answer.__typename === 'Change') refresh();
      else {
        const title =
          answer.__typename === 'ConflictError'
            ? 'This cannot be undone: the fact has changed since.'
            : 'This change is not in the history (any more).';
        fill(
          said,
          h(
            'div',
            { class: 'failure', role: 'alert' },
            h('p', { class: 'failure-title' }, title),
            h('p', {}, answer.message),
          ),
        );
        undo.disabled = false;
      }
    } catch (error) {
      fill(said, failure(error));
      undo.disabled = false;
    }
  });
  return h(
    'li',
    { class: 'change' },
    h(
      'p',
      { class: 'change-head' },
      h('strong', {}, change.operation),
      ` · ${origins[change.origin]} by ${change.by} · `,
      h('time', { datetime: change.at }, when(change.at)),
    ),
    facts(change.facts),
    change.revertedBy
      ? h(
          'p',
          { class: 'muted' },
          `Undone by ${change.revertedBy.by}, ${when(change.revertedBy.at)}.`,
        )
      : change.origin === 'IMPORT'
        ? // An import changed every fact of the files at once: undoing it is not one editor's
          // click; the files are where it is mended, or the fact is corrected here.
          h('p', { class: 'muted' }, 'From the dataset files: correct the fact, or its file.')
        : undo,
    said,
  );
}

/** The history of one object, with a button for the next page of older changes. */
export function historyTab(id: string, refresh: () => void): HTMLElement {
  const list = h('ol', { class: 'history', 'aria-label': 'Changes, newest first' });
  const more = h('div');
  const element = h('div', {}, list, more);
  const load = async (after: string | null) => {
    fill(more, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const { history } = await request('History', { of: id, after });
      list.append(...history.edges.map(({ node }) => changeItem(node, refresh)));
      fill(
        more,
        list.childElementCount === 0 && h('p', { class: 'muted' }, 'No change recorded.'),
        history.pageInfo.hasNextPage &&
          h(
            'button',
            { type: 'button', onclick: () => load(history.pageInfo.endCursor) },
            'Older changes',
          ),
      );
    } catch (error) {
      fill(more, failure(error));
    }
  };
  load(null);
  return element;
}
