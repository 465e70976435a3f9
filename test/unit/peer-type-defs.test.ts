import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { peerTypeDefs, typeDefsFile } from '../../bench/peers/type-defs.ts';

describe('bench/peers/typeDefs.graphql', () => {
  it('holds the type definitions the model tables give (run `node bench/peers/type-defs.ts` after changing them)', async () => {
    expect(await readFile(typeDefsFile, 'utf8')).toBe(peerTypeDefs());
  });
});
