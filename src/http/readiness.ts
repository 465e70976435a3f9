import type { Plugin } from 'graphql-yoga';

/**
 * Readiness at `endpoint` itself: 200 while `isReady` says so, else 503 (with the reason, when
 * the check fails). graphql-yoga's own check also answered URLs that merely end in the endpoint
 * (`/no-such-page/ready`, a GET query whose URL ends in `/ready`) and tested a URL pattern on
 * every request.
 */
export function readiness(endpoint: string, isReady: () => boolean | Promise<boolean>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      try {
        endResponse(new fetchAPI.Response(null, { status: (await isReady()) ? 200 : 503 }));
      } catch (error) {
        endResponse(
          new fetchAPI.Response(error instanceof Error ? error.message : null, {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }
    },
  };
}
