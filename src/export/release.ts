/**
 * A citable release of the graph: every export file written into a folder, from one read
 * transaction, and a manifest (manifest.json) with the service version, the graph revision the
 * files were read at, the counts of nodes and relationships, and each file's size and SHA-256.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Database } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { version } from '../release.ts';
import { chunked, exportFiles } from './catalogue.ts';

export interface Manifest {
  name: string;
  version: string;
  graphRevision: number;
  exportedAt: string;
  base: string;
  licence: { code: string; data: string; sourceTexts: string };
  /** Rows per CSV file (its records after the header): nodes per label, relationships per type. */
  counts: Record<string, number>;
  files: { path: string; contentType: string; bytes: number; sha256: string }[];
}

export async function writeRelease(db: Database, dir: string, base: string): Promise<Manifest> {
  const snapshot = await db.snapshot();
  try {
    let graphRevision = 0;
    for await (const row of snapshot.rows(statements.read.graphRevision))
      graphRevision = row.number;
    const counts: Record<string, number> = {};
    const files: Manifest['files'] = [];
    for (const file of exportFiles) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      const hash = createHash('sha256');
      let bytes = 0;
      let pieces = 0;
      // CSV files are written a record per piece: the pieces count the rows.
      const counted = async function* (text: AsyncGenerator<string>) {
        for await (const piece of text) {
          pieces += 1;
          yield piece;
        }
      };
      const handle = await open(path, 'w');
      try {
        for await (const piece of chunked(counted(file.write(snapshot, base)))) {
          const buffer = Buffer.from(piece, 'utf8');
          hash.update(buffer);
          bytes += buffer.length;
          await handle.write(buffer);
        }
      } finally {
        await handle.close();
      }
      if (file.path.endsWith('.csv')) counts[file.path.slice(4, -4)] = pieces - 1;
      files.push({
        path: file.path,
        contentType: file.contentType,
        bytes,
        sha256: hash.digest('hex'),
      });
    }
    const manifest: Manifest = {
      name: 'NEASPEC knowledge graph',
      version,
      graphRevision,
      exportedAt: new Date().toISOString(),
      base,
      licence: {
        code: 'MIT',
        data: 'CC-BY-4.0',
        sourceTexts: "Quoted for reference; they remain their publishers'.",
      },
      counts,
      files,
    };
    await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await snapshot.close();
  }
}
