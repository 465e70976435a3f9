import { benchDatabase } from './bench/neo4j.ts';
import { importDataset } from './src/dataset/importer.ts';
import { migrate } from './src/neo4j/migrate.ts';

const { db, release } = await benchDatabase(console.log);
await migrate(db);
for (const dir of ['bench/.data/x100', 'bench/.data/empty', 'bench/.data/x100']) {
  const r = await importDataset(db, dir, { replace: true });
  console.log(`${dir} done ${(r.milliseconds / 1000).toFixed(1)}`);
}
await release();
