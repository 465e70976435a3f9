import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RepeatedReads } from './repeated-reads.ts';

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

/** A request's whole body; it fails when the client goes before sending it. */
function bodyOf(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

/**
 * A request that may be a read sent again (`repeated`): its body is read first, and the read
 * answered beside the app if it is one. Otherwise the app answers, from the body as read (yoga's
 * node adapter takes a request's `body` when it is there).
 */
async function answerRepeated(
  app: RequestListener,
  repeated: RepeatedReads,
  request: IncomingMessage & { body?: Buffer },
  response: ServerResponse,
): Promise<void> {
  let body: Buffer;
  try {
    body = await bodyOf(request);
  } catch {
    // The client went: nobody to answer.
    response.destroy();
    return;
  }
  request.body = body;
  try {
    if (body.length > 0 && (await repeated.answer(request, response, body.toString()))) return;
  } catch (error) {
    // The general path answers, and reports whatever fails again; once the answer has begun,
    // nothing can be said but that it ended early.
    if (response.headersSent) {
      response.destroy(error as Error);
      return;
    }
  }
  app(request, response);
}

/**
 * The HTTP entry point around the app. The request line and Host header must make a URL. A
 * request body must say how long it is (Content-Length) and be at most `maxBodyBytes`, so nobody
 * can make the service buffer an endless upload; Node's parser holds the client to the length it
 * declared. It also counts the requests in flight, so that a stopping service can let them finish,
 * and answers the reads sent again that the app's `repeatedReads` knows (http/repeated-reads.ts).
 */
export function httpListener(
  app: RequestListener & { repeatedReads?: RepeatedReads | undefined },
  maxBodyBytes: number,
): Listener {
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
      const repeated = app.repeatedReads;
      if (repeated?.candidate(request)) answerRepeated(app, repeated, request, response);
      else app(request, response);
    },
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)),
  };
}
