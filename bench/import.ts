/**
 * npm run bench:import — how long an import takes: the dataset and synthetic ones 100 and 1000
 * times larger (GRAPHS, default dataset,x100; x1000 is 707 000 nodes and 941 000 relationships,
 * written in batches: sync/staged-write.ts), each into an empty graph and then again (nothing to
 * change), beside a floor:
 * the same facts written by hand-written UNWIND batches of 10 000 rows, a transaction each,
 * with nothing compared, checked or recorded. Prints seconds, and the peak memory (RSS) of this
 * process, which reads, checks and sends the dataset, and of the Neo4j it writes to.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { importDataset, readDataset } from '../src/dataset/importer.ts';
import type { Database } from '../src/neo4j/database.ts';
import { migrate } from '../src/neo4j/migrate.ts';
import { statements } from '../src/neo4j/statements.ts';
import { dataDir, projectRoot } from '../src/paths.ts';
import { benchDatabase } from './neo4j.ts';
import { printTable, residentMb } from './service.ts';
import { syntheticDir, writeSyntheticDataset } from './synthetic-dataset.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);
const graphs = (process.env.GRAPHS ?? 'dataset,x100').split(',');
const empty = join(projectRoot, 'bench/.data/empty');
/** The longest one import may take: the graph 1000 times larger takes minutes. */
const timeoutMs = 3_600_000;
const floorBatch = 10_000;

/** The floor: the facts as they are, in UNWIND batches, each batch committed on its own. */
async function floorImport(db: Database, dir: string) {
  const started = performance.now();
  const { nodes, relationships } = await readDataset(dir);
  const read = performance.now();
  for (let start = 0; start < nodes.length; start += floorBatch)
    await db.writeTransaction((run) =>
      run(statements.write.createNodes, { nodes: nodes.slice(start, start + floorBatch) }),
    );
  for (let start = 0; start < relationships.length; start += floorBatch)
    await db.writeTransaction((run) =>
      run(statements.write.createRelationships, {
        relationships: relationships.slice(start, start + floorBatch),
      }),
    );
  return { read: read - started, total: performance.now() - started };
}

const { db, release, pid } = await benchDatabase(say);
try {
  await migrate(db);
  await writeSyntheticDataset(empty, 0);
  const rows: string[][] = [];
  const row = async (name: string, run: string, facts: string[], seconds: number) => {
    const own = await residentMb('self', 'VmHWM');
    const neo4j = pid ? await residentMb(pid, 'VmHWM') : undefined;
    rows.push([
      name,
      run,
      ...facts,
      seconds.toFixed(2),
      own.toFixed(0),
      neo4j === undefined ? '-' : neo4j.toFixed(0),
      (loadavg()[0] ?? 0).toFixed(1),
    ]);
    say(`  ${rows.at(-1)?.join('  ')}`);
  };
  for (const graph of graphs) {
    const times = graph === 'dataset' ? 1 : Number(graph.slice(1));
    const dir = times === 1 ? dataDir : syntheticDir(times);
    if (times > 1) {
      say(`Writing the synthetic dataset (${times} copies of data/) …`);
      await writeSyntheticDataset(dir, times);
    }
    await importDataset(db, empty, { replace: true, timeoutMs });
    for (const run of ['into an empty graph', 'again (no change)'] as const) {
      say(`${graph}: import ${run} …`);
      const report = await importDataset(db, dir, { replace: true, timeoutMs });
      const nodes = report.nodes.reduce((sum, r) => sum + r.total, 0);
      const links = report.relationships.reduce((sum, r) => sum + r.total, 0);
      const written = report.change.nodes.create.length + report.change.relationships.create.length;
      await row(
        graph,
        run,
        [String(nodes), String(links), String(written)],
        report.milliseconds / 1000,
      );
    }
    await importDataset(db, empty, { replace: true, timeoutMs });
    say(`${graph}: floor, UNWIND batches of ${floorBatch} …`);
    const floor = await floorImport(db, dir);
    await row(
      graph,
      `floor: UNWIND ${floorBatch} a transaction (reading the files ${(floor.read / 1000).toFixed(2)} s)`,
      ['', '', ''],
      floor.total / 1000,
    );
  }
  say('');
  printTable(
    [
      'dataset',
      'import',
      'nodes',
      'relationships',
      'created',
      'seconds',
      'peak RSS MB (this process)',
      'peak RSS MB (Neo4j)',
      'load avg',
    ],
    rows,
    say,
  );
} finally {
  await release();
}
