import { request } from './api/client.ts';
import type { EntityRef } from './api/results.ts';
import { failure, fill, h } from './dom.ts';
import { badge } from './labels.ts';

/** Full-text search, as the API's `search`: best first. */
export async function search(text: string, first = 20): Promise<EntityRef[]> {
  const { search: hits } = await request('Search', { text, first });
  return hits.map((hit) => hit.node);
}

/** Up and down arrows move between the buttons of a list. */
function arrowKeys(list: HTMLElement, before?: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    event.preventDefault();
    if (next < 0) before?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  });
  before?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    list.querySelector('button')?.focus();
  });
}

/** Search hits as buttons: Enter or a click picks one; arrows move from the box into them. */
export function hitList(label: string, input: HTMLInputElement, pick: (hit: EntityRef) => void) {
  const list = h('ul', { class: 'hits', 'aria-label': label });
  arrowKeys(list, input);
  return {
    element: list,
    show(hits: EntityRef[] | undefined, selected?: string) {
      fill(
        list,
        hits?.length === 0 ? h('li', { class: 'muted' }, 'Nothing found.') : null,
        (hits ?? []).map((hit) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'hit',
                'data-id': hit.id,
                title: hit.name,
                'aria-current': hit.id === selected ? 'true' : undefined,
                onclick: () => pick(hit),
              },
              h('span', { class: 'hit-name' }, hit.name),
              badge(hit.__typename),
            ),
          ),
        ),
      );
    },
    /** Marks the hit that is open. */
    mark(selected: string | undefined) {
      for (const button of list.querySelectorAll<HTMLElement>('.hit')) {
        if (button.dataset.id === selected) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    },
  };
}

/** A key typed by the reader stands for its object until the API names it. */
const asKey = (text: string): EntityRef => ({ id: text, __typename: '', name: text });

/** What the API takes as a key: "MNG", "NEAMPAN", "SOM-18", a slug (never spaces). */
const keyLike = /^[\w/-]+$/;

/**
 * Picks one object by searching: type, then choose a hit (Enter takes the first, or the text as
 * a key when nothing matches). A text such as "MNG" or "SOM-18" can also be taken as a key from
 * the list. Shows the pick's name; `onPick` gets it.
 */
export class Picker {
  readonly input: HTMLInputElement;
  readonly element: HTMLElement;
  private readonly hits: ReturnType<typeof hitList>;
  private typed = 0;
  /** The id of the object picked. */
  picked: string | undefined;

  private readonly onPick: (entity: EntityRef) => void;

  constructor(label: string, onPick: (entity: EntityRef) => void) {
    this.onPick = onPick;
    const id = `pick-${label.toLowerCase().replaceAll(' ', '-')}`;
    this.input = h('input', {
      id,
      type: 'search',
      autocomplete: 'off',
      placeholder: 'Name, acronym or key…',
    });
    this.hits = hitList(`${label}: matches`, this.input, (hit) => this.pick(hit));
    this.element = h(
      'div',
      { class: 'picker' },
      h('label', { for: id }, label),
      this.input,
      this.hits.element,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.suggest(), 200);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        const text = this.input.value.trim();
        this.suggest().then((hits) => {
          const [first] = hits ?? [];
          if (first) this.pick(first);
          else if (keyLike.test(text)) this.pick(asKey(text));
        });
      } else if (event.key === 'Escape' && this.hits.element.childElementCount > 0) {
        event.preventDefault();
        this.hits.show(undefined);
      }
    });
  }

  /** Shows an object as picked (e.g. from the URL). */
  set(entity: EntityRef | undefined): void {
    this.picked = entity?.id;
    this.input.value = entity?.name ?? '';
    this.hits.show(undefined);
  }

  private pick(hit: EntityRef): void {
    this.set(hit);
    this.input.focus();
    this.onPick(hit);
  }

  /** Shows the hits for what is typed, and answers them (none for nothing, or on failure). */
  private async suggest(): Promise<EntityRef[] | undefined> {
    const ticket = ++this.typed;
    const text = this.input.value.trim();
    if (text === '') {
      this.hits.show(undefined);
      return undefined;
    }
    try {
      const hits = await search(text, 8);
      if (ticket === this.typed) {
        this.hits.show(hits);
        if (keyLike.test(text)) {
          this.hits.element.append(
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'hit', onclick: () => this.pick(asKey(text)) },
                h('span', { class: 'hit-name' }, `“${text}” as a key`),
              ),
            ),
          );
        }
      }
      return hits;
    } catch (error) {
      if (ticket === this.typed) fill(this.hits.element, h('li', {}, failure(error)));
      return undefined;
    }
  }
}
