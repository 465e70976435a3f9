import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { explorerTypes, generatedTypesFile } from '../../explorer/types.ts';

describe('explorer/src/api/generated.ts', () => {
  it('holds the types generated from schema.graphql and operations.graphql (run `npm run explorer:types` after changing either)', async () => {
    const committed = await readFile(generatedTypesFile, 'utf8');
    expect(committed).toBe(await explorerTypes());
  });
});
