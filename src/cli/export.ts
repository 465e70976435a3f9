/**
 * npm run export -- --out DIR [--base URL]
 * Writes every export (CSV per label and relationship type, participation, GraphML, JSON-LD,
 * Turtle) of the graph into DIR, with manifest.json: the version, graph revision, counts and the
 * SHA-256 of each file, for a citable release. --base: where the linked data's IRIs live.
 */

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { writeRelease } from '../export/release.ts';
import { createLogger } from '../logger.ts';
import { Database } from '../neo4j/database.ts';
import { provideNeo4j } from '../neo4j/target.ts';
import { runCommand } from './command.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, base: { type: 'string' } },
  });
  if (values.out === undefined) {
    throw new ConfigError('Say where to write the files: npm run export -- --out DIR');
  }
  const config = loadConfig(process.env);
  const base = values.base ?? `http://localhost:${config.http.port}`;
  const neo4j = await provideNeo4j(config.neo4j, createLogger(config.log));
  const db = new Database(neo4j.connection, { queryTimeoutMs: config.queryTimeoutMs });
  const started = performance.now();
  try {
    const dir = resolve(values.out);
    const manifest = await writeRelease(db, dir, base);
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    say(
      `Wrote ${manifest.files.length} files (${(bytes / 1e6).toFixed(1)} MB) of graph revision ${manifest.graphRevision} to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s; manifest.json lists them.`,
    );
  } finally {
    await db.close();
    await neo4j.release();
  }
}

runCommand(main);
