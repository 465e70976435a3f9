/**
 * npm run bench:import — how long an import takes: the dataset and a synthetic one 100 times
 * larger, each into an empty graph and then again (nothing to change).
 */
import { join } from 'node:path';
import { importDataset } from '../src/dataset/importer.ts';
import { migrate } from '../src/neo4j/migrate.ts';
import { dataDir, projectRoot } from '../src/paths.ts';
import { benchDatabase } from './neo4j.ts';
import { printTable } from './service.ts';
import { writeSyntheticDataset } from './synthetic-dataset.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);
const synthetic = join(projectRoot, 'bench/.data/x100');
const empty = join(projectRoot, 'bench/.data/empty');

say('Writing the synthetic dataset (100 copies of data/) …');
await writeSyntheticDataset(synthetic, 100);
await writeSyntheticDataset(empty, 0);
const { db, release } = await benchDatabase(say);
try {
  await migrate(db);
  const rows: string[][] = [];
  for (const [name, dir] of [
    ['dataset', dataDir],
    ['synthetic x100', synthetic],
  ] as const) {
    await importDataset(db, empty, { replace: true });
    for (const run of ['into an empty graph', 'again (no change)'] as const) {
      const report = await importDataset(db, dir, { replace: true });
      const nodes = report.nodes.reduce((sum, row) => sum + row.total, 0);
      const links = report.relationships.reduce((sum, row) => sum + row.total, 0);
      const written = report.change.nodes.create.length + report.change.relationships.create.length;
      rows.push([
        name,
        run,
        String(nodes),
        String(links),
        String(written),
        (report.milliseconds / 1000).toFixed(2),
      ]);
    }
  }
  printTable(['dataset', 'import', 'nodes', 'relationships', 'created', 'seconds'], rows, say);
} finally {
  await release();
}
