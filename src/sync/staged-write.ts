/**
 * A change too large for one transaction, written in batches under one import. Neo4j Community
 * has one user database, and a transaction holds all it writes in memory until it commits: the
 * graph 100 times the dataset's size (165 000 facts with their history) took 835 MB of it, ten
 * times that would not fit a reasonable heap. So each batch is a transaction of its own that
 * records its own facts' history, all under the one change it opened; the graph's mark
 * (begin-import.cypher) refuses every other write meanwhile. Readers see the graph as the batches
 * committed so far make it, each batch a new revision. A batch that fails has the batches before
 * it (and itself, if it committed after all) undone, and the change's records deleted: the graph
 * and its history are as before.
 */
import type { ChangeMeta } from '../model/history.ts';
import type { Database } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import type { GraphChange } from './diff.ts';
import {
  changeSize,
  factChanges,
  orderedFacts,
  recordChange,
  recordFactChanges,
  writeFacts,
} from './write.ts';

/** Progress of a batch's statements, which the batch's own line reports. */
const quiet = () => {};

/**
 * The most facts a batch holds, however many one transaction may: small transactions commit
 * sooner. The graph 100 times the dataset's size (164 800 facts, into an empty graph) was
 * written in 26 s in batches of 10 000, 29 s in batches of 50 000, 58 s in one transaction.
 */
export const batchFactsAtMost = 10_000;

export interface StagedOptions {
  /** The most facts one transaction writes (batches hold `batchFactsAtMost` at most). */
  batchFacts: number;
  /** Longest each transaction may run. */
  timeoutMs: number;
  say: (message: string) => void;
}

/** The part of `change` from its `start`th fact to before its `end`th, in `orderedFacts` order. */
export function sliceChange(change: GraphChange, start: number, end: number): GraphChange {
  let offset = 0;
  const [relationshipsRemoved, nodesRemoved, nodesCreated, nodesUpdated, created, updated] =
    orderedFacts(change).map((facts) => {
      const part = facts.slice(Math.max(0, start - offset), Math.max(0, end - offset));
      offset += facts.length;
      return part;
    }) as unknown as ReturnType<typeof orderedFacts>;
  return {
    nodes: { create: nodesCreated, update: nodesUpdated, remove: nodesRemoved },
    relationships: { remove: relationshipsRemoved, create: created, update: updated },
  };
}

/** The change that undoes `change`: what it created removed, what it removed made again. */
export function inverseChange({ nodes, relationships }: GraphChange): GraphChange {
  const back = <T extends { properties: object; before: object }>(fact: T) => ({
    ...fact,
    properties: fact.before,
    before: fact.properties,
  });
  return {
    nodes: { create: nodes.remove, update: nodes.update.map(back), remove: nodes.create },
    relationships: {
      create: relationships.remove,
      update: relationships.update.map(back),
      remove: relationships.create,
    },
  };
}

/**
 * Writes `change` as the change `id` (recorded with `meta`), in batches of at most `batchFacts`
 * facts (and `batchFactsAtMost`), each its own transaction. The graph must carry the mark of
 * import `id` already; the last batch removes it. When a batch fails, the batches before it are
 * undone and the failure thrown.
 */
export async function writeStaged(
  db: Database,
  change: GraphChange,
  id: string,
  meta: ChangeMeta,
  { timeoutMs, say, ...options }: StagedOptions,
): Promise<void> {
  const batchFacts = Math.min(options.batchFacts, batchFactsAtMost);
  const total = changeSize(change);
  const batches = Math.ceil(total / batchFacts);
  let written = 0;
  try {
    for (let batch = 0; batch < batches; batch += 1) {
      const started = performance.now();
      const start = batch * batchFacts;
      const part = sliceChange(change, start, start + batchFacts);
      await db.writeTransaction(
        async (run) => {
          await writeFacts(run, part, quiet);
          if (batch === 0) await recordChange(run, id, meta);
          await recordFactChanges(run, factChanges(part, id, start), quiet);
          if (batch === batches - 1) await run(statements.write.endImport, { change: id });
        },
        { timeoutMs, importing: id },
      );
      written = Math.min(total, start + batchFacts);
      say(
        `Batch ${batch + 1} of ${batches} committed: ${written} of ${total} facts (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  } catch (error) {
    // A batch whose commit went through though its acknowledgement was lost has recorded its
    // facts too: the records say how many were written.
    const [recorded] = await db
      .read(statements.read.changeFactCount, { change: id })
      .catch(() => []);
    written = Math.max(written, recorded?.facts ?? 0);
    say(`A batch failed after ${written} of ${total} facts: undoing them`);
    try {
      await undoStaged(db, change, id, written, { batchFacts, timeoutMs, say });
    } catch (undoing) {
      // Neo4j lost, most likely: what was committed stays, with its history, and the graph's
      // mark until the next import or write finds it abandoned (bump-revision.cypher).
      throw new Error(
        `${String(error)}; undoing the ${written} facts written before it failed too (${String(undoing)}): they stay, with their history, and other writes are refused until the import is found abandoned`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** Undoes the first `written` facts of the staged change `id`, then deletes its records. */
async function undoStaged(
  db: Database,
  change: GraphChange,
  id: string,
  written: number,
  { batchFacts, timeoutMs, say }: StagedOptions,
): Promise<void> {
  // Batch by batch, the last first: a relationship goes before the node it joins comes back.
  for (
    let start = Math.floor((written - 1) / batchFacts) * batchFacts;
    start >= 0;
    start -= batchFacts
  ) {
    const part = inverseChange(sliceChange(change, start, Math.min(written, start + batchFacts)));
    await db.writeTransaction((run) => writeFacts(run, part, quiet), {
      timeoutMs,
      importing: id,
    });
  }
  let deleted: number;
  do {
    const [row] = await db.writeTransaction(
      (run) => run(statements.write.forgetFactChanges, { change: id, limit: batchFacts }),
      { timeoutMs, importing: id },
    );
    deleted = row?.deleted ?? 0;
  } while (deleted > 0);
  await db.writeTransaction(
    async (run) => {
      await run(statements.write.forgetChange, { change: id });
      await run(statements.write.endImport, { change: id });
    },
    { timeoutMs, importing: id },
  );
  say(`Undone: the graph and its history are as before the import`);
}
