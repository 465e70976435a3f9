import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../harness/free-port.ts';
import { examples } from '../../src/graphiql-examples.ts';
import { chromiumRuns, launchChromium } from '../support/chromium.ts';
import { seededGraph } from '../support/seeded.ts';

describe.runIf(chromiumRuns)('GraphiQL in a browser', () => {
  const { app } = seededGraph();
  const server = createServer(app);
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}/graphql`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('opens with the example operations and runs the first one', async () => {
    const page = await browser.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    const first = await page.goto(url);
    // Sent compressed (a 9 MB page with its assets inlined), with an ETag to revalidate it by.
    expect(await first?.headerValue('content-encoding')).toBe('br');
    expect(await first?.headerValue('etag')).toMatch(/^"/);
    const sizes = await first?.request().sizes();
    expect(sizes?.responseBodySize).toBeLessThan(3_000_000);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('.graphiql-tab').count(), { timeout: 10_000 })
      .toBe(examples.length);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect
      .poll(() => response.textContent(), { timeout: 15_000 })
      .toContain('"participation"');
    expect(await response.textContent()).toContain('"iso3"');
    await page.screenshot({ path: join(tmpdir(), 'neaspec-graphiql.png') });
    expect(failedRequests).toEqual([]);
  }, 60_000);
});
