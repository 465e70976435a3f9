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

/** A message in place of content that could not be loaded. */
export const failure = (error: unknown) =>
  h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));

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
