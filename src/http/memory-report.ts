import type { Plugin } from 'graphql-yoga';
import type { CacheReport } from '../bounded-cache.ts';
import type { Admission } from '../graph/admission.ts';

/**
 * What the service holds in memory, as JSON at `path`: its resident set and heap, and each
 * cache's entries, bytes and bound in bytes (`{ "rss": ..., "caches": { "responses": { "entries":
 * 12, "bytes": 80123, "maxBytes": 100663296 }, ... } }`), and the expensive reads admitted now
 * with their answers' estimated bytes and how many wait (`"expensiveReads": { "entries": 2,
 * "bytes": 901120, "maxBytes": 67108864, "waiting": 0 }`), for monitoring and the memory
 * benchmark.
 */
export function memoryReport(
  path: string,
  caches: Record<string, { report(): CacheReport }>,
  admission: Admission,
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
          {
            rss,
            heapUsed,
            heapTotal,
            external,
            caches: report,
            expensiveReads: admission.report(),
          },
          { headers: { 'cache-control': 'no-store' } },
        ),
      );
    },
  };
}
