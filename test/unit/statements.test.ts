import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypher, cypherFolder } from '../../src/neo4j/cypher.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { cypherDir } from '../../src/paths.ts';

/** cypher/schema holds the migrations, applied in order rather than run by name. */
const folders = readdirSync(cypherDir).filter((folder) => folder !== 'schema');
const handles = Object.entries(statements).flatMap(([folder, named]) =>
  Object.entries(named).map(([name, handle]) => ({ folder, name, file: handle.file })),
);

describe('the statement handles', () => {
  it('cover every folder of cypher/ but the migrations, and no other', () => {
    expect(Object.keys(statements).sort()).toEqual(folders.sort());
  });

  it('each have their file, and each file its handle', () => {
    const files = folders.flatMap((folder) => cypherFolder(folder));
    expect(handles.map((handle) => handle.file).sort()).toEqual(files.sort());
    for (const { file } of handles) expect(cypher(file), file).toMatch(/\S/);
  });

  it('are named after their file: statements.read.graphNodes is read/graph-nodes', () => {
    for (const { folder, name, file } of handles) {
      const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      expect(file).toBe(`${folder}/${kebab}`);
    }
  });
});
