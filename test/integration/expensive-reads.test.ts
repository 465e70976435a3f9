/**
 * Expensive reads take a bounded share of the service: they hold at most EXPENSIVE_QUERIES_AT_ONCE
 * places at once, their answers at most their share of MEMORY_BUDGET_MB, each until its
 * answer has been sent. A client that has not read its answer yet holds its place, which is how
 * these tests fill the share: counts of places and bytes, never durations.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { AdmissionReport } from '../../src/graph/admission.ts';
import { Database } from '../../src/neo4j/database.ts';
import { encodeId } from '../../src/schema/ids.ts';
import type { App } from '../../src/server.ts';
import { testSecret, token } from '../support/auth.ts';
import { securityWith, testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

/**
 * Two places, each taken whole by one expensive read below: a tenth of this cost limit (900) is
 * under its cost (938 on the dataset), and a read from a tenth of the limit on holds a whole place.
 */
const twoWholePlaces = {
  AUTH_JWT_SECRET: testSecret,
  EXPENSIVE_QUERIES_AT_ONCE: '2',
  GRAPHQL_MAX_COST: '9000',
};

const { app, db } = seededGraph(securityWith(twoWholePlaces));

/** Every meeting's decisions and what they concern, and all participation: expensive. */
const expensive = (i: number) => `# ${i}
  { meetings(first: 100) { edges { node { title decisions { summary
      subjects { ... on Entity { name } } proposedBy { name } } } } }
    participation { state { iso3 } kind target { ... on Entity { name } } evidence { note } } }`;

let sentCount = 0;
/** An expensive read as its own document (no cache answers it); its body is left unread. */
const sendExpensive = async (to: App): Promise<Response> =>
  to.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: expensive(sentCount++) }),
  });

const post = async (to: App, query: string, headers: Record<string, string> = {}) => {
  const response = await to.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
};

const admitted = async (to: App) =>
  (
    (await (await to.fetch('http://localhost/memory')).json()) as {
      expensiveReads: AdmissionReport;
    }
  ).expensiveReads;

/** The report once `done` holds of it: admission settles within a few turns of the loop. */
async function reportWhen(to: App, done: (report: AdmissionReport) => boolean) {
  let report = await admitted(to);
  for (let turn = 0; turn < 1_000 && !done(report); turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    report = await admitted(to);
  }
  expect(done(report), JSON.stringify(report)).toBe(true);
  return report;
}

const expectBusy = async (pending: Promise<Response>) => {
  const response = await pending;
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(response.status).toBe(503);
  expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(response.headers.get('retry-after')).toBe('5');
};

const expectAnswered = async (response: Response) => {
  const body = (await response.json()) as { data?: { meetings?: { edges: unknown[] } } };
  expect(response.status).toBe(200);
  expect(body.data?.meetings?.edges.length).toBeGreaterThan(0);
};

describe('with the expensive reads share taken by answers not yet sent', () => {
  it('answers a cheap read and a write, while an expensive read beyond the share waits, then is refused as busy', {
    timeout: 60_000,
  }, async () => {
    const held = [await sendExpensive(app), await sendExpensive(app)];
    expect(await admitted(app)).toMatchObject({ entries: 2, waiting: 0 });
    const beyond = sendExpensive(app);
    await reportWhen(app, (report) => report.waiting === 1);

    const cheap = await post(app, '{ memberState(iso3: "KOR") { name networks { acronym } } }');
    expect(cheap.body.errors).toBeUndefined();
    expect(cheap.body.data).toMatchObject({ memberState: { name: 'Republic of Korea' } });
    const editor = { authorization: `Bearer ${await token()}` };
    const ends = `from: ${JSON.stringify(encodeId('MemberState', 'MNG'))}, to: ${JSON.stringify(encodeId('Network', 'NEACAP'))}`;
    const membership = (verb: 'add' | 'remove') => `mutation { ${verb}MemberOf(input: {
      ${ends}${verb === 'add' ? ', evidence: [{ source: "neaspec-som-outcomes", note: "Written beside expensive reads." }]' : ''}
    }) { __typename } }`;
    const write = await post(app, membership('add'), editor);
    expect(write.body).toEqual({ data: { addMemberOf: { __typename: 'Relationship' } } });
    // Neither waited for a place: the expensive reads still hold both.
    expect(await admitted(app)).toMatchObject({ entries: 2 });

    // Beyond the share, it waited for a place none gave back in time.
    await expectBusy(beyond);
    expect(await admitted(app)).toMatchObject({ entries: 2, waiting: 0 });
    for (const response of held) await expectAnswered(response);
    expect(await admitted(app)).toMatchObject({ entries: 0, bytes: 0, waiting: 0 });
    await expectAnswered(await sendExpensive(app));
    expect((await post(app, membership('remove'), editor)).body.errors).toBeUndefined();
  });

  it('admits the one waiting first when a held answer is sent', { timeout: 60_000 }, async () => {
    const held = [await sendExpensive(app), await sendExpensive(app)];
    const next = sendExpensive(app);
    await reportWhen(app, (report) => report.waiting === 1);
    await expectAnswered(held[0] as Response);
    const admittedNext = await next;
    expect(await admitted(app)).toMatchObject({ entries: 2, waiting: 0 });
    await expectAnswered(admittedNext);
    await expectAnswered(held[1] as Response);
    expect(await admitted(app)).toMatchObject({ entries: 0, waiting: 0 });
  });
});

describe('a client that leaves before its answer', () => {
  it('gives its place back', { timeout: 60_000 }, async () => {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      const held = [await sendExpensive(app), await sendExpensive(app)];
      const leaving = new AbortController();
      const gone = fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: expensive(sentCount++) }),
        signal: leaving.signal,
      }).catch(() => 'left');
      await reportWhen(app, (report) => report.waiting === 1);
      leaving.abort();
      expect(await gone).toBe('left');
      for (const response of held) await expectAnswered(response);
      await reportWhen(app, (report) => report.entries === 0 && report.waiting === 0);
      await expectAnswered(await sendExpensive(app));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('served over HTTP', () => {
  it('gives each place back once its answer has gone out', { timeout: 60_000 }, async () => {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const ask = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: expensive(sentCount++) }),
      });
    try {
      // Four at once where two places are: the last two wait for the first two to be sent.
      const answers = await Promise.all([ask(), ask(), ask(), ask()]);
      for (const response of answers) await expectAnswered(response);
      await reportWhen(app, (report) => report.entries === 0 && report.waiting === 0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('with a small memory budget', () => {
  // Places enough: the answers' bytes are what binds.
  const small = testApp(
    db,
    () => true,
    securityWith({ MEMORY_BUDGET_MB: '64', EXPENSIVE_QUERIES_AT_ONCE: '100' }),
  );

  it('holds expensive answers in flight to their share of the budget, refusing the rest', {
    timeout: 60_000,
  }, async () => {
    const first = await sendExpensive(small);
    const { bytes: each, maxBytes } = await admitted(small);
    expect(each).toBeGreaterThan(0);
    const fitting = Math.floor(maxBytes / each);
    expect(fitting).toBeGreaterThan(1);
    const held = [first];
    for (let i = 1; i < fitting; i += 1) held.push(await sendExpensive(small));
    const beyond = [sendExpensive(small), sendExpensive(small)];
    const full = await reportWhen(small, (report) => report.waiting === 2);
    expect(full.entries).toBe(fitting);
    expect(full.bytes).toBeLessThanOrEqual(maxBytes);
    for (const pending of beyond) await expectBusy(pending);
    for (const response of held) await expectAnswered(response);
    expect(await admitted(small)).toMatchObject({ entries: 0, bytes: 0, waiting: 0 });
  });
});

describe('with every read connection in use', () => {
  // Two read connections, both held by open read transactions; the expensive share held too.
  const narrow = new Database(inject('neo4j'), { queryTimeoutMs: 30_000, readConnections: 2 });
  const crowded = testApp(narrow, () => true, securityWith(twoWholePlaces));
  afterAll(() => narrow.close());

  it('answers a write, which has connections of its own', { timeout: 60_000 }, async () => {
    const held = [await sendExpensive(crowded), await sendExpensive(crowded)];
    expect(await admitted(crowded)).toMatchObject({ entries: 2, waiting: 0 });
    const reading = [await narrow.snapshot(), await narrow.snapshot()];
    try {
      const editor = { authorization: `Bearer ${await token()}` };
      const write = await post(
        crowded,
        `mutation { addMemberOf(input: {
          from: ${JSON.stringify(encodeId('MemberState', 'MNG'))},
          to: ${JSON.stringify(encodeId('Network', 'NEACAP'))},
          evidence: [{ source: "neaspec-som-outcomes", note: "Written beside busy reads." }]
        }) { __typename } }`,
        editor,
      );
      expect(write.body).toEqual({ data: { addMemberOf: { __typename: 'Relationship' } } });
      expect(await admitted(crowded)).toMatchObject({ entries: 2 });
    } finally {
      for (const snapshot of reading) await snapshot.close();
    }
    for (const response of held) await expectAnswered(response);
  });
});
