import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createYoga } from 'graphql-yoga';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { compression } from '../../src/http/compression.ts';
import { explorePage } from '../../src/http/explore.ts';

/** A built page of its own: index.html and one asset large enough to be compressed. */
function builtPage() {
  const dir = mkdtempSync(join(tmpdir(), 'explore-'));
  writeFileSync(join(dir, 'index.html'), '<title>NEASPEC explorer</title>');
  writeFileSync(join(dir, 'app.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  return dir;
}

function serving(dir: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const app = createYoga({ plugins: [explorePage(logger, dir), compression()] });
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.fetch(`http://localhost${path}`, { headers });
  return { get, lines };
}

describe('the explorer files, served at /explore', () => {
  it('answers 404 for every path that is not a file, never a 500 or a path of the machine', async () => {
    const dir = builtPage();
    const { get, lines } = serving(dir);
    for (const path of [
      '/explore/index.html/x.js',
      `/explore/${'a'.repeat(300)}.js`,
      `/explore/${'a/'.repeat(2100)}x.js`,
      '/explore/%00.js',
    ]) {
      const response = await get(path);
      const body = await response.text();
      expect(response.status, path.slice(0, 40)).toBe(404);
      expect(body).not.toContain(dir);
      expect(body).not.toContain(' at ');
    }
    expect(lines).toEqual([]);
  });

  it('logs a file it cannot read under the request id, and answers that id alone', async () => {
    const dir = builtPage();
    // A socket is there by that name, but cannot be read as a file.
    const socket = createServer().listen(join(dir, 'socket.js'));
    await new Promise((resolve) => socket.once('listening', resolve));
    const { get, lines } = serving(dir);
    const response = await get('/explore/socket.js', { 'x-request-id': 'r-42' });
    socket.close();
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Unexpected error (request r-42).');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: 'r-42', path: '/explore/socket.js' });
  });

  it('gives each encoding of a file its own ETag, and 304 only for the one it would send', async () => {
    const { get } = serving(builtPage());
    const tags = new Map<string, string>();
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await get('/explore/app.js', { 'accept-encoding': encoding });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding') ?? 'identity').toBe(encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      tags.set(encoding, response.headers.get('etag') as string);
    }
    expect(new Set(tags.values()).size).toBe(3);
    for (const [encoding, tag] of tags) {
      const again = { 'accept-encoding': encoding };
      const fresh = await get('/explore/app.js', { ...again, 'if-none-match': tag });
      expect(fresh.status, encoding).toBe(304);
      expect(fresh.headers.get('etag')).toBe(tag);
      expect(fresh.headers.get('vary')).toMatch(/accept-encoding/i);
      // A list, and the weak form of the same tag, match too (If-None-Match compares weakly).
      const listed = await get('/explore/app.js', { ...again, 'if-none-match': `"x", W/${tag}` });
      expect(listed.status, encoding).toBe(304);
      const others = [...tags.values()].filter((other) => other !== tag).join(', ');
      expect((await get('/explore/app.js', { ...again, 'if-none-match': others })).status).toBe(
        200,
      );
    }
    expect((await get('/explore/app.js', { 'if-none-match': '*' })).status).toBe(304);
  });
});
