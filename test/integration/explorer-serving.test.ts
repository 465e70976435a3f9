import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, explorerIsStale } from '../../explorer/build.ts';
import { explorerDist } from '../../src/http/explore.ts';
import { projectRoot } from '../../src/paths.ts';
import { testApp, testDatabase } from '../support/database.ts';

const artifacts = join(projectRoot, 'test', 'artifacts');

describe('the explorer page, served at /explore', () => {
  const app = testApp(testDatabase());
  const get = (path: string, init: { method?: string } = {}) =>
    app.fetch(`http://localhost${path}`, init);
  let assets: string[];

  beforeAll(async () => {
    if (explorerIsStale()) await buildExplorer();
    assets = (await readdir(join(explorerDist, 'assets'))).map((name) => `/explore/assets/${name}`);
  }, 120_000);

  it('answers the page for each of its views, so that a shared link loads', async () => {
    for (const path of ['/explore', '/explore/', '/explore/graph?focus=x', '/explore/matrix']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>NEASPEC explorer</title>');
    }
  });

  it('serves the built files with their content types and content-hashed names', async () => {
    const types = new Set<string>();
    for (const path of assets) {
      expect(path).toMatch(/-[\w-]{8}\.(js|css)$/);
      const response = await get(path);
      expect(response.status, path).toBe(200);
      types.add(response.headers.get('content-type') ?? '');
    }
    expect(types).toEqual(new Set(['text/javascript; charset=utf-8', 'text/css; charset=utf-8']));
    const allowList = await get('/explore/persisted-operations.json');
    expect(allowList.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Object.keys((await allowList.json()) as object).length).toBeGreaterThan(5);
  });

  it('lets browsers keep the hashed files for good and revalidate the page', async () => {
    const asset = await get(assets[0] ?? '');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get('/explore/matrix');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await app.fetch('http://localhost/explore/graph', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('goes out compressed to a browser that takes Brotli', async () => {
    const [largest] = assets.filter((path) => path.includes('/drawing-'));
    const response = await app.fetch(`http://localhost${largest}`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('br');
  });

  it('answers 404 for a file it does not have, never the page in its place', async () => {
    for (const path of ['/explore/assets/missing.js', '/explore/nothing.css']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe(`No such file: ${path}`);
    }
    expect((await get('/explore/../package.json')).status).toBe(404);
  });

  it('refuses other methods than GET and HEAD', async () => {
    expect((await get('/explore/graph', { method: 'POST' })).status).toBe(405);
    const head = await get('/explore/graph', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('weighs less than 1 MB compressed, every asset counted', async () => {
    const rows: { file: string; bytes: number; gzip: number; brotli: number }[] = [];
    for (const path of ['/explore', ...assets]) {
      const body = Buffer.from(await (await get(path)).arrayBuffer());
      rows.push({
        file: path,
        bytes: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body).length,
      });
    }
    const total = (key: 'bytes' | 'gzip' | 'brotli') =>
      rows.reduce((sum, row) => sum + row[key], 0);
    const totals = {
      file: 'total',
      bytes: total('bytes'),
      gzip: total('gzip'),
      brotli: total('brotli'),
    };
    await mkdir(artifacts, { recursive: true });
    await writeFile(
      join(artifacts, 'explorer-weight.json'),
      `${JSON.stringify([...rows, totals], null, 2)}\n`,
    );
    expect(totals.gzip).toBeLessThan(1_000_000);
    expect(totals.brotli).toBeLessThan(1_000_000);
  });
});
