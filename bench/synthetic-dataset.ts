/**
 * A synthetic dataset `times` times the size of data/, for benchmarks: copy 0 is the real
 * dataset, every further copy renames its ids (KOR -> QAB, amur-tiger -> amur-tiger-x1,
 * NEAMPAN -> NEAMPAN-X1, SOM-18 -> SOM-118) and keeps every quote valid by sharing the texts.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readDataset } from '../src/dataset/importer.ts';
import { dataDir, projectRoot } from '../src/paths.ts';

/** Keys whose values are prose, never ids. */
const prose = new Set([
  'quote',
  'note',
  'title',
  'name',
  'summary',
  'commonName',
  'scientificName',
  'role',
  'kind',
]);

function renamed(value: unknown, rename: Map<string, string>, key?: string): unknown {
  if (typeof value === 'string')
    return key && prose.has(key) ? value : (rename.get(value) ?? value);
  if (Array.isArray(value)) return value.map((item) => renamed(item, rename, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, rename, k)]));
  }
  return value;
}

/**
 * Three capital letters, the first of which no member State code of the dataset starts with
 * (Q first, as ISO 3166 leaves QM-QZ to users): 9 x 676 codes, enough for 1000 copies.
 */
const syntheticIso3 = (n: number) =>
  `${'QSTUVWXYZ'[Math.floor(n / 676)]}${String.fromCharCode(65 + Math.floor((n % 676) / 26))}${String.fromCharCode(65 + (n % 26))}`;

/** Where the synthetic dataset `times` times the size of data/ is written. */
export const syntheticDir = (times: number) => join(projectRoot, `bench/.data/x${times}`);

/**
 * Writes `times` copies of data/ into `target`; with 0 copies, an empty dataset (every file
 * present with empty lists), whose import with `replace` empties the graph.
 */
export async function writeSyntheticDataset(target: string, times: number): Promise<void> {
  const facts = await readDataset(dataDir);
  const renamable = facts.nodes.filter(
    (node) => !['Meeting', 'AgendaItem', 'Decision'].includes(node.label),
  );
  const referenceFiles = (await readdir(dataDir)).filter((name) => name.endsWith('.yaml'));
  const meetingFiles = (await readdir(join(dataDir, 'meetings'))).filter((name) =>
    name.endsWith('.yaml'),
  );
  const originals = new Map<string, unknown>();
  for (const name of [...referenceFiles, ...meetingFiles.map((m) => join('meetings', m))]) {
    originals.set(name, parse(await readFile(join(dataDir, name), 'utf8')));
  }

  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, 'meetings'), { recursive: true });
  await cp(join(dataDir, 'sources'), join(target, 'sources'), { recursive: true });

  const merged = new Map<string, Record<string, unknown[]>>();
  let states = 0;
  for (let copy = 0; copy < times; copy += 1) {
    const rename = new Map<string, string>();
    if (copy > 0) {
      for (const node of renamable) {
        const id =
          node.label === 'MemberState'
            ? syntheticIso3(states++)
            : /^[A-Z]/.test(node.id)
              ? `${node.id}-X${copy}`
              : `${node.id}-x${copy}`;
        rename.set(node.id, id);
      }
    }
    for (const name of referenceFiles) {
      const content = renamed(originals.get(name), rename) as Record<string, unknown[]>;
      const into = merged.get(name) ?? {};
      for (const [key, entries] of Object.entries(content))
        into[key] = [...(into[key] ?? []), ...entries];
      merged.set(name, into);
    }
    for (const name of meetingFiles) {
      const content = renamed(originals.get(join('meetings', name)), rename) as {
        meeting: { number: number };
      };
      content.meeting.number += 100 * copy;
      await writeFile(
        join(target, 'meetings', `som-${content.meeting.number}.yaml`),
        stringify(content),
      );
    }
  }
  for (const name of referenceFiles) {
    const content =
      merged.get(name) ??
      Object.fromEntries(Object.keys(originals.get(name) as object).map((key) => [key, []]));
    await writeFile(join(target, name), stringify(content));
  }
}
