import { describe, expect, it } from 'vitest';
import { BoundedCache, stringBytes } from '../../src/bounded-cache.ts';

const overhead = (key: string) => stringBytes(key) + 96;

describe('a cache bounded in bytes', () => {
  it('evicts the least recently used first, to stay within its bytes', () => {
    const cache = new BoundedCache<string>(3 * (overhead('a') + 1000), () => 1000);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    expect(cache.get('a')).toBe('A');
    cache.set('d', 'D');
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => cache.get(key))).toEqual(['A', 'C', 'D']);
    expect(cache.report()).toEqual({
      entries: 3,
      bytes: 3 * (overhead('a') + 1000),
      maxBytes: cache.maxBytes,
    });
  });

  it('counts a replaced entry once, keeps nothing bigger than itself, and bounds entries', () => {
    const cache = new BoundedCache<string>(10_000, (value) => value.length, 2);
    cache.set('a', 'x'.repeat(100));
    cache.set('a', 'x'.repeat(200));
    expect(cache.report().bytes).toBe(overhead('a') + 200);
    cache.set('huge', 'x'.repeat(20_000));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('b', 'b');
    cache.set('c', 'c');
    expect(cache.report().entries).toBe(2);
    expect(cache.get('a')).toBeUndefined();
  });
});
