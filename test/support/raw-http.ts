import { createConnection } from 'node:net';

/** What came back for a raw request: its status (0 when the connection closed without one). */
export interface RawAnswer {
  status: number;
  text: string;
  /** How long the server took to answer or close the connection. */
  milliseconds: number;
}

/**
 * Sends `request` as the bytes given (what `fetch` cannot send: any Host header, any request
 * target, a body that never ends) and reads until the server closes the connection.
 */
export function rawRequest(port: number, request: string, timeoutMs = 30_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = createConnection({ host: '127.0.0.1', port });
    let text = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text, milliseconds: performance.now() - started });
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.write(request);
  });
}

/** A request with the given start line and headers, each header line `Name: value`. */
export const requestText = (startLine: string, headers: string[], body = '') =>
  `${startLine}\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n${body}`;
