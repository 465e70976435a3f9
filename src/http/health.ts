/**
 * /health answers, besides its 200 (the process is alive), which release this is and the graph
 * revision it serves, as JSON: `{"status":"alive","version":"0.2.0","graphRevision":12}`. The
 * revision is null when Neo4j does not say within a moment: liveness never waits on the database.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plugin } from 'graphql-yoga';
import type { Revision } from '../graph/revision.ts';
import { version } from '../release.ts';

const waitMs = 500;

export function healthDetails(endpoint: string, revision: Revision): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      // Most responses are not this one's: the URL is parsed only where it may be.
      if (!request.url.includes(endpoint) || response.status !== 200) return;
      if (new URL(request.url).pathname !== endpoint) return;
      const graphRevision = await Promise.race([
        Promise.resolve()
          .then(() => revision.current())
          .catch(() => undefined),
        sleep(waitMs, undefined, { ref: false }),
      ]);
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.set('cache-control', 'no-store');
      setResponse(
        new fetchAPI.Response(
          JSON.stringify({ status: 'alive', version, graphRevision: graphRevision ?? null }),
          { status: 200, headers },
        ),
      );
    },
  };
}
