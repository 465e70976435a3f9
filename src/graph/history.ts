/**
 * The graph's history as one request reads it (see model/history.ts): pages of changes, newest
 * first, of a node or of the whole graph, and the facts each changed, batched per request.
 */
import DataLoader from 'dataloader';
import type { ChangeRecord, FactChangeRecord } from '../model/history.ts';
import type { Database } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';

/** Where a page of changes starts: after the change at `at` with id `id`. */
export interface ChangeCursor {
  at: string;
  id: string;
}

/** Which changes a page lists. */
export type ChangeFilter = { of: string } | { since: string | null; by: string | null };

/** A change as a request reads it, with the node its facts are read for, if any. */
export type ReadChange = ChangeRecord & { of?: string | undefined };

export class History {
  readonly #changes: DataLoader<string, ChangeRecord | undefined>;
  readonly #facts = new Map<string, DataLoader<string, FactChangeRecord[]>>();

  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
    this.#changes = new DataLoader(async (ids) => {
      const rows = await db.read(statements.read.changesById, { ids });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    });
  }

  /** The change with this id, if one was recorded. */
  change(id: string): Promise<ChangeRecord | undefined> {
    return this.#changes.load(id);
  }

  /** Up to `first` changes after `after`, newest first, and whether more follow. */
  async page(filter: ChangeFilter, first: number, after: ChangeCursor | undefined) {
    const page = {
      afterAt: after?.at ?? null,
      afterId: after?.id ?? null,
      limit: first + 1,
    };
    const rows =
      'of' in filter
        ? await this.db.read(statements.read.historyOf, { id: filter.of, ...page })
        : await this.db.read(statements.read.changes, { ...filter, ...page });
    const of = 'of' in filter ? filter.of : undefined;
    return {
      changes: rows.slice(0, first).map((row): ReadChange => ({ ...row, of })),
      more: rows.length > first,
    };
  }

  /** What change `change` did to facts, in order: at most `first`, about `of` when given. */
  facts(change: string, of: string | undefined, first: number): Promise<FactChangeRecord[]> {
    const key = JSON.stringify([of ?? null, first]);
    let loader = this.#facts.get(key);
    if (loader === undefined) {
      loader = new DataLoader(async (changes) => {
        const rows = await this.db.read(statements.read.factChanges, {
          changes,
          of: of ?? null,
          limit: first,
        });
        return changes.map((id) =>
          rows.filter((row) => row.change === id).sort((a, b) => a.position - b.position),
        );
      });
      this.#facts.set(key, loader);
    }
    return loader.load(change);
  }
}
