/** A small element builder: children are nodes or text (never parsed as HTML). */
type Child = Node | string | number | null | undefined | false;
/** Children may come in (nested) lists, as `map` makes them. */
export type Content = Child | readonly Content[];
type Attributes = Record<string, string | number | boolean | undefined | EventListener>;

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Content[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Content[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the element's content. */
export function fill(parent: Element, ...children: Content[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** An object the service suggests instead of a key it does not know. */
interface Suggestion {
  label: string;
  id: string;
  name: string;
}

/** The candidates a refusal lists: `Project "slug" (Its name), Event "id" (Name)`. */
function suggestions(message: string): Suggestion[] {
  const listed = message.split(/did you mean |names \d+ objects: /)[1];
  if (listed === undefined) return [];
  return [...listed.matchAll(/(\w+) "([^"]+)" \((.*?)\)(?=, \w+ "|\?|; |$)/g)].map(
    ([, label = '', id = '', name = '']) => ({ label, id, name }),
  );
}

/**
 * A message in place of content that could not be loaded, in the reader's words first: what
 * was not found, the objects the service suggests (each a link to draw it), then what the
 * service said, for the curious and for bug reports.
 */
export function failure(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /nothing has the key or name "([^"]*)"/.exec(message)?.[1];
  const several = /"([^"]*)" names (\d+) objects/.exec(message);
  const title =
    unknown !== undefined
      ? `Nothing in the graph has the key or name “${unknown}”.`
      : several
        ? `“${several[1]}” names ${several[2]} objects: pick one.`
        : 'This could not be shown.';
  const offered = suggestions(message);
  return h(
    'div',
    { class: 'failure', role: 'alert' },
    h('p', { class: 'failure-title' }, title),
    offered.length > 0 &&
      h(
        'div',
        {},
        h('p', {}, unknown !== undefined ? 'Did you mean:' : 'They are:'),
        h(
          'ul',
          {},
          offered.map((s) =>
            h(
              'li',
              {},
              h('a', { href: `/explore/graph?focus=${encodeURIComponent(s.id)}` }, s.name),
              ` (${s.label}, key ${s.id})`,
            ),
          ),
        ),
      ),
    unknown !== undefined &&
      h(
        'p',
        { class: 'muted' },
        'A key is an ISO code such as MNG, an acronym such as NEAMPAN, a meeting such as SOM-18, or a slug; a name is written as the graph has it, such as Mongolia.',
      ),
    h('details', {}, h('summary', {}, 'What the service said'), h('p', {}, message)),
  );
}

/**
 * A view's drawing that needs its data once: the first call draws, later ones wait for it; a
 * failure is shown in `into`, and the next call tries again.
 */
export function once(into: HTMLElement, draw: () => Promise<void>): () => Promise<void> {
  let drawing: Promise<void> | undefined;
  return () => {
    drawing ??= draw().catch((error: unknown) => {
      drawing = undefined;
      fill(into, failure(error));
    });
    return drawing;
  };
}
