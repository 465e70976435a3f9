import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/http/compression.ts';

describe('the encoding of an answer, from Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'br'],
    ['*', 'br'],
    ['gzip;q=0, br;q=0', undefined],
    ['identity', undefined],
    ['deflate', undefined],
    ['', undefined],
    [null, undefined],
    // A q-value is 0 to 1 with at most three decimals; an entry with any other is left out.
    ['br;q=-1, gzip', 'gzip'],
    ['gzip;q=-5', undefined],
    ['br;q=2, gzip;q=0.5', 'gzip'],
    ['br;q=abc', undefined],
    ['br;q=0.0001, gzip', 'gzip'],
    ['br;q=0.001', 'br'],
    ['br;q=1.000', 'br'],
    ['br;q=0.000, *', 'gzip'],
    ['BR;Q=0.5', 'br'],
  ])('%s -> %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
