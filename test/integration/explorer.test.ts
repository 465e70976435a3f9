import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, explorerIsStale } from '../../explorer/build.ts';
import { freePort } from '../../harness/free-port.ts';
import { explorerDist } from '../../src/http/explore.ts';
import { projectRoot } from '../../src/paths.ts';
import type { App } from '../../src/server.ts';
import { chromiumRuns, launchChromium } from '../support/chromium.ts';
import { securityWith, testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

/** Screenshots and figures of this run, for people to look at (git-ignored). */
const artifacts = join(projectRoot, 'test', 'artifacts');
const launchQuote =
  'the Meeting launched the North-East Asian Marine Protected Areas Network (NEAMPAN)';
const neampan = 'North-East Asian Marine Protected Areas Network';

/** Text with each run of white space (line breaks, no-break spaces) as one space. */
const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

async function serve(app: App): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Everything that went wrong in the page: console errors, uncaught errors, failed requests. */
function problems(page: Page): string[] {
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
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

/** Milliseconds from navigation to the page's first view being shown. */
const firstViewMs = (page: Page) =>
  page.evaluate(async () => {
    for (;;) {
      const [mark] = performance.getEntriesByName('explorer-shown');
      if (mark) return mark.startTime;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

describe.runIf(chromiumRuns)('the explorer in a browser', () => {
  const { db, query } = seededGraph();
  /** The service as deployed for dashboards: it runs the listed operations only. */
  let allowListOnly: { server: Server; url: string };
  let browser: Browser;
  /** Load times of this run, written to test/artifacts/explorer-load.json (never asserted). */
  const figures: Record<string, number> = {};

  /** What the page should show, as the API answers it (the dataset grows and is corrected). */
  const facts = {
    network: '',
    members: [] as { id: string; name: string; evidence: string[] }[],
    pathTypes: [] as string[],
  };

  beforeAll(async () => {
    const { data } = await query(`{
      network(acronym: "NEAMPAN") {
        id
        relationships(types: [MEMBER_OF], direction: IN) {
          from { id name }
          evidence { quote note }
        }
      }
      path(from: "MNG", to: "NEAMPAN") { relationships { type } }
    }`);
    const answer = data as {
      network: {
        id: string;
        relationships: {
          from: { id: string; name: string };
          evidence: { quote: string | null; note: string | null }[];
        }[];
      };
      path: { relationships: { type: string }[] };
    };
    facts.network = answer.network.id;
    facts.members = answer.network.relationships.map(({ from, evidence }) => ({
      ...from,
      evidence: evidence.map((item) => item.quote ?? item.note ?? ''),
    }));
    facts.pathTypes = [...new Set(answer.path.relationships.map((r) => r.type))];
    expect(facts.members.length).toBeGreaterThan(0);
    if (explorerIsStale()) await buildExplorer();
    await mkdir(artifacts, { recursive: true });
    const security = securityWith({
      PERSISTED_OPERATIONS_FILE: join(explorerDist, 'persisted-operations.json'),
      PERSISTED_OPERATIONS_ONLY: 'true',
    });
    allowListOnly = await serve(testApp(db, () => true, security));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => allowListOnly?.server.close(resolve));
    await writeFile(join(artifacts, 'explorer-load.json'), `${JSON.stringify(figures, null, 2)}\n`);
  });

  const newPage = () => browser.newPage({ viewport: { width: 1400, height: 900 } });
  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(artifacts, `explorer-${name}.png`) });

  it('searches NEAMPAN, draws its member States and shows the SOM-18 quote of its launch, then finds how Mongolia connects to it, opens the matrix, and reloads a shared link', async () => {
    const page = await newPage();
    const seen = problems(page);
    await page.goto(`${allowListOnly.url}/explore`);
    figures.firstViewMs = await firstViewMs(page);
    // Again, as a returning visitor: five loads, each in a new tab.
    const again: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const tab = await newPage();
      await tab.goto(`${allowListOnly.url}/explore`);
      again.push(await firstViewMs(tab));
      await tab.close();
    }
    figures.firstViewAgainMedianMs = again.sort((a, b) => a - b)[2] ?? 0;
    await shoot(page, 'start');

    await page.getByLabel('Search the graph').fill('NEAMPAN');
    await page.getByLabel('Search the graph').press('Enter');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('button', { name: neampan }).click();

    const panel = page.getByRole('complementary', { name: 'Details' });
    await poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain(neampan);
    const launch = panel.locator('.launch');
    await poll(async () => spaced(await launch.locator('mark').first().textContent())).toContain(
      launchQuote,
    );
    // The quote is shown inside the words around it in the source, and names the source.
    const passage = launch.locator('blockquote').first();
    await poll(async () => ((await passage.textContent()) ?? '').length).toBeGreaterThan(
      launchQuote.length + 100,
    );
    expect(await launch.getByText('Whole text').count()).toBe(1);
    expect(await launch.locator('figcaption').first().textContent()).toContain(
      '18th Senior Officials Meeting',
    );

    await page.getByText(/The \d+ objects drawn/).waitFor();
    await shoot(page, 'graph');
    await page.getByText(/The \d+ objects drawn/).click();
    const drawn = page.locator('.drawn-list');
    await poll(() => drawn.textContent()).toContain(neampan);
    for (const { name } of facts.members) expect(await drawn.textContent()).toContain(name);

    // From the network to the path view, with it as the end: then pick the start.
    await panel.getByRole('button', { name: 'Path to here' }).click();
    await page.getByLabel('From', { exact: true }).fill('Mongolia');
    await page
      .getByRole('list', { name: 'From: matches' })
      .getByRole('button', { name: /^Mongolia/ })
      .click();
    const result = page.locator('.path-result');
    await poll(() => result.getByRole('heading', { level: 2 }).textContent()).toMatch(
      new RegExp(`^Mongolia to ${neampan}: \\d+ steps?$`),
    );
    const stops = await result.locator('.path-node').allTextContents();
    expect(stops[0]).toContain('Mongolia');
    expect(stops.at(-1)).toContain(neampan);
    const steps = result.locator('.path-step');
    expect(await steps.count()).toBe(stops.length - 1);
    for (const step of await steps.all()) {
      expect(await step.locator('.evidence').count()).toBeGreaterThan(0);
    }
    await shoot(page, 'path');

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Participation' })
      .click();
    const [member] = facts.members;
    const memberCell = new RegExp(`^${member?.name}, NEAMPAN: member\\b`);
    const cell = page.getByRole('button', { name: memberCell });
    await cell.click();
    await poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(
      `${member?.name} · ${neampan}`,
    );
    await poll(() => panel.locator('.evidence').count()).toBeGreaterThan(0);
    expect(await panel.textContent()).toContain('Member of the network');
    await shoot(page, 'matrix');

    // Back retraces the steps: the matrix before the cell was picked, then the path found.
    await page.goBack();
    await poll(() => panel.count()).toBe(0);
    await page.goBack();
    await poll(() => page.locator('.path-result h2').textContent()).toContain('Mongolia to');
    await page.goForward();
    await page.goForward();
    await poll(() => cell.getAttribute('aria-pressed')).toBe('true');

    // A shared link opens the same view with the same selection.
    const shared = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const seenShared = problems(shared);
    await shared.goto(page.url());
    await poll(() =>
      shared
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { level: 2 })
        .textContent(),
    ).toBe(`${member?.name} · ${neampan}`);
    expect(
      await shared.getByRole('button', { name: memberCell }).getAttribute('aria-pressed'),
    ).toBe('true');
    await shared.close();

    expect([...seen, ...seenShared]).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the meetings timeline and the counts, each decision with its evidence', async () => {
    const page = await newPage();
    const seen = problems(page);
    await page.goto(`${allowListOnly.url}/explore/timeline`);
    const chart = page.getByRole('img', { name: /Timeline of the Senior Officials Meetings/ });
    await chart.waitFor();
    const som18 = page.getByRole('row', { name: /^SOM-18\b/ });
    await som18
      .getByRole('button', { name: /launched/ })
      .first()
      .click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await poll(async () => spaced(await panel.locator('mark').first().textContent())).toContain(
      launchQuote,
    );
    await shoot(page, 'timeline');

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Counts' })
      .click();
    for (const title of ['Objects by type', 'Decisions by kind', 'Decisions by year and kind']) {
      await page.getByRole('img', { name: title }).waitFor();
    }
    await shoot(page, 'counts');
    expect(seen).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws a shared graph link at once, and works on a service that runs any query', async () => {
    const open = await serve(testApp(db));
    try {
      const page = await newPage();
      const seen = problems(page);
      await page.goto(`${open.url}/explore`);
      await page.getByLabel('Search the graph').fill('NEAMPAN');
      await page.getByLabel('Search the graph').press('Enter');
      await page
        .getByRole('list', { name: 'Search results' })
        .getByRole('button', { name: neampan })
        .click();
      await page.getByText(/The \d+ objects drawn/).waitFor();
      const link = page.url();
      expect(new URL(link).pathname).toBe('/explore/graph');

      const shared = await newPage();
      const seenShared = problems(shared);
      const startedAt = Date.now();
      await shared.goto(link);
      await shared.getByText(/The \d+ objects drawn/).waitFor();
      figures.sharedGraphDrawnMs = Date.now() - startedAt;
      await poll(() =>
        shared
          .getByRole('complementary', { name: 'Details' })
          .getByRole('heading', { level: 2 })
          .textContent(),
      ).toContain(neampan);

      // A link to a relationship shows its ends and its evidence, the quote in its source.
      const [member] = facts.members;
      const edge = `${member?.id}~MEMBER_OF~${facts.network}`;
      await shared.goto(`${open.url}/explore/graph?focus=${facts.network}&edge=${edge}`);
      const panel = shared.getByRole('complementary', { name: 'Details' });
      await poll(async () =>
        spaced(await panel.locator('.relationship .ends').textContent()),
      ).toContain(`${member?.name} member of Network ${neampan}`);
      for (const words of member?.evidence ?? []) {
        await poll(async () =>
          spaced(await panel.locator('.evidence-list').textContent()),
        ).toContain(spaced(words));
      }
      await shoot(shared, 'relationship');

      // A path link by keys, only through the relationship types it names.
      const types = facts.pathTypes;
      await shared.goto(`${open.url}/explore/path?from=MNG&to=NEAMPAN&types=${types.join(',')}`);
      const result = shared.locator('.path-result');
      await poll(() => result.getByRole('heading', { level: 2 }).textContent()).toMatch(
        new RegExp(`^Mongolia to ${neampan}: \\d+ steps?$`),
      );
      const names = types.map((type) => type.toLowerCase().replaceAll('_', ' '));
      for (const step of await result.locator('.step-sentence strong').allTextContents()) {
        expect(names).toContain(step);
      }
      await shared.getByText(/^Only through: /).click();
      const box = (name: string) =>
        shared.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) });
      for (const name of names) await poll(() => box(name).isChecked()).toBe(true);
      const other = ['has annex', 'observed', 'covers'].find((name) => !names.includes(name));
      expect(await box(other ?? '').isChecked()).toBe(false);
      expect(await shared.getByLabel('From', { exact: true }).inputValue()).toBe('Mongolia');

      // A link that names nothing in the graph says so, in the API's words.
      await shared.goto(`${open.url}/explore/path?from=nonsense&to=NEAMPAN`);
      await poll(() => shared.getByRole('alert').textContent()).toContain(
        'Argument "from": nothing has the key "nonsense"',
      );
      expect([...seen, ...seenShared]).toEqual([]);
      await page.close();
      await shared.close();
    } finally {
      await new Promise((resolve) => open.server.close(resolve));
    }
  }, 120_000);

  it('can be used with the keyboard alone: search, results, the details panel', async () => {
    const page = await newPage();
    const seen = problems(page);
    await page.goto(`${allowListOnly.url}/explore`);
    await firstViewMs(page);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return `${element?.tagName.toLowerCase()}#${element?.id}|${element?.textContent?.trim().slice(0, 80)}`;
      });
    let presses = 0;
    while (!(await focused()).startsWith('input#search') && presses < 15) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await focused()).toMatch(/^input#search/);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');

    await page.keyboard.type('NEAMPAN');
    await page.keyboard.press('Enter');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: neampan })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    while (!(await focused()).includes(neampan) && presses < 30) {
      await page.keyboard.press('ArrowDown');
      presses += 1;
    }
    await page.keyboard.press('Enter');
    // The panel takes the focus, its heading first; Tab goes on into it.
    await poll(focused).toMatch(new RegExp(`^h2#panel-title\\|.*${neampan}`));
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('aside')?.getAttribute('aria-label'),
      ),
    ).toBe('Details');
    await shoot(page, 'keyboard');
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('complementary', { name: 'Details' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    expect(seen).toEqual([]);
    await page.close();
  }, 120_000);
});
