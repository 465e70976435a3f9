import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, explorerIsStale } from '../../explorer/build.ts';
import { projectRoot } from '../../src/paths.ts';
import { editorSecurity, expiredToken, token } from '../support/auth.ts';
import { chromiumRuns, launchChromium } from '../support/chromium.ts';
import { securityWith, testApp } from '../support/database.ts';
import { startOidcProvider } from '../support/oidc-provider.ts';
import { poll, problems, serve } from '../support/page.ts';
import { seededGraph } from '../support/seeded.ts';

/** Screenshots of this run, for people to look at (git-ignored). */
const artifacts = join(projectRoot, 'test', 'artifacts');
const clientId = 'neaspec-explorer';

describe.runIf(chromiumRuns)('signing in to the explorer', () => {
  const { db } = seededGraph();
  /** A service that checks tokens with its HS256 secret, as `npm run token` mints them. */
  let withSecret: { server: Server; url: string };
  /** A service whose editors sign in with an identity provider. */
  let withProvider: { server: Server; url: string };
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let browser: Browser;

  beforeAll(async () => {
    if (explorerIsStale()) await buildExplorer();
    await mkdir(artifacts, { recursive: true });
    provider = await startOidcProvider({ clientId, subject: 'mei.tanaka@example.org' });
    withSecret = await serve(testApp(db, () => true, editorSecurity));
    withProvider = await serve(
      testApp(
        db,
        () => true,
        securityWith({
          AUTH_JWKS_URL: provider.jwksUrl,
          AUTH_ISSUER: provider.issuer,
          AUTH_AUDIENCE: 'neaspec',
          AUTH_OIDC_ISSUER: provider.issuer,
          AUTH_OIDC_CLIENT_ID: clientId,
          AUTH_OIDC_NAME: 'Test ID',
        }),
      ),
    );
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const served of [withSecret, withProvider]) {
      served?.server.closeAllConnections();
      if (served) await new Promise((resolve) => served.server.close(resolve));
    }
    await provider?.close();
  });

  const header = (page: Page) => page.getByRole('banner');
  const dialog = (page: Page) => page.getByRole('dialog', { name: 'Sign in to edit' });

  it('takes a pasted editor token, from the keyboard, and shows the editor; a bad or expired token gets the service’s reason beside the field', async () => {
    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      const seen = problems(page);
      await page.goto(`${withSecret.url}/explore/matrix`);
      await page.locator('table.matrix').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

      // Tab from the top of the page to "Sign in"; Enter opens the dialog at its field.
      let presses = 0;
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
      while ((await focused()) !== 'Sign in' && presses < 20) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      await page.keyboard.press('Enter');
      await dialog(page).waitFor();
      const field = dialog(page).getByLabel('Editor token');
      expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);

      await page.keyboard.type('not-a-token');
      await page.keyboard.press('Enter');
      const problem = dialog(page).getByRole('alert');
      await poll(() => problem.textContent()).toBe('Not authenticated: the token is malformed.');
      expect(await field.getAttribute('aria-describedby')).toBe(
        await problem.first().getAttribute('id'),
      );

      await field.fill(await expiredToken());
      await dialog(page).getByRole('button', { name: 'Sign in' }).click();
      await poll(() => problem.textContent()).toBe('Not authenticated: the token has expired.');
      await page.screenshot({ path: join(artifacts, `sign-in-refused-${width}.png`) });
      expect(await page.evaluate(() => sessionStorage.getItem('neaspec.token'))).toBeNull();

      // Without an identity provider, pasting is the only way offered.
      expect(
        await dialog(page)
          .getByRole('button', { name: /^Sign in with/ })
          .count(),
      ).toBe(0);
      const minted = await token(['editor'], '1h', 'Ms Oyunaa Batbold');
      await field.fill(minted);
      await page.keyboard.press('Enter');
      await poll(() => dialog(page).count()).toBe(0);
      await poll(() => header(page).textContent()).toContain('Signed in as Ms Oyunaa Batbold');
      const signOut = header(page).getByRole('button', { name: 'Sign out' });
      expect(await signOut.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => sessionStorage.getItem('neaspec.token'))).toBe(minted);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      await page.screenshot({ path: join(artifacts, `sign-in-signed-in-${width}.png`) });

      // The tab keeps the editor through a reload, until they sign out.
      await page.reload();
      await poll(() => header(page).textContent()).toContain('Signed in as Ms Oyunaa Batbold');
      await header(page).getByRole('button', { name: 'Sign out' }).click();
      await header(page).getByRole('button', { name: 'Sign in' }).waitFor();
      expect(await page.evaluate(() => sessionStorage.getItem('neaspec.token'))).toBeNull();

      // A token the service accepts without the editor role signs in to read only, and says so.
      await header(page).getByRole('button', { name: 'Sign in' }).click();
      await field.fill(await token(['reader'], '1h', 'Mr Reader'));
      await page.keyboard.press('Enter');
      await poll(() => header(page).textContent()).toContain(
        'Mr Reader (reads only: this token may not edit)',
      );
      await header(page).getByRole('button', { name: 'Sign out' }).click();
      await header(page).getByRole('button', { name: 'Sign in' }).waitFor();

      // The two refused tokens, as the browser reports a 401, and nothing else.
      const refused = [
        'console error: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
        `HTTP 401: ${withSecret.url}/graphql`,
      ];
      expect(seen.sort()).toEqual([...refused, ...refused].sort());
      await page.close();
    }
  }, 180_000);

  it('signs in through the identity provider with PKCE, back at the view the editor left, with the code gone from the address', async () => {
    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      const seen = problems(page);
      const exchanged = provider.exchanges.length;
      await page.goto(`${withProvider.url}/explore/timeline`);
      await page.locator('table.meeting-table').waitFor();
      await header(page).getByRole('button', { name: 'Sign in' }).click();
      const offer = dialog(page).getByRole('button', { name: 'Sign in with Test ID' });
      await page.screenshot({ path: join(artifacts, `sign-in-dialog-${width}.png`) });
      await offer.click();

      await poll(() => header(page).textContent()).toContain('Signed in as mei.tanaka@example.org');
      expect(provider.exchanges.slice(exchanged)).toEqual([{ verified: true }]);
      const back = new URL(page.url());
      expect(`${back.pathname}${back.search}`).toBe('/explore/timeline');
      const kept = await page.evaluate(() => sessionStorage.getItem('neaspec.token'));
      expect(
        JSON.parse(Buffer.from(kept?.split('.')[1] ?? '', 'base64url').toString()),
      ).toMatchObject({ iss: provider.issuer, sub: 'mei.tanaka@example.org', roles: ['editor'] });
      expect(await page.evaluate(() => sessionStorage.getItem('neaspec.sign-in'))).toBeNull();
      await page.locator('table.meeting-table').waitFor();
      await page.screenshot({ path: join(artifacts, `sign-in-provider-${width}.png`) });
      expect(seen).toEqual([]);
      await page.close();
    }
  }, 180_000);

  it('tells the page which identity provider editors sign in with, if any', async () => {
    const options = async (url: string, method = 'GET') => {
      const response = await fetch(`${url}/explore/sign-in.json`, { method });
      return { status: response.status, body: method === 'GET' ? await response.json() : null };
    };
    expect(await options(withSecret.url)).toEqual({ status: 200, body: { provider: null } });
    expect(await options(withProvider.url)).toEqual({
      status: 200,
      body: { provider: { issuer: provider.issuer, clientId, name: 'Test ID' } },
    });
    expect((await options(withProvider.url, 'POST')).status).toBe(405);
  });

  it('exchanges no code whose state this tab did not send', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 844 } });
    const exchanged = provider.exchanges.length;
    await page.goto(`${withProvider.url}/explore?code=stolen&state=forged`);
    await poll(() => dialog(page).getByRole('alert').first().textContent()).toBe(
      'This answer of the identity provider is not for a sign-in started in this tab.',
    );
    expect(new URL(page.url()).search).toBe('');
    expect(provider.exchanges.length).toBe(exchanged);
    expect(await page.evaluate(() => sessionStorage.getItem('neaspec.token'))).toBeNull();
    await page.close();
  }, 60_000);
});
