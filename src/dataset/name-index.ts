/**
 * The names the checker looks for in evidence (member States' names and aliases, programme
 * areas' titles), indexed once per table, so that checking a fact costs what its own text costs,
 * not what the whole table does: a graph with thousands of States or programme areas is checked
 * in time that grows with the graph, not with its square.
 */

/** Every run of word characters, as `\b` in a regular expression sees them. */
const wordsOf = (text: string) => text.match(/\w+/g) ?? [];

/**
 * Names with the States each names, longest first (so that "Democratic People's Republic of
 * Korea" is read before "Republic of Korea"), found by their first word.
 */
export class StateNames {
  readonly #rank = new Map<string, number>();
  readonly #byFirstWord = new Map<string, [name: string, states: string[]][]>();
  /** Names without a word character: tried on every text. */
  readonly #wordless: [name: string, states: string[]][] = [];

  constructor(stateNames: ReadonlyMap<string, readonly string[]>) {
    const byName = new Map<string, string[]>();
    for (const [state, names] of stateNames)
      for (const name of names) byName.set(name, [...(byName.get(name) ?? []), state]);
    const ordered = [...byName].sort(([a], [b]) => b.length - a.length);
    ordered.forEach((entry, rank) => {
      this.#rank.set(entry[0], rank);
      const [first] = wordsOf(entry[0]);
      if (first === undefined) this.#wordless.push(entry);
      else this.#byFirstWord.set(first, [...(this.#byFirstWord.get(first) ?? []), entry]);
    });
  }

  /**
   * The names that may occur in `text`, longest first: a name found by `\bname\b` starts with
   * a whole word of the text, so a name whose first word the text lacks cannot be there.
   */
  candidates(text: string): [name: string, states: string[]][] {
    const found = [...this.#wordless];
    for (const word of new Set(wordsOf(text))) found.push(...(this.#byFirstWord.get(word) ?? []));
    const rank = (name: string) => this.#rank.get(name) ?? 0;
    return found.sort(([a], [b]) => rank(a) - rank(b));
  }
}

/** A title as compared: whatever its case, spacing and closing punctuation. */
export const plainTitle = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,]+$/, '')
    .trim();

/** The programme areas by each of their names and aliases, as plain titles. */
export function programmesByTitle(
  programmeNames: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const [slug, names] of programmeNames)
    for (const title of new Set(names.map(plainTitle))) {
      const slugs = index.get(title) ?? [];
      if (!slugs.includes(slug)) index.set(title, [...slugs, slug]);
    }
  return index;
}

/** Builds each index once per table the checkers share. */
export function memoised<Key extends object, Value>(
  make: (key: Key) => Value,
): (key: Key) => Value {
  const made = new WeakMap<Key, Value>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
