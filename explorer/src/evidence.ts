import { request } from './api/client.ts';
import type { Evidence } from './api/results.ts';
import { h } from './dom.ts';

/** Source texts by source id, each fetched once per page, many in one request. */
const texts = new Map<string, Promise<string | null>>();

function sourceText(id: string): Promise<string | null> {
  return texts.get(id) ?? Promise.resolve(null);
}

function fetchTexts(ids: string[]): void {
  const missing = [...new Set(ids)].filter((id) => !texts.has(id));
  if (missing.length === 0) return;
  const answer = request('SourceTexts', { ids: missing }).then(
    ({ nodes }) =>
      new Map(nodes.map((node) => [node?.id, node && 'text' in node ? node.text : null])),
    () => new Map<string | undefined, string | null>(),
  );
  for (const id of missing)
    texts.set(
      id,
      answer.then((byId) => byId.get(id) ?? null),
    );
}

/** How much of the source text to show on each side of a quote. */
const context = 220;

/** The passage around the quote: its paragraph, at most `context` characters each side. */
function passage(text: string, at: number, length: number): [string, string] {
  const from = Math.max(text.lastIndexOf('\n\n', at) + 1, at - context);
  const paragraphEnd = text.indexOf('\n\n', at + length);
  const to = Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, at + length + context);
  const before = text.slice(from, at);
  const after = text.slice(at + length, to);
  // Where the passage is cut short, it is cut at a word's end and says so.
  return [
    from === at - context ? `…${before.replace(/^\S*\s/, '')}` : before.trimStart(),
    to === at + length + context ? `${after.replace(/\s\S*$/, '')}…` : after.trimEnd(),
  ];
}

/** The whole text, the quote marked and scrolled to when the reader opens it. */
function wholeText(text: string, at: number, quote: string): HTMLElement {
  const mark = h('mark', {}, quote);
  const body = h(
    'div',
    { class: 'whole-text', tabindex: 0 },
    text.slice(0, at),
    mark,
    text.slice(at + quote.length),
  );
  const details = h('details', {}, h('summary', {}, 'Whole text'), body);
  details.addEventListener('toggle', () => {
    if (details.open) body.scrollTop = mark.offsetTop - body.clientHeight / 3;
  });
  return details;
}

function quoted(item: Evidence & { quote: string }): HTMLElement {
  const block = h('blockquote', { class: 'quote' }, h('mark', {}, item.quote));
  const figure = h('figure', { class: 'evidence' }, block, citation(item));
  sourceText(item.source.id).then((text) => {
    const at = text?.indexOf(item.quote) ?? -1;
    if (text == null || at < 0) return;
    const [before, after] = passage(text, at, item.quote.length);
    block.replaceChildren(before, h('mark', {}, item.quote), after);
    block.after(wholeText(text, at, item.quote));
  });
  return figure;
}

function citation({ source }: Evidence): HTMLElement {
  return h(
    'figcaption',
    {},
    '— ',
    source.url
      ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title)
      : source.title,
  );
}

/** Every piece of evidence: each quote inside its source text (when held), or the note. */
export function evidenceList(evidence: Evidence[]): HTMLElement {
  fetchTexts(evidence.filter((item) => item.quote !== null).map((item) => item.source.id));
  if (evidence.length === 0) return h('p', { class: 'muted' }, 'No evidence recorded.');
  return h(
    'ul',
    { class: 'evidence-list' },
    evidence.map((item) =>
      h(
        'li',
        {},
        item.quote !== null
          ? quoted({ ...item, quote: item.quote })
          : h(
              'figure',
              { class: 'evidence' },
              h('p', { class: 'note' }, item.note ?? ''),
              citation(item),
            ),
      ),
    ),
  );
}
