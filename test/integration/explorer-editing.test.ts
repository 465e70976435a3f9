import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, explorerIsStale } from '../../explorer/build.ts';
import { mintToken } from '../../src/auth/mint.ts';
import { explorerDist } from '../../src/http/explore.ts';
import { projectRoot } from '../../src/paths.ts';
import { testSecret } from '../support/auth.ts';
import { chromiumRuns, launchChromium } from '../support/chromium.ts';
import { securityWith, testApp } from '../support/database.ts';
import { poll, problems, serve } from '../support/page.ts';
import { seededGraph } from '../support/seeded.ts';

/** Screenshots of this run, for people to look at (git-ignored). */
const artifacts = join(projectRoot, 'test', 'artifacts');

/** The service as deployed: signed tokens, and the explorer's listed operations only. */
const security = () =>
  securityWith({
    AUTH_JWT_SECRET: testSecret,
    PERSISTED_OPERATIONS_FILE: join(explorerDist, 'persisted-operations.json'),
    PERSISTED_OPERATIONS_ONLY: 'true',
  });

/** Signs in as a person does: the header's Sign in, the token pasted, Sign in again. */
async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('header.top').getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in to edit' });
  await dialog.getByLabel('Editor token').fill(token);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('header.top').getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Drags the mouse over `quote` in the source's text shown in the picker, as a person selects. */
async function selectWithMouse(page: Page, quote: string): Promise<void> {
  const text = page.locator('.source-text');
  await text.scrollIntoViewIfNeeded();
  const box = await text.evaluate((element, words) => {
    const node = element.firstChild as Text;
    const at = node.data.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    element.scrollTop +=
      range.getBoundingClientRect().top - element.getBoundingClientRect().top - 20;
    const rects = [...range.getClientRects()];
    const [first, last] = [rects[0], rects.at(-1)];
    if (!first || !last) throw new Error(`"${words}" is not shown`);
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, quote);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

describe.runIf(chromiumRuns)('the explorer as an editor’s tool', () => {
  const { db, query } = seededGraph();
  let site: { server: Server; url: string };
  let browser: Browser;
  const token = (roles: string[]) =>
    mintToken(security().auth, { subject: 'test-editor', roles, expiresIn: '1h' });

  beforeAll(async () => {
    if (explorerIsStale()) await buildExplorer();
    await mkdir(artifacts, { recursive: true });
    // Made once the page is built: the service reads the allow-list the build writes.
    site = await serve(testApp(db, () => true, security()));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (site) await new Promise((resolve) => site.server.close(resolve));
  });

  it('shows readers, signed in or not, nothing of editing', async () => {
    const { data } = await query('{ projects { id name } }');
    const [project] = (data as { projects: { id: string; name: string }[] }).projects;
    for (const roles of [undefined, ['reader']]) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const seen = problems(page);
      await page.goto(`${site.url}/explore/graph?node=${encodeURIComponent(project?.id ?? '')}`);
      if (roles) await signIn(page, await token(roles));
      const panel = page.getByRole('complementary', { name: 'Details' });
      await poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain(
        project?.name,
      );
      await panel.getByRole('heading', { name: /Relationships/ }).waitFor();
      expect(await page.getByRole('region', { name: 'Editing' }).isVisible()).toBe(false);
      expect(await panel.getByRole('tab').count()).toBe(0);
      expect(
        await panel.getByText(/^Edit this|^Add relationship|^Add evidence|^Delete$/).count(),
      ).toBe(0);
      expect(await panel.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
      expect(seen).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('signs in, adds an event with a quote selected in its source, corrects a summary, removes a membership, sees each in the history, undoes the removal and finds the graph as before', async () => {
    // What to change, as the API answers it.
    const { data } = await query(`{
      projects { id name summary }
      memberStates { id iso3 name relationships(types: [MEMBER_OF], direction: OUT) { to { id name } } }
      sources { id name text }
    }`);
    const facts = data as {
      projects: { id: string; name: string; summary: string | null }[];
      memberStates: {
        id: string;
        iso3: string;
        name: string;
        relationships: { to: { id: string; name: string } }[];
      }[];
      sources: { id: string; name: string; text: string | null }[];
    };
    const project = facts.projects.find((p) => (p.summary ?? '').length > 20);
    const state = facts.memberStates.find((s) => s.relationships.length > 0);
    const network = state?.relationships[0]?.to;
    // A source with a text, and a line of it early on to quote.
    const source = facts.sources.find((s) => (s.text ?? '').length > 1000);
    const line = source?.text
      ?.slice(0, 3000)
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.split(/\s+/).length >= 8 && !/\s{2}/.test(l));
    const quote = line?.split(/\s+/).slice(0, 7).join(' ');
    if (!project || !state || !network || !source || !quote)
      throw new Error('the dataset has no project with a summary, membership or source text');

    const memberships = async () =>
      (
        await query(
          `query ($iso3: String!) {
            memberState(iso3: $iso3) {
              relationships(types: [MEMBER_OF], direction: OUT) {
                to { id } role sites evidence { quote note source { id } }
              }
            }
            stats { relationshipCounts { type count } }
          }`,
          { iso3: state.iso3 },
        )
      ).data;

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = problems(page);
    await page.goto(`${site.url}/explore/graph`);
    await signIn(page, await token(['editor']));
    const bar = page.getByRole('region', { name: 'Editing' });
    await bar.waitFor();
    const panel = page.getByRole('complementary', { name: 'Details' });

    // 1. A new event, its evidence a quote selected with the mouse in its source's text.
    await bar.getByLabel('New').selectOption({ label: 'Event' });
    await bar.getByRole('button', { name: 'Add…' }).click();
    const form = panel.getByRole('form', { name: 'New event' });
    // Sent empty, each problem is shown beside its field, before anything is sent.
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await poll(() => form.locator('[data-field="slug"] .field-problem').isVisible()).toBe(true);
    expect(await form.getByLabel('Slug').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Slug').fill('editors-test-workshop');
    await form.getByLabel('Name').fill('Editors’ test workshop');
    await form.getByLabel('Kind').fill('workshop');
    await form.getByLabel('Start date').fill('2025-03-04');
    await form
      .getByLabel('Source', { exact: true })
      .fill(source.name.split(/\s+/).slice(0, 3).join(' '));
    await form
      .getByRole('list', { name: 'Sources: matches' })
      .getByRole('button', { name: source.name })
      .first()
      .click();
    await form.locator('.source-text').waitFor();
    // Words the source does not have: the service's problem is shown beside the evidence.
    await form
      .getByLabel('Quote', { exact: true })
      .fill('words this source never says anywhere at all');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await poll(() => form.locator('[data-field="evidence"] .field-problem').isVisible()).toBe(true);
    expect(await form.locator('[data-field="slug"] .field-problem').isVisible()).toBe(false);
    await selectWithMouse(page, quote);
    await poll(() => form.getByLabel('Quote', { exact: true }).inputValue()).toBe(quote);
    await page.screenshot({ path: join(artifacts, 'explorer-editing-new-event-1440.png') });
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain(
      'Editors’ test workshop',
    );
    const event = await query('{ events { id name evidence { quote source { id } } } }').then(
      ({ data }) =>
        (
          data as {
            events: {
              id: string;
              name: string;
              evidence: { quote: string | null; source: { id: string } }[];
            }[];
          }
        ).events.find((e) => e.name === 'Editors’ test workshop'),
    );
    expect(event?.evidence).toEqual([{ quote, source: { id: source.id } }]);
    // Where it was held: a relationship of a type events may have, the place found by search.
    await panel.getByRole('tab', { name: 'Details' }).click();
    await panel.getByText('Add relationship', { exact: true }).click();
    await panel.getByLabel('Type', { exact: true }).selectOption({ label: 'held in → Place' });
    await panel.getByLabel('Other end', { exact: true }).fill('Ulaanbaatar');
    await panel
      .getByRole('list', { name: 'Other end: matches' })
      .getByRole('button', { name: /^Ulaanbaatar/ })
      .click();
    const held = panel.getByRole('form', { name: 'Add held in' });
    await held.getByLabel('Source', { exact: true }).fill(source.name);
    await held
      .getByRole('list', { name: 'Sources: matches' })
      .getByRole('button', { name: source.name })
      .first()
      .click();
    await held.getByLabel('Quote', { exact: true }).fill(quote);
    await held.getByRole('button', { name: 'Add relationship' }).click();
    await poll(() => panel.locator('.relationships').textContent()).toContain('Ulaanbaatar');
    await panel.getByRole('tab', { name: 'History' }).click();
    await poll(() => panel.locator('.change').first().textContent()).toContain('Added');
    expect(await panel.locator('.change').first().textContent()).toContain(quote);

    // 2. A project's summary corrected.
    const corrected = `${project.summary} (corrected by an editor)`;
    await page.goto(`${site.url}/explore/graph?node=${encodeURIComponent(project.id)}`);
    await panel.getByRole('tab', { name: 'Details' }).click();
    await panel.getByText('Edit this project').click();
    const edit = panel.getByRole('form', { name: `Edit ${project.name}` });
    await poll(() => edit.getByLabel('Summary').inputValue()).toBe(project.summary);
    await edit.getByLabel('Summary').fill(corrected);
    await edit.getByRole('button', { name: 'Save' }).click();
    await poll(() => panel.locator('dl.fields').textContent()).toContain(corrected);
    const { data: saved } = await query(
      'query ($id: ID!) { node(id: $id) { ... on Project { summary } } }',
      {
        id: project.id,
      },
    );
    expect(saved).toEqual({ node: { summary: corrected } });
    await panel.getByRole('tab', { name: 'History' }).click();
    const summaryChange = panel.locator('.change').first();
    await poll(() => summaryChange.locator('del').first().textContent()).toContain(project.summary);
    expect(await summaryChange.locator('ins').first().textContent()).toContain(corrected);

    // 3. A membership removed, seen in the history, and undone.
    const before = await memberships();
    await page.goto(`${site.url}/explore/graph?node=${encodeURIComponent(state.id)}`);
    await panel.getByRole('tab', { name: 'Details' }).click();
    await panel
      .getByRole('button', { name: `Remove: ${state.name} member of ${network.name}` })
      .click();
    await poll(() =>
      panel
        .getByRole('button', { name: `Remove: ${state.name} member of ${network.name}` })
        .count(),
    ).toBe(0);
    const { data: removed } = await query(
      'query ($iso3: String!) { memberState(iso3: $iso3) { networks { id } } }',
      { iso3: state.iso3 },
    );
    expect(JSON.stringify(removed)).not.toContain(network.id);
    await panel.getByRole('tab', { name: 'History' }).click();
    const removal = panel.locator('.change').first();
    await poll(() => removal.textContent()).toMatch(/Removed .*member of/);
    await page.screenshot({ path: join(artifacts, 'explorer-editing-history-1440.png') });
    // An import's change is not undone from one object's panel.
    const imported = panel.locator('.change', { hasText: 'import by' }).first();
    await imported.waitFor();
    expect(await imported.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    await removal.getByRole('button', { name: /^Undo/ }).click();
    await poll(() => panel.locator('.change').nth(1).textContent()).toContain(
      'Undone by test-editor',
    );
    expect(await memberships()).toEqual(before);
    expect(seen).toEqual([]);
    await page.close();
  }, 240_000);

  it('says plainly when a change cannot be undone because the fact changed since, and fits a 390 px phone', async () => {
    const { data } = await query('{ projects { id name summary } }');
    const project = (
      data as { projects: { id: string; name: string; summary: string | null }[] }
    ).projects.find((p) => (p.summary ?? '').length > 20);
    if (!project) throw new Error('no project with a summary');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const seen = problems(page);
    await page.goto(`${site.url}/explore/graph?node=${encodeURIComponent(project.id)}`);
    await signIn(page, await token(['editor']));
    const panel = page.getByRole('complementary', { name: 'Details' });
    for (const ending of ['first correction', 'second correction']) {
      await panel.getByRole('tab', { name: 'Details' }).click();
      await panel.getByText('Edit this project').click();
      const edit = panel.getByRole('form', { name: `Edit ${project.name}` });
      await poll(() => edit.getByLabel('Summary').inputValue()).not.toBe('');
      await edit.getByLabel('Summary').fill(`${project.summary} (${ending})`);
      await edit.getByRole('button', { name: 'Save' }).click();
      await poll(() => panel.locator('dl.fields').textContent()).toContain(ending);
    }
    // The form as a phone shows it, open again on the corrected summary.
    await panel.getByRole('tab', { name: 'Details' }).click();
    await panel.getByText('Edit this project').click();
    const again = panel.getByRole('form', { name: `Edit ${project.name}` });
    await poll(() => again.getByLabel('Summary').inputValue()).toContain('second correction');
    await again.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'explorer-editing-form-390.png') });
    await panel.getByRole('tab', { name: 'History' }).click();
    // The older correction: its summary has been changed again since.
    const older = panel.locator('.change').nth(1);
    await poll(() => older.textContent()).toContain('first correction');
    await older.getByRole('button', { name: /^Undo/ }).click();
    await poll(() => older.getByRole('alert').textContent()).toContain(
      'This cannot be undone: the fact has changed since.',
    );
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBe(390);
    await older.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'explorer-editing-conflict-390.png') });
    expect(seen).toEqual([]);
    await page.close();
  }, 120_000);
});
