import { randomUUID } from 'node:crypto';
import { transactionFactsByDefault } from '../config.ts';
import type { GraphFacts, NodeFact, RelationshipFact } from '../model/facts.ts';
import {
  type Database,
  ImportInProgressError,
  TransactionMemoryError,
  type WriteRunner,
} from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { refuseCuratedInTheWay, refuseCuratedSinceExport } from '../sync/conflict.ts';
import {
  type ChangeCounts,
  countChange,
  diffGraph,
  type GraphChange,
  isEmptyChange,
} from '../sync/diff.ts';
import { writeStaged } from '../sync/staged-write.ts';
import { changeSize, writeChange } from '../sync/write.ts';
import { UserError } from '../user-error.ts';
import { compileDataset } from './compile/index.ts';
import { loadDataset } from './load.ts';
import { DatasetError, type Problem } from './problems.ts';

export interface ImportOptions {
  /** Compare with the graph and report, but write nothing. */
  dryRun?: boolean;
  /** Make the graph hold exactly the dataset: facts added by curators are removed too. */
  replace?: boolean;
  onProgress?: (message: string) => void;
  /** Longest each import transaction may run. */
  timeoutMs?: number;
  /**
   * The most facts one import transaction writes: a larger change is written in batches of as
   * many (sync/staged-write.ts).
   */
  transactionFacts?: number;
  /** What history records the import as: who ran it and how (`import`, `seed`). */
  by?: string;
  operation?: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when the graph already matched the dataset. */
  unchanged: boolean;
  nodes: ChangeCounts[];
  relationships: ChangeCounts[];
  change: GraphChange;
  milliseconds: number;
}

/**
 * Reads and checks the whole dataset in `dir`; throws a DatasetError listing every problem,
 * before anything touches the database.
 */
export async function readDataset(dir: string): Promise<GraphFacts> {
  const problems: Problem[] = [];
  const loaded = await loadDataset(dir, problems);
  if (loaded === undefined) throw new DatasetError(problems);
  const { facts, problems: crossFile } = compileDataset(loaded);
  if (crossFile.length > 0) throw new DatasetError(crossFile);
  return facts;
}

async function currentFacts(read: WriteRunner): Promise<GraphFacts> {
  return {
    nodes: await read(statements.read.graphNodes),
    relationships: await read(statements.read.graphRelationships),
  };
}

/**
 * An import's transaction that Neo4j had not the memory for, told with what to change: a smaller
 * IMPORT_TRANSACTION_FACTS writes the change in more, smaller transactions.
 */
const withSizeAdvice =
  (transactionFacts: number) =>
  (error: unknown): never => {
    if (!(error instanceof TransactionMemoryError)) throw error;
    throw new UserError(
      `${error.message}\nAn import writes up to IMPORT_TRANSACTION_FACTS (now ${transactionFacts}) facts in one transaction: set it lower, so that the change is written in batches of fewer facts, or give Neo4j more memory.`,
    );
  };

/**
 * Makes the graph match the dataset in `dir`: validates everything first, then creates, updates
 * and removes the dataset's facts in one write transaction, or in batches under one import when
 * the change is larger than one transaction should hold (`transactionFacts`); either way an
 * import that fails changes nothing and a second import of the same files changes nothing.
 */
export async function importDataset(
  db: Database,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const {
    dryRun = false,
    replace = false,
    onProgress = () => {},
    timeoutMs = 300_000,
    transactionFacts = transactionFactsByDefault,
    by = 'import',
    operation = 'import',
  } = options;
  const started = performance.now();
  onProgress(`Reading and checking the dataset in ${dir}`);
  const wanted = await readDataset(dir);
  onProgress(
    `Dataset valid: ${wanted.nodes.length} nodes and ${wanted.relationships.length} relationships`,
  );

  // Facts curators added through the API are not the dataset's to remove, unless replacing.
  const removable = (fact: NodeFact | RelationshipFact) =>
    replace || fact.properties.origin === 'dataset';
  // Deleting a node deletes its relationships: those curators added are not the files' to delete.
  const changeTo = (current: GraphFacts): GraphChange => {
    const change = diffGraph(wanted, current, removable);
    refuseCuratedInTheWay(change, current, removable);
    // The files' patch is older than what editors curated since: writing it would undo their work.
    if (!replace) refuseCuratedSinceExport(change, current);
    return change;
  };
  const report = (change: GraphChange): ImportReport => ({
    dryRun,
    unchanged: isEmptyChange(change),
    ...countChange(wanted, change),
    change,
    milliseconds: performance.now() - started,
  });

  if (dryRun) {
    onProgress('Comparing with the graph (dry run: nothing is written)');
    return report(changeTo(await currentFacts(db.read.bind(db))));
  }
  const meta = { by, origin: 'IMPORT', operation } as const;
  // The change can be no larger than the dataset and the graph together: within one
  // transaction's worth, it is computed and written in one. Else the graph is marked as being
  // imported before it is read, so no other write commits between the reading and the writing.
  const [held] = await db.read(statements.read.factCount);
  const most =
    wanted.nodes.length +
    wanted.relationships.length +
    (held?.nodes ?? 0) +
    (held?.relationships ?? 0);
  const mark = most > transactionFacts ? randomUUID() : undefined;
  const fitsOne = (change: GraphChange) => changeSize(change) <= transactionFacts;
  // Once the mark has committed, every other write is refused at once, rather than waiting
  // behind the reading of the graph (minutes on a large one) to be refused then.
  const markGraph = (change: string) =>
    db.writeTransaction(
      async (run) => {
        // Twice the time a transaction may run: a batch that fails and the first undo after it.
        const abandonedAfterMs = 2 * timeoutMs;
        const [marked] = await run(statements.write.beginImport, { change, abandonedAfterMs });
        if (marked?.importing !== change)
          throw new ImportInProgressError(String(marked?.importing));
      },
      { timeoutMs, importing: change },
    );
  // If this fails too, the mark is found abandoned once no transaction of the import has
  // committed for twice their timeout.
  const unmarkGraph = (change: string) =>
    db
      .writeTransaction((run) => run(statements.write.endImport, { change }), {
        timeoutMs,
        importing: change,
      })
      .catch(() => {});
  const write = async () => {
    if (mark !== undefined) {
      onProgress('Marking the graph as being imported, then comparing it with the dataset');
      await markGraph(mark);
    } else onProgress('Comparing with the graph and writing the difference in one transaction');
    const change = await db
      .writeTransaction(
        async (run) => {
          // Read inside the write transaction, so the difference is computed on what it changes.
          const difference = changeTo(await currentFacts(run));
          if (fitsOne(difference)) {
            if (mark !== undefined) onProgress('Writing the difference in one transaction');
            await writeChange(run, difference, onProgress, meta);
            if (mark !== undefined) await run(statements.write.endImport, { change: mark });
          }
          return difference;
        },
        { timeoutMs, importing: mark },
      )
      .catch(async (error: unknown) => {
        if (mark !== undefined) await unmarkGraph(mark);
        throw error;
      });
    if (mark !== undefined && !fitsOne(change)) {
      onProgress(
        `Writing the difference (${changeSize(change)} facts) in batches, a transaction each; other writes are refused meanwhile`,
      );
      await writeStaged(db, change, mark, meta, {
        batchFacts: transactionFacts,
        timeoutMs,
        say: onProgress,
      });
    }
    return change;
  };
  return report(await write().catch(withSizeAdvice(transactionFacts)));
}

/** Is the graph new (no nodes at all)? Then start-up imports the dataset. */
export async function graphIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(statements.read.entityCount);
  return row?.count === 0;
}
