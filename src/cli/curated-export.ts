/**
 * npm run curated:export -- [folder] [--out FILE]
 * Writes what editors added, changed or removed through the API as a patch over the dataset's
 * files (default: data/curated.yaml, replaced whole), to review and commit; importing it changes
 * nothing. Says "nothing curated" and writes nothing when the graph holds exactly the files.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { exportCurated } from '../dataset/curated-export.ts';
import { curatedFileName } from '../dataset/curated-format.ts';
import { reportedName } from '../dataset/load.ts';
import { createLogger } from '../logger.ts';
import { Database } from '../neo4j/database.ts';
import { provideNeo4j } from '../neo4j/target.ts';
import { dataDir } from '../paths.ts';
import { runCommand } from './command.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);

/** "3 (Decision 1, Meeting 2)": how many, and how many of each kind. */
function counted(kinds: readonly string[]): string {
  const each = new Map<string, number>();
  for (const kind of kinds) each.set(kind, (each.get(kind) ?? 0) + 1);
  const parts = [...each].map(([kind, count]) => `${kind} ${count}`);
  return `${kinds.length}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  const dir = positionals[0] ?? dataDir;
  const out = values.out ?? join(dir, curatedFileName);
  const config = loadConfig(process.env);
  const neo4j = await provideNeo4j(config.neo4j, createLogger(config.log));
  const db = new Database(neo4j.connection, { queryTimeoutMs: config.queryTimeoutMs });
  try {
    const shown = reportedName(out, '');
    const { yaml, patch } = await exportCurated(db, dir, shown);
    if (yaml === undefined) {
      say(`Nothing curated: the graph holds exactly the files in ${reportedName(dir, '')}/.`);
      return;
    }
    await writeFile(out, yaml);
    const { nodes, relationships, removals } = patch;
    say(`Wrote ${shown} (${Buffer.byteLength(yaml)} bytes):`);
    say(`  nodes added or changed:         ${counted(nodes.map((n) => n.label))}`);
    say(`  relationships added or changed: ${counted(relationships.map((r) => r.type))}`);
    say(`  nodes removed:                  ${counted(removals.nodes.map((n) => n.label))}`);
    say(`  relationships removed:          ${counted(removals.relationships.map((r) => r.type))}`);
  } finally {
    await db.close();
    await neo4j.release();
  }
}

runCommand(main, 'Nothing was written.');
