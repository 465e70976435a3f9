import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

function refuse(response: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  response.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(body);
}

export interface Listener {
  handle: RequestListener;
  /** Resolves once no request is being handled (at once when none is). */
  idle(): Promise<void>;
}

/**
 * Why the request line and Host header do not make a URL, if they do not. The app builds the
 * request's URL from them before anything else runs, and fails with a 500 and a stack on a Host
 * such as `a b` or a target such as `*`; an origin server only takes a path as its target.
 */
function malformedAddress(request: IncomingMessage): string | undefined {
  if (!request.url?.startsWith('/')) return 'The request target must be a path, such as /graphql.';
  if (!URL.canParse(`http://${request.headers.host ?? 'localhost'}${request.url}`))
    return 'The Host header must be a host name or address, with an optional port.';
  return undefined;
}

/**
 * The HTTP entry point around the app. The request line and Host header must make a URL. A
 * request body must say how long it is (Content-Length) and be at most `maxBodyBytes`, so nobody
 * can make the service buffer an endless upload; Node's parser holds the client to the length it
 * declared. It also counts the requests in flight, so that a stopping service can let them finish.
 */
export function httpListener(app: RequestListener, maxBodyBytes: number): Listener {
  let inFlight = 0;
  let waiting: (() => void)[] = [];
  const finished = () => {
    inFlight -= 1;
    if (inFlight > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  return {
    handle: (request: IncomingMessage, response: ServerResponse) => {
      inFlight += 1;
      response.once('close', finished);
      const malformed = malformedAddress(request);
      if (malformed !== undefined) {
        refuse(response, 400, malformed);
        return;
      }
      const declared = request.headers['content-length'];
      if (request.headers['transfer-encoding'] !== undefined && declared === undefined) {
        refuse(response, 411, 'A request body needs a Content-Length header.');
        return;
      }
      if (Number(declared ?? 0) > maxBodyBytes) {
        refuse(
          response,
          413,
          `The request body is ${declared} bytes; at most ${maxBodyBytes} are accepted.`,
        );
        return;
      }
      app(request, response);
    },
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)),
  };
}
