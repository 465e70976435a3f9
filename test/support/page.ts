import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { freePort } from '../../harness/free-port.ts';
import type { App } from '../../src/server.ts';

/** The app listening on a free port of loopback, for a browser to load. */
export async function serve(app: App): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Everything that went wrong in the page: console errors, uncaught errors, failed requests. */
export function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      seen.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => seen.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return seen;
}

/**
 * Waits for what the page shows after a request or two: the first ones warm Neo4j up, and a
 * shortest path can take seconds on a busy machine.
 */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });
