/**
 * An import whose change is larger than one transaction should hold is written in batches under
 * one import (sync/staged-write.ts): the same graph and history as in one transaction, undone
 * entirely when a batch fails, and every other write refused while it runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset } from '../../bench/synthetic-dataset.ts';
import { type ImportOptions, importDataset } from '../../src/dataset/importer.ts';
import type { Database, WriteRunner } from '../../src/neo4j/database.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { dataDir } from '../../src/paths.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { editorSecurity, send, token } from '../support/auth.ts';
import { snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

/** Small enough that the dataset (about 1 700 facts) is written in several batches. */
const transactionFacts = 400;
let empty: string;
let twice: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'neaspec-staged-'));
  empty = join(dir, 'empty');
  twice = join(dir, 'twice');
  await writeSyntheticDataset(empty, 0);
  await writeSyntheticDataset(twice, 2);
});
afterAll(async () => {
  await importDataset(db, dataDir, { replace: true });
  await rm(join(empty, '..'), { recursive: true, force: true });
});

/** Every change recorded and every fact change, as stored. */
async function history() {
  const changes = await db.query<{ change: Record<string, unknown> }>(
    'MATCH (c:Change) RETURN c {.*, at: toString(c.at)} AS change ORDER BY c.at, c.id',
  );
  const facts = await db.query<{ facts: number }>('MATCH (f:FactChange) RETURN count(f) AS facts');
  return { changes: changes.map((row) => row.change), facts: facts[0]?.facts };
}

/** What the last change recorded did, fact by fact, without its id and time. */
async function lastChange() {
  const [last] = await db.query<{ change: Record<string, unknown> }>(
    'MATCH (c:Change) RETURN c {.by, .origin, .operation, .id} AS change ORDER BY c.at DESC LIMIT 1',
  );
  const facts = await db.query<{ fact: Record<string, unknown> }>(
    'MATCH (f:FactChange {change: $id}) RETURN f {.*, change: null} AS fact ORDER BY f.position',
    { id: last?.change.id },
  );
  const { id: _id, ...meta } = last?.change ?? {};
  return { meta, facts: facts.map((row) => row.fact) };
}

/** The graph as the dataset alone makes it. */
async function snapshotOfDataset() {
  await importDataset(db, dataDir, { replace: true });
  return snapshot(db);
}

/** Whether the graph carries the mark of an import under way. */
async function marked() {
  const [row] = await db.query<{ importing: string | null }>(
    "MATCH (r:GraphRevision {id: 'graph'}) RETURN r.importing AS importing",
  );
  return row?.importing ?? null;
}

/** The project curation writes below try to change, and its summary as stored. */
const project = 'amur-tiger-leopard-dna-analysis';
async function summaryOf() {
  const [row] = await db.query<{ summary: string }>(
    'MATCH (p:Project {id: $id}) RETURN p.summary AS summary',
    { id: project },
  );
  return row?.summary;
}

/** An editor's update of the project's summary, as `subject`, through the API. */
const updateSummary = async (summary: string, subject: string) =>
  send(
    app,
    `mutation ($input: UpdateProjectInput!) {
      updateProject(input: $input) { __typename ... on Project { summary } }
    }`,
    { input: { id: encodeId('Project', project), summary } },
    await token(['editor'], '1h', subject),
  );

/** `db` whose write transactions go through `writeTransaction`. */
function writingThrough(writeTransaction: Database['writeTransaction']): Database {
  const through = Object.create(db) as Database;
  through.read = db.read.bind(db);
  through.writeTransaction = writeTransaction;
  return through;
}

/** `db` whose import's `nth` transaction fails before it commits, as a lost connection would. */
function failingAt(nth: number): Database {
  let transactions = 0;
  return writingThrough((work, options) =>
    db.writeTransaction(async (run) => {
      const value = await work(run);
      if (options?.importing !== undefined && ++transactions === nth)
        throw new Error('injected failure');
      return value;
    }, options),
  );
}

const staged = (into: Database, dir: string, options: ImportOptions = {}) => {
  const progress: string[] = [];
  const done = importDataset(into, dir, {
    transactionFacts,
    onProgress: (message) => progress.push(message),
    ...options,
  });
  return { done, progress };
};

describe('an import larger than one transaction', () => {
  it('gives the graph and history the one-transaction import gives, and changes nothing when repeated', async () => {
    await importDataset(db, empty, { replace: true });
    await importDataset(db, dataDir);
    const graph = await snapshot(db);
    const recorded = await lastChange();
    await importDataset(db, empty, { replace: true });

    const { done, progress } = staged(db, dataDir);
    const report = await done;
    expect(report.unchanged).toBe(false);
    expect(progress.filter((line) => /^Batch \d+ of \d+ committed/.test(line)).length).toBe(
      Math.ceil(
        (report.change.nodes.create.length + report.change.relationships.create.length) /
          transactionFacts,
      ),
    );
    expect(progress.length).toBeGreaterThan(4);
    expect(await snapshot(db)).toEqual(graph);
    expect(await lastChange()).toEqual(recorded);
    expect(await marked()).toBeNull();

    const before = await history();
    const again = await staged(db, dataDir).done;
    expect(again.unchanged).toBe(true);
    expect(await snapshot(db)).toEqual(graph);
    expect(await history()).toEqual(before);
    expect(await marked()).toBeNull();
  });

  it.each([
    ['adds (into an empty graph)', 'empty', 'data'],
    ['removes (replacing the graph with an empty dataset)', 'data', 'empty'],
  ])(
    'leaves the graph and its history exactly as before when a later batch of one that %s fails',
    async (_name, from, to) => {
      const dirs: Record<string, string> = { empty, data: dataDir };
      await importDataset(db, dirs[from] as string, { replace: true });
      const graph = await snapshot(db);
      const before = await history();
      // The fifth transaction of the import (after its mark, its comparison and two batches).
      const { done, progress } = staged(failingAt(5), dirs[to] as string, { replace: true });
      await expect(done).rejects.toThrow('injected failure');
      expect(progress.some((line) => line.startsWith('Batch 2 of'))).toBe(true);
      expect(await snapshot(db)).toEqual(graph);
      expect(await history()).toEqual(before);
      expect(await marked()).toBeNull();
    },
  );

  it('leaves no mark when it fails while comparing the graph with the files', async () => {
    await importDataset(db, dataDir, { replace: true });
    const graph = await snapshot(db);
    const before = await history();
    // Its second transaction, which reads the graph after the mark has committed.
    await expect(staged(failingAt(2), twice).done).rejects.toThrow('injected failure');
    expect(await marked()).toBeNull();
    expect(await snapshot(db)).toEqual(graph);
    expect(await history()).toEqual(before);
  });

  it('undoes a batch that committed though its acknowledgement was lost, with those before it', async () => {
    await importDataset(db, dataDir, { replace: true });
    const graph = await snapshot(db);
    const before = await history();
    // Replacing the graph with an empty dataset, the fifth transaction (the third batch)
    // commits, but the import hears of a failure, as when the connection drops at the commit.
    let transactions = 0;
    const unacknowledged = writingThrough(async (work, options) => {
      const value = await db.writeTransaction(work, options);
      if (options?.importing !== undefined && ++transactions === 5)
        throw new Error('injected loss of the acknowledgement');
      return value;
    });
    const { done, progress } = staged(unacknowledged, empty, { replace: true });
    await expect(done).rejects.toThrow('injected loss of the acknowledgement');
    expect(progress.some((line) => line.startsWith('Batch 2 of'))).toBe(true);
    expect(await snapshot(db)).toEqual(graph);
    expect(await history()).toEqual(before);
    expect(await marked()).toBeNull();
  });

  it('refuses curation writes (and other imports) while it runs, and they change nothing', async () => {
    await importDataset(db, dataDir, { replace: true });
    const summary = await summaryOf();
    // The import waits before its second batch until the writes below have been answered.
    const { promise: held, resolve: resume } = Promise.withResolvers<void>();
    const { promise: waiting, resolve: reached } = Promise.withResolvers<void>();
    let transactions = 0;
    const pausing = writingThrough(async (work, options) => {
      if (options?.importing !== undefined && ++transactions === 4) {
        reached();
        await held;
      }
      return db.writeTransaction(work, options);
    });
    const { done, progress } = staged(pausing, twice);
    await waiting;
    expect(progress.some((line) => line.startsWith('Batch 1 of'))).toBe(true);
    const writes = await Promise.all(
      ['first', 'second', 'third', 'fourth', 'fifth'].map((word) =>
        updateSummary(`The ${word} summary written during an import.`, 'staged-import-test'),
      ),
    );
    const another = importDataset(db, dataDir).catch((error: Error) => error.message);
    expect(await another).toMatch(/^An import is in progress/);
    resume();
    await done;
    for (const written of writes) {
      expect(written.data?.updateProject ?? null).toBeNull();
      expect(written.errors?.[0]?.extensions?.code).toBe('IMPORT_IN_PROGRESS');
      expect(written.errors?.[0]?.message).toMatch(/^An import is in progress/);
    }
    expect(await summaryOf()).toBe(summary);
    const [curated] = await db.query<{ changes: number }>(
      "MATCH (c:Change {by: 'staged-import-test'}) RETURN count(c) AS changes",
    );
    expect(curated?.changes).toBe(0);
    expect(await marked()).toBeNull();
  });

  it('refuses curation writes at once while it reads the graph, before its first batch', async () => {
    await importDataset(db, dataDir, { replace: true });
    // The import holds still once it reads the graph to compare it with the files, until the
    // write below has been answered or five seconds have passed.
    const { promise: held, resolve: resume } = Promise.withResolvers<void>();
    const { promise: reading, resolve: reached } = Promise.withResolvers<void>();
    const pausing = writingThrough((work, options) =>
      db.writeTransaction(
        (run) =>
          work((async (statement: unknown, params: unknown) => {
            if (statement === statements.read.graphNodes) {
              reached();
              await held;
            }
            return (run as (s: unknown, p: unknown) => Promise<unknown[]>)(statement, params);
          }) as WriteRunner),
        options,
      ),
    );
    const summary = await summaryOf();
    const { done } = staged(pausing, twice);
    await reading;
    let resumedFirst = false;
    const timer = setTimeout(() => {
      resumedFirst = true;
      resume();
    }, 5_000);
    const written = await updateSummary(
      'A summary written while an import reads the graph.',
      'staged-import-test',
    );
    clearTimeout(timer);
    resume();
    await done;
    expect(written.errors?.[0]?.extensions?.code).toBe('IMPORT_IN_PROGRESS');
    // Answered while the import still held, not once it went on.
    expect(resumedFirst).toBe(false);
    expect(await summaryOf()).toBe(summary);
    expect(await marked()).toBeNull();
  });

  it('drops the mark of an import that stopped once none of its transactions has committed for twice their timeout', async () => {
    await importDataset(db, empty, { replace: true });
    // Neo4j is lost to the import after its mark, its comparison and two batches: it cannot
    // undo them either.
    let transactions = 0;
    const lost = writingThrough((work, options) => {
      if (options?.importing !== undefined && ++transactions > 4)
        return Promise.reject(new Error('injected loss of Neo4j'));
      return db.writeTransaction(work, options);
    });
    const timeoutMs = 1_500;
    await expect(staged(lost, dataDir, { timeoutMs }).done).rejects.toThrow('injected loss');
    const mark = await marked();
    expect(mark).not.toBeNull();
    const write = () => db.writeTransaction(async () => 'written');
    await expect(write()).rejects.toThrow(`An import is in progress (change ${mark})`);
    await new Promise((resolve) => setTimeout(resolve, 2 * timeoutMs + 500));
    expect(await write()).toBe('written');
    expect(await marked()).toBeNull();
    // What the stopped import committed stays, with its history; the next import completes it.
    const [recorded] = await db.query<{ facts: number }>(
      'MATCH (f:FactChange {change: $mark}) RETURN count(f) AS facts',
      { mark },
    );
    expect(recorded?.facts).toBe(2 * transactionFacts);
    await importDataset(db, dataDir);
    expect(await snapshot(db)).toEqual(await snapshotOfDataset());
  });
});
