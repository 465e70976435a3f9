import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.ts';
import { schemaSdl } from '../../src/schema/index.ts';

describe('schema.graphql', () => {
  it('is the printed Pothos schema (run `npm run schema:print` after changing the schema)', async () => {
    const committed = await readFile(join(projectRoot, 'schema.graphql'), 'utf8');
    expect(committed).toBe(schemaSdl());
  });
});
