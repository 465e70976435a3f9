import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths.ts';

const texts = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `read/stats-labels`; read once, then cached. */
export function cypher(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDir, `${name}.cypher`), 'utf8').trim();
    texts.set(name, text);
  }
  return text;
}

/** The statements of a file that holds several, each ending with `;` at the end of a line. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.replace(/^\/\/.*$/gm, '').trim() !== '');
}

/** The names of the files in a folder of `cypher/`, in the order they are applied. */
export function cypherFolder(folder: string): string[] {
  return readdirSync(join(cypherDir, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
}
