import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Database } from '../../src/neo4j/database.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { dataDir } from '../../src/paths.ts';

/** A copy of data/ in a temporary folder, to edit without touching the real dataset. */
export async function copyDataset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'neaspec-data-'));
  await cp(dataDir, dir, { recursive: true });
  return dir;
}

/** Parses a YAML file of the copy, lets `edit` change it, writes it back. */
export async function editYaml(
  dir: string,
  file: string,
  // biome-ignore lint/suspicious/noExplicitAny: a test edits YAML of any shape, as a curator would
  edit: (content: any) => void,
): Promise<void> {
  const path = join(dir, file);
  const content = parse(await readFile(path, 'utf8'));
  edit(content);
  await writeFile(path, stringify(content));
}

/** Replaces text in a file of the copy (for edits YAML cannot express, like syntax errors). */
export async function editText(
  dir: string,
  file: string,
  edit: (text: string) => string,
): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
}

/** Every node and relationship with all properties, in a stable order: to compare the graph. */
export async function snapshot(db: Database) {
  const nodes = await db.read(statements.read.graphNodes);
  const relationships = await db.read(statements.read.graphRelationships);
  const key = (value: unknown) =>
    JSON.stringify(value, (_name, inner) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    );
  return {
    nodes: nodes.map(key).sort(),
    relationships: relationships.map(key).sort(),
  };
}
