/**
 * Evidence for a fact, as an editor gives it: choose a source (searched among every source), read
 * its text and select the words with the mouse (the selection becomes the quote, copied exactly),
 * or write a note for a source whose text the graph does not hold.
 */
import { request } from '../api/client.ts';
import type { EvidenceInput, SourceChoice } from '../api/results.ts';
import { failure, fill, h } from '../dom.ts';
import { hitList } from '../search.ts';

/** Every source, fetched once per page when an editor first picks one. */
let sources: Promise<SourceChoice[]> | undefined;
const allSources = () => {
  sources ??= request('Sources', {}).then(({ sources: list }) => list);
  return sources;
};

/** The key evidence names a source by: what its global id ("Source:<key>", base64) holds. */
const sourceKey = (id: string) => atob(id).replace(/^Source:/, '');

const matches = (source: SourceChoice, words: string[]) => {
  const text = `${source.name} ${source.url ?? ''}`.toLowerCase();
  return words.every((word) => text.includes(word));
};

export class EvidencePicker {
  readonly element: HTMLFieldSetElement;
  private source: SourceChoice | undefined;
  private readonly quote: HTMLTextAreaElement;
  private readonly note: HTMLTextAreaElement;
  private readonly text = h('div', { class: 'source-text-slot' });
  private readonly problem: HTMLElement;
  private shown: string[] = [];

  constructor(id: string) {
    const search = h('input', {
      id: `${id}-source`,
      type: 'search',
      autocomplete: 'off',
      placeholder: 'Title or address…',
    });
    const chosen = h('p', { class: 'chosen-source', 'aria-live': 'polite' });
    const hits = hitList('Sources: matches', search, (hit) => {
      this.source = { id: hit.id, name: hit.name, url: null };
      search.value = hit.name;
      hits.show(undefined);
      fill(chosen, 'Source: ', h('strong', {}, hit.name));
      this.showProblems([]);
      this.showText(hit.id);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
        if (words.length === 0) return hits.show(undefined);
        try {
          const found = (await allSources()).filter((source) => matches(source, words));
          hits.show(
            found.slice(0, 8).map((source) => ({ ...source, __typename: 'Source' })),
            this.source?.id,
          );
        } catch (error) {
          fill(hits.element, h('li', {}, failure(error)));
        }
      }, 150);
    });
    this.quote = h('textarea', {
      id: `${id}-quote`,
      rows: 3,
      'aria-describedby': `${id}-quote-hint ${id}-problem`,
    });
    this.note = h('textarea', {
      id: `${id}-note`,
      rows: 2,
      'aria-describedby': `${id}-note-hint ${id}-problem`,
    });
    this.problem = h('p', { class: 'field-problem', id: `${id}-problem`, hidden: true });
    // A problem said of the evidence goes once the editor changes it.
    for (const field of [this.quote, this.note]) {
      field.addEventListener('input', () => this.showProblems([]));
    }
    this.element = h(
      'fieldset',
      { class: 'evidence-picker', 'data-field': 'evidence' },
      h('legend', {}, 'Evidence'),
      h(
        'div',
        { class: 'form-field' },
        h('label', { for: search.id }, 'Source'),
        search,
        hits.element,
        chosen,
      ),
      this.text,
      h(
        'div',
        { class: 'form-field' },
        h('label', { for: this.quote.id }, 'Quote'),
        this.quote,
        h(
          'p',
          { class: 'hint', id: `${id}-quote-hint` },
          'Select the words in the source’s text above, or paste them exactly as it has them.',
        ),
      ),
      h(
        'div',
        { class: 'form-field' },
        h('label', { for: this.note.id }, 'Or a note'),
        this.note,
        h(
          'p',
          { class: 'hint', id: `${id}-note-hint` },
          'A short paraphrase, for a source whose text the graph does not hold.',
        ),
      ),
      this.problem,
    );
  }

  private async showText(id: string): Promise<void> {
    fill(this.text, h('p', { class: 'muted' }, 'Loading its text…'));
    try {
      const { nodes } = await request('SourceTexts', { ids: [id] });
      if (this.source?.id !== id) return;
      const [node] = nodes;
      const text = node && 'text' in node ? node.text : null;
      if (text == null) {
        fill(this.text, h('p', { class: 'muted' }, 'The graph holds no text of this source.'));
        return;
      }
      const body = h(
        'div',
        {
          class: 'source-text',
          tabindex: 0,
          role: 'document',
          'aria-label': 'The source’s text: select the quote',
        },
        text,
      );
      // The selection inside the text is the quote, exactly as the text has it.
      const take = () => {
        const selection = getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
        if (!body.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
        this.quote.value = selection.toString().trim();
        this.showProblems([]);
      };
      body.addEventListener('mouseup', take);
      body.addEventListener('keyup', take);
      fill(this.text, body);
    } catch (error) {
      fill(this.text, failure(error));
    }
  }

  /** The evidence given, or undefined when no source was chosen. */
  value(): EvidenceInput | undefined {
    if (this.source === undefined) return undefined;
    const quote = this.quote.value.trim();
    const note = this.note.value.trim();
    return {
      source: sourceKey(this.source.id),
      ...(quote ? { quote } : {}),
      ...(note ? { note } : {}),
    };
  }

  problems(): string[] {
    return this.shown;
  }

  /** Shows what the service found wrong with the evidence (nothing: hides it). */
  showProblems(messages: string[]): void {
    this.shown = messages;
    this.problem.hidden = messages.length === 0;
    this.problem.textContent = messages.join(' ');
  }
}
