import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, explorerIsStale } from '../../explorer/build.ts';
import { explorerDist } from '../../src/http/explore.ts';
import { projectRoot } from '../../src/paths.ts';
import { chromiumRuns, launchChromium } from '../support/chromium.ts';
import { securityWith, testApp } from '../support/database.ts';
import { poll, problems, serve } from '../support/page.ts';
import { seededGraph } from '../support/seeded.ts';

/** Screenshots and figures of this run, for people to look at (git-ignored). */
const artifacts = join(projectRoot, 'test', 'artifacts');
const launchQuote =
  'the Meeting launched the North-East Asian Marine Protected Areas Network (NEAMPAN)';
const neampan = 'North-East Asian Marine Protected Areas Network';

/** Text with each run of white space (line breaks, no-break spaces) as one space. */
const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

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

  it('draws "not recorded" apart from "no" in the matrix, the timeline and the counts, at 390 and 1440 px', async () => {
    const { data } = await query(`{
      networks { name acronym participationCoverage }
      memberStates { iso3 name }
      participation { state { iso3 } target { ... on Entity { name } } }
      meetings(first: 100) { edges { node { number startDate decisions { id } coverage { decisions } } } }
      stats { coverage { years { year decisionsRecorded } } decisionsByYear { year } }
    }`);
    const answer = data as {
      networks: { name: string; acronym: string | null; participationCoverage: string }[];
      memberStates: { iso3: string; name: string }[];
      participation: { state: { iso3: string }; target: { name: string } }[];
      meetings: {
        edges: {
          node: {
            number: number;
            startDate: string | null;
            decisions: unknown[];
            coverage: { decisions: string };
          };
        }[];
      };
      stats: {
        coverage: { years: { year: number; decisionsRecorded: number }[] };
        decisionsByYear: { year: number }[];
      };
    };
    // A State and two networks it is not linked to: one whose members are listed, one not.
    const absent = (coverage: string) =>
      answer.networks.flatMap((network) =>
        answer.memberStates
          .filter(
            (state) =>
              network.participationCoverage === coverage &&
              !answer.participation.some(
                (p) => p.state.iso3 === state.iso3 && p.target.name === network.name,
              ),
          )
          .map((state) => `${state.name}, ${network.acronym ?? network.name}`),
      );
    const [no] = absent('RECORDED');
    const [unknown] = absent('NOT_RECORDED');
    expect([no, unknown]).not.toContain(undefined);
    const meetings = answer.meetings.edges.map((e) => e.node);
    // The chart draws the meetings with a date; the table below it lists every meeting.
    const unrecordedMeeting = meetings.find(
      (m) => m.coverage.decisions === 'NOT_RECORDED' && m.startDate !== null,
    );
    const undated = meetings.filter((m) => m.startDate === null).map((m) => `SOM-${m.number}`);
    const recorded = new Set(
      answer.stats.coverage.years.filter((y) => y.decisionsRecorded > 0).map((y) => y.year),
    );
    const gapYear = answer.stats.decisionsByYear.find((y) => !recorded.has(y.year))?.year;
    expect([unrecordedMeeting, gapYear]).not.toContain(undefined);

    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const seen = problems(page);
      await page.goto(`${allowListOnly.url}/explore/matrix`);
      const noCell = page.getByLabel(`${no}: no`, { exact: true });
      const unknownCell = page.getByLabel(`${unknown}: not recorded`, { exact: true });
      await poll(() => unknownCell.count()).toBe(1);
      expect(await noCell.count()).toBe(1);
      const look = (cell: typeof noCell) =>
        cell.evaluate((span) => {
          const style = getComputedStyle(span.parentElement as Element);
          return `${span.textContent} ${style.backgroundImage === 'none' ? 'plain' : 'hatched'}`;
        });
      expect([await look(noCell), await look(unknownCell)]).toEqual(['· plain', '? hatched']);
      await page.screenshot({
        path: join(artifacts, `explorer-coverage-matrix-${width}.png`),
        fullPage: true,
      });

      await page.goto(`${allowListOnly.url}/explore/timeline`);
      const chart = page.getByRole('img', { name: /Timeline of the Senior Officials Meetings/ });
      await chart.waitFor();
      expect(await chart.getAttribute('aria-description')).toContain(
        `whose decisions are not recorded (SOM-${unrecordedMeeting?.number}`,
      );
      if (undated.length > 0)
        expect(await chart.getAttribute('aria-description')).toContain(
          `Meetings without a recorded date are not drawn (${undated.join(', ')})`,
        );
      const row = page.getByRole('row', {
        name: new RegExp(`^SOM-${unrecordedMeeting?.number}\\b`),
      });
      expect(await row.locator('td').last().textContent()).toBe('not recorded');
      await page.screenshot({
        path: join(artifacts, `explorer-coverage-timeline-${width}.png`),
        fullPage: true,
      });

      await page.goto(`${allowListOnly.url}/explore/counts`);
      const years = page.getByRole('img', { name: 'Decisions by year and kind' });
      await years.waitFor();
      expect(await years.getAttribute('aria-description')).toContain(`${gapYear}: not recorded`);
      expect(
        await page
          .getByRole('img', { name: /Meetings by host State/ })
          .getAttribute('aria-description'),
      ).toMatch(/Host not recorded: \d+/);
      await page
        .locator('figure.chart', { has: years })
        .screenshot({ path: join(artifacts, `explorer-coverage-counts-${width}.png`) });
      expect(seen).toEqual([]);
      await page.close();
    }
  }, 180_000);

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
        'Argument "from": nothing has the key or name "nonsense"',
      );
      expect([...seen, ...seenShared]).toEqual([]);
      await page.close();
      await shared.close();
    } finally {
      await new Promise((resolve) => open.server.close(resolve));
    }
  }, 120_000);

  /** Each view, and what shows that it has drawn what it was asked for. */
  const views: [name: string, path: string, drawn: (page: Page) => Promise<unknown>][] = [
    [
      'graph',
      '/explore/graph?focus=NEAMPAN',
      (page) => page.getByText(/\d+ objects, \d+ relationships/).waitFor(),
    ],
    [
      'path',
      '/explore/path?from=MNG&to=NEAMPAN',
      (page) => page.getByRole('heading', { name: /: \d+ steps?$/ }).waitFor({ timeout: 60_000 }),
    ],
    ['matrix', '/explore/matrix', (page) => page.locator('table.matrix').waitFor()],
    ['timeline', '/explore/timeline', (page) => page.locator('table.meeting-table').waitFor()],
    [
      'counts',
      '/explore/counts',
      (page) => page.getByRole('img', { name: 'Decisions by year and kind' }).waitFor(),
    ],
  ];

  it('fits a 390 px phone and a 1440 px screen: no view is wider than the window', async () => {
    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      const seen = problems(page);
      for (const [name, path, drawn] of views) {
        await page.goto(`${allowListOnly.url}${path}`);
        await drawn(page);
        const wide = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          window: window.innerWidth,
        }));
        expect({ name, width, page: wide.page }).toEqual({ name, width, page: wide.window });
        await page.screenshot({ path: join(artifacts, `explorer-${name}-${width}.png`) });
      }
      expect(seen).toEqual([]);
      await page.close();
    }
  }, 240_000);

  it("shows a person's public roles with their dates, and a publication's year and publisher, in the details panel", async () => {
    const { data } = await query(`{
      people { id relationships(types: [HELD_ROLE]) { role date to { name } } }
      publications { id title year publisher }
    }`);
    const { people, publications } = data as {
      people: { id: string; relationships: { role: string; date: string | null }[] }[];
      publications: { id: string; title: string; year: number | null; publisher: string | null }[];
    };
    const person = people.find((p) => p.relationships.some((r) => r.date !== null));
    const publication = publications.find((p) => p.year !== null && p.publisher !== null);
    const role = person?.relationships.find((r) => r.date !== null);
    if (!person || !role || !publication)
      throw new Error('the dataset has no dated role or publication');
    const page = await newPage();
    await page.goto(`${allowListOnly.url}/explore?node=${encodeURIComponent(person.id)}`);
    const panel = page.locator('.relationships').first();
    await poll(() => panel.textContent()).toContain(`${role.role}; ${role.date}`);
    await page.goto(`${allowListOnly.url}/explore?node=${encodeURIComponent(publication.id)}`);
    const fields = page.locator('dl.fields');
    await poll(() => fields.textContent()).toContain(String(publication.year));
    expect(await fields.textContent()).toContain(publication.publisher);
    await shoot(page, 'publication-panel');
    await page.close();
  }, 120_000);

  it('says in plain words when a key or a view names nothing, with suggestions', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${allowListOnly.url}/explore/graph?focus=migratory-birds-nonsense`);
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain(
      'Nothing in the graph has the key or name “migratory-birds-nonsense”.',
    );
    expect(await alert.getByRole('link').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'explorer-unknown-key-390.png') });
    await page.goto(`${allowListOnly.url}/explore/nowhere`);
    await poll(() => page.getByRole('alert').textContent()).toContain(
      'There is no view “nowhere” here.',
    );
    expect(await page.getByRole('alert').getByRole('link').count()).toBe(5);
    await page.screenshot({ path: join(artifacts, 'explorer-unknown-view-390.png') });
    await page.close();
  }, 120_000);

  it('downloads the matrix, the counts and the timeline as CSV, and a drawing as an image', async () => {
    const page = await newPage();
    const saved = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(file) };
    };
    const { data } = await query('{ memberStates { iso3 } networks { id } programmes { id } }');
    const { memberStates, networks } = data as {
      memberStates: { iso3: string }[];
      networks: { id: string }[];
    };
    await page.goto(`${allowListOnly.url}/explore/matrix`);
    await page.locator('table.matrix').waitFor();
    const matrix = await saved('Download CSV');
    const rows = parseCsv(matrix.bytes, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'type',
      'id',
      'name',
      ...memberStates.map((s) => s.iso3),
    ]);
    expect(rows.filter((row) => row.type === 'Network').length).toBe(networks.length);
    for (const [path, wait] of [
      ['/explore/counts', 'Decisions by kind'],
      ['/explore/timeline', 'Timeline of the Senior Officials Meetings'],
    ] as const) {
      await page.goto(`${allowListOnly.url}${path}`);
      await page.getByRole('img', { name: new RegExp(wait) }).waitFor();
      const csv = await saved('Download CSV');
      expect(csv.name).toMatch(/\.csv$/);
      expect((parseCsv(csv.bytes, { columns: true }) as unknown[]).length).toBeGreaterThan(10);
    }
    await page.goto(`${allowListOnly.url}/explore/graph?focus=NEAMPAN`);
    await page.getByText(/\d+ objects, \d+ relationships/).waitFor();
    const image = await saved('Download image');
    expect(image.name).toBe('neaspec-graph-NEAMPAN.png');
    expect(image.bytes.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  }, 180_000);

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
