/**
 * A transaction Neo4j had not the memory for (its limit for one transaction, for all of them, or
 * its heap): Neo4j calls it transient, but the same transaction needs the same memory, so it is
 * not sent again; nothing of it is written, and an import says what to change.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset } from '../../bench/synthetic-dataset.ts';
import { importDataset } from '../../src/dataset/importer.ts';
import { type Database, TransactionMemoryError } from '../../src/neo4j/database.ts';
import { dataDir } from '../../src/paths.ts';
import { UserError } from '../../src/user-error.ts';
import { snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();
let empty: string;

beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), 'neaspec-memory-'));
  await writeSyntheticDataset(empty, 0);
});
afterAll(() => rm(empty, { recursive: true, force: true }));

/** What Neo4j answers a transaction past its memory pool's limit, as the driver gives it. */
const outOfMemory = () =>
  new Neo4jError(
    'The allocation of an extra 2.0 MiB would use more than the limit 1.3 GiB. dbms.memory.transaction.total.max threshold reached',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    '51N72',
    'error: system configuration or operation exception - memory pool out of memory.',
  );

const revision = async () =>
  (await db.query<{ revision: number }>('MATCH (r:GraphRevision) RETURN r.revision AS revision'))[0]
    ?.revision;

describe('a transaction Neo4j had not the memory for', () => {
  it('fails at once, tried once, as an error that says so, and writes nothing', async () => {
    const before = { graph: await snapshot(db), revision: await revision() };
    let tries = 0;
    const failed = await db
      .writeTransaction(async () => {
        tries += 1;
        throw outOfMemory();
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(TransactionMemoryError);
    expect(failed).not.toBeInstanceOf(Neo4jError);
    expect((failed as Error).message).toMatch(/had not the memory for the transaction/);
    expect(tries).toBe(1);
    expect({ graph: await snapshot(db), revision: await revision() }).toEqual(before);
  });

  it('makes an import say to lower IMPORT_TRANSACTION_FACTS, and change nothing', async () => {
    await importDataset(db, dataDir, { replace: true });
    const before = await snapshot(db);
    // Neo4j runs out of memory at the import's first write statement.
    const short = Object.create(db) as Database;
    short.read = db.read.bind(db);
    short.writeTransaction = (work, options) =>
      db.writeTransaction(
        (run) =>
          work(((statement: { file: string }, params?: unknown) => {
            if (statement.file.startsWith('write/')) throw outOfMemory();
            return run(statement as never, params as never);
          }) as typeof run),
        options,
      );
    // Replacing the dataset with an empty one: every fact removed, in one transaction.
    const failed = await importDataset(short, empty, { replace: true })
      .then(() => undefined)
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(UserError);
    expect((failed as Error).message).toMatch(/IMPORT_TRANSACTION_FACTS \(now 200000\)/);
    expect(await snapshot(db)).toEqual(before);
  });
});
