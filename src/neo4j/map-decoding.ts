/**
 * Maps from Neo4j decoded by assignment. neo4j-driver decodes every key of every map it receives
 * with `Object.defineProperty` (so that a key named `__proto__` cannot set the object's
 * prototype), a slow path of V8: on a large answer (3,100 rows of participation, nine map keys
 * each) it took about 17 of the service's 70 ms of CPU. This decoder assigns each key, and
 * defines only `__proto__` as the driver does: the same objects, with the same own properties.
 *
 * It replaces the method of the driver's packstream decoder (neo4j-driver-bolt-connection, the
 * copy neo4j-driver itself loads; Bolt 5's decoder inherits it). The driver's version is pinned:
 * if a new one no longer has the method, this fails at startup rather than quietly doing nothing.
 */
import { createRequire } from 'node:module';

interface Unpacker {
  unpack(buffer: unknown, hydrate: unknown): unknown;
  _unpackMapWithSize(size: number, buffer: unknown, hydrate: unknown): Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const { Unpacker } = createRequire(require.resolve('neo4j-driver'))(
  'neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js',
) as { Unpacker: { prototype: Unpacker } };

if (typeof Unpacker?.prototype._unpackMapWithSize !== 'function')
  throw new Error(
    "neo4j-driver's packstream decoder has changed: review src/neo4j/map-decoding.ts",
  );

Unpacker.prototype._unpackMapWithSize = function (this: Unpacker, size, buffer, hydrate) {
  const map: Record<string, unknown> = {};
  for (let i = 0; i < size; i += 1) {
    const key = this.unpack(buffer, hydrate) as string;
    const value = this.unpack(buffer, hydrate);
    if (key === '__proto__')
      Object.defineProperty(map, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else map[key] = value;
  }
  return map;
};
