/**
 * A cache bounded by the bytes of memory its entries hold (as estimated by the cache's owner,
 * who knows what it stores), and optionally by their number: the least recently used go first.
 * Every cache of the service is one of these, so that no stream of distinct requests can make
 * it hold more than its share of the memory budget (config.ts), and each reports its size.
 */

/** A string's size in memory at most: two bytes a character, and V8's header. */
export const stringBytes = (text: string) => 2 * text.length + 32;

/** What a Map entry, its key and the entry's own record take besides the value. */
const entryOverhead = 96;

export interface CacheReport {
  entries: number;
  bytes: number;
  maxBytes: number;
}

export class BoundedCache<V> {
  readonly #entries = new Map<string, { value: V; bytes: number }>();
  #bytes = 0;

  /** The most bytes the entries may hold together. */
  readonly maxBytes: number;
  /** The bytes `value` holds (its key is counted apart). */
  private readonly sizeOf: (value: V) => number;
  /** The most entries kept. */
  readonly maxEntries: number;

  constructor(
    maxBytes: number,
    sizeOf: (value: V) => number,
    maxEntries = Number.POSITIVE_INFINITY,
  ) {
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
    this.maxEntries = maxEntries;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // The most recently used go last, so that the oldest go first.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` under `key`, unless it alone is bigger than the whole cache. */
  set(key: string, value: V): void {
    this.delete(key);
    const bytes = stringBytes(key) + entryOverhead + this.sizeOf(value);
    if (bytes > this.maxBytes || this.maxEntries === 0) return;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes && this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  report(): CacheReport {
    return { entries: this.#entries.size, bytes: this.#bytes, maxBytes: this.maxBytes };
  }
}
