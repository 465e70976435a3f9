/**
 * The graph's revision as this process knows it, read from Neo4j when what it knows is older than
 * `maxAgeMs` (so a write through another replica is noticed within that time) or a write went
 * through this one. At most one read is under way at a time. Answers cached for a revision are
 * good while it is the current one.
 */
import { type CypherReader, DatabaseUnavailableError } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';

export class Revision {
  #known: { number: number | undefined; at: number } = { number: undefined, at: -Infinity };
  #reading: Promise<number | undefined> | undefined;
  /** Counts local writes, so that a read begun before one does not count as after it. */
  #writes = 0;

  private readonly reader: CypherReader;
  private readonly maxAgeMs: number;

  constructor(reader: CypherReader, maxAgeMs = 1_000) {
    this.reader = reader;
    this.maxAgeMs = maxAgeMs;
  }

  /** The current revision; undefined while Neo4j cannot say (nothing cached is served then). */
  current(): number | undefined | Promise<number | undefined> {
    if (performance.now() - this.#known.at < this.maxAgeMs) return this.#known.number;
    this.#reading ??= this.#read().finally(() => {
      this.#reading = undefined;
    });
    return this.#reading;
  }

  /** What this process knows is out of date (it has just written). */
  changed(): void {
    this.#writes += 1;
    this.#known = { number: undefined, at: -Infinity };
  }

  async #read(): Promise<number | undefined> {
    const at = performance.now();
    const writes = this.#writes;
    let number: number | undefined;
    try {
      const [row] = await this.reader.read(statements.read.graphRevision);
      number = row?.number ?? 0;
    } catch (error) {
      // Neo4j away, hung or busy would fail the query as well, after as long a wait again.
      if (error instanceof DatabaseUnavailableError) throw error;
      number = undefined;
    }
    if (writes === this.#writes) this.#known = { number, at };
    return writes === this.#writes ? number : undefined;
  }
}
