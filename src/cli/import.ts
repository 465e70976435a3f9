/**
 * npm run import -- [folder] [--dry-run] [--replace]
 * Validates the dataset (default: data/) and makes the graph match it in one transaction, or in
 * batches of IMPORT_TRANSACTION_FACTS facts when the change is larger (progress per batch).
 * --dry-run reports what would change and writes nothing; --replace also removes the facts
 * curators added through the API, leaving exactly the dataset.
 */

import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { importDataset } from '../dataset/importer.ts';
import { formatReport } from '../dataset/report.ts';
import { createLogger } from '../logger.ts';
import { Database } from '../neo4j/database.ts';
import { migrate } from '../neo4j/migrate.ts';
import { provideNeo4j } from '../neo4j/target.ts';
import { dataDir } from '../paths.ts';
import { runCommand } from './command.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const dir = positionals[0] ?? dataDir;
  const config = loadConfig(process.env);
  const neo4j = await provideNeo4j(config.neo4j, createLogger(config.log));
  const db = new Database(neo4j.connection, { queryTimeoutMs: config.queryTimeoutMs });
  try {
    await migrate(db);
    const report = await importDataset(db, dir, {
      dryRun: values['dry-run'],
      replace: values.replace,
      onProgress: say,
      transactionFacts: config.importTransactionFacts,
    });
    say(formatReport(report));
  } finally {
    await db.close();
    await neo4j.release();
  }
}

runCommand(main, 'Nothing was written.');
