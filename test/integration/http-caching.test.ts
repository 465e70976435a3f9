import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededGraph } from '../support/seeded.ts';

const { app } = seededGraph();

const post = (query: string, headers: Record<string, string> = {}) =>
  app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('the HTTP edge for dashboards and browsers', () => {
  it('compresses JSON answers for clients that take gzip or Brotli', async () => {
    const query = '{ participation { state { iso3 } kind target { ... on Entity { name } } } }';
    const plain = await post(query);
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await post(query, { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(body.length).toBeLessThan(text.length / 3);
    expect(gunzipSync(body).toString()).toBe(text);
    const br = await post(query, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
  });

  it('sends GraphiQL compressed, with an ETag, and answers 304 when the browser has it', async () => {
    const first = await app.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html', 'accept-encoding': 'br' },
    });
    const compressed = (await first.arrayBuffer()).byteLength;
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const identity = await app.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    const whole = (await identity.arrayBuffer()).byteLength;
    expect(compressed).toBeLessThan(whole / 3);
    // Each encoding is a representation of its own, with a tag of its own.
    expect(identity.headers.get('etag')).not.toBe(etag);
    const again = await app.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html', 'accept-encoding': 'br', 'if-none-match': etag as string },
    });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('lets pages on other origins read Server-Timing, X-Request-Id and the ETag', async () => {
    const response = await post('{ memberStates { iso3 } }', {
      origin: 'https://dashboard.example',
    });
    expect(response.headers.get('access-control-expose-headers')).toMatch(/\betag\b/i);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/server-timing/i);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/i);
  });

  it('reports Cypher time as wall time: round trips in parallel count once', async () => {
    const fields = Array.from(
      { length: 8 },
      (_, i) => `s${i}: search(text: "marine ${i}") { score }`,
    );
    const started = performance.now();
    const response = await post(`{ ${fields.join(' ')} }`);
    await response.text();
    const wall = performance.now() - started;
    const timing = /cypher;desc="(\d+) round trips";dur=([\d.]+)/.exec(
      response.headers.get('server-timing') ?? '',
    );
    expect(Number(timing?.[1])).toBe(8);
    expect(Number(timing?.[2])).toBeLessThanOrEqual(wall);
  });
});
