import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { type Admission, BusyError, type Release } from '../graph/admission.ts';

/**
 * Holds an expensive read's place in `admission` (graph/admission.ts) for as long as its answer
 * is in the service's memory: from its admission, before it runs, until its last byte has been
 * taken by the client's connection, or the client has gone. `admit` is called with the
 * operation's estimated cost once it is planned (http/query-plan.ts); the plugin, last of all so
 * that it sees the answer as it goes out (compressed), gives the place back.
 */
export function answersInFlight(admission: Admission) {
  const held = new WeakMap<Request, Release>();
  /** Reads refused as busy beside the app (http/repeated-reads.ts), which the app refuses at once. */
  const refusedBeside = new WeakSet<IncomingMessage>();
  const plugin: Plugin = {
    async onResponse({ request, response, serverContext, setResponse, fetchAPI }) {
      const release = held.get(request);
      if (release === undefined) return;
      held.delete(request);
      // Served by node: the place is given back once the response has been handed to the
      // client's connection, or the client has gone.
      const served = (serverContext as { res?: ServerResponse } | undefined)?.res;
      if (served !== undefined) {
        served.once('close', release);
        return;
      }
      if (response.body === null) {
        release();
        return;
      }
      // Answered to a caller of `fetch` on the app: given back once the body has been read.
      const bytes = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-length', String(bytes.length));
      let sent = false;
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) {
            controller.close();
            release();
            return;
          }
          sent = true;
          controller.enqueue(bytes);
        },
        cancel: release,
      });
      setResponse(
        new fetchAPI.Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
  return {
    plugin,
    /**
     * Admits the request's operation by its estimated cost (or throws BusyError): at once if it
     * waited its turn beside the app already, and was refused.
     */
    async admit(request: Request, cost: number, received?: IncomingMessage): Promise<void> {
      if (received !== undefined && refusedBeside.has(received))
        throw new BusyError('too many expensive queries at once');
      const release = await admission.enter(cost);
      if (release === undefined) return;
      // A client that leaves gets no answer, and none goes out to give the place back.
      if (request.signal.aborted) {
        release();
        throw new BusyError('the client left while its query waited');
      }
      request.signal.addEventListener('abort', release, { once: true });
      held.set(request, release);
    },
    /**
     * Admits a read answered beside the app by its estimated cost, as `admit` does; the place is
     * given back by the caller. A read refused here is refused by the app at once.
     */
    async admitBeside(received: IncomingMessage, cost: number): Promise<Release | undefined> {
      try {
        return await admission.enter(cost);
      } catch (error) {
        if (error instanceof BusyError) refusedBeside.add(received);
        throw error;
      }
    },
  };
}
