import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generatedMark } from '../../explorer/editing.ts';
import {
  compileOperations,
  explorerOperations,
  persistedOperations,
} from '../../explorer/operations.ts';
import { projectRoot } from '../../src/paths.ts';

const schema = buildSchema(readFileSync(join(projectRoot, 'schema.graphql'), 'utf8'));

/** Every `request('Name', ...)` in the page's sources. */
function operationsThePageSends(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/request\('(\w+)'/g)) {
          names.add(match[1] as string);
        }
      }
    }
  };
  walk(join(projectRoot, 'explorer', 'src'));
  return names;
}

describe("the explorer's operations file", () => {
  const operations = explorerOperations();

  it('holds every operation the page sends, and only those: those it names, and those generated for the forms', () => {
    const text = readFileSync(join(projectRoot, 'explorer', 'operations.graphql'), 'utf8');
    const generated = text.slice(text.indexOf(generatedMark));
    const generatedNames = [...generated.matchAll(/^(?:query|mutation) (\w+)/gm)].map(
      (match) => match[1] as string,
    );
    expect(new Set(operations.map((o) => o.name))).toEqual(
      new Set([...operationsThePageSends(), ...generatedNames]),
    );
  });

  it('has operations that are valid against the schema, each on its own', () => {
    for (const { name, text } of operations) {
      expect(validate(schema, parse(text)), name).toEqual([]);
    }
  });

  it('makes an allow-list of SHA-256 hashes of the exact operation texts', () => {
    const list = persistedOperations(operations);
    expect(Object.keys(list)).toHaveLength(operations.length);
    for (const [hash, text] of Object.entries(list)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });

  it('gives each operation the fragments it uses, through other fragments too, and no more', () => {
    const [outer, inner] = compileOperations(`
      fragment Unused on Evidence { note }
      fragment Inner on Evidence { quote }
      fragment Outer on Relationship { type evidence { ...Inner } }
      query Uses { path(from: "a", to: "b") { relationships { ...Outer } } }
      query Plain { stats { nodeCounts { label } } }
    `);
    expect(outer?.text).toContain('fragment Outer');
    expect(outer?.text).toContain('fragment Inner');
    expect(outer?.text).not.toContain('Unused');
    expect(validate(schema, parse(outer?.text ?? ''))).toEqual([]);
    expect(inner?.text).not.toContain('fragment');
  });

  it('refuses an unnamed operation and a spread of an unknown fragment, saying which', () => {
    expect(() => compileOperations('{ stats { nodeCounts { label } } }')).toThrow(/needs a name/);
    expect(() => compileOperations('query Q { node(id: "x") { ...Missing } }')).toThrow(
      'Q: unknown fragment Missing',
    );
  });
});
