import type { Plugin } from 'graphql-yoga';
import type { CacheReport } from '../bounded-cache.ts';

/**
 * What the service holds in memory, as JSON at `path`: its resident set and heap, and each
 * cache's entries, bytes and bound in bytes (`{ "rss": ..., "caches": { "responses": { "entries":
 * 12, "bytes": 80123, "maxBytes": 100663296 }, ... } }`), for monitoring and the memory benchmark.
 */
export function memoryReport(
  path: string,
  caches: Record<string, { report(): CacheReport }>,
): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== path || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      const report = Object.fromEntries(
        Object.entries(caches).map(([name, cache]) => [name, cache.report()]),
      );
      endResponse(
        fetchAPI.Response.json(
          { rss, heapUsed, heapTotal, external, caches: report },
          { headers: { 'cache-control': 'no-store' } },
        ),
      );
    },
  };
}
