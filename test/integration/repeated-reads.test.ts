/**
 * Reads sent again, byte for byte, are answered beside yoga (http/repeated-reads.ts): with the
 * same body and the same headers in the same order as yoga's answer, from the graph as it is,
 * and every request whose answer could differ is left to yoga.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../src/graphiql-examples.ts';
import { httpListener } from '../../src/http/listener.ts';
import { encodeId } from '../../src/schema/ids.ts';
import type { App } from '../../src/server.ts';
import { testSecret, token } from '../support/auth.ts';
import { securityWith, testApp, testDatabase } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

// Without the answer cache, so that every read runs; one expensive read at a time (one place, and
// the expensive read below, 938 on the dataset, takes it whole from a tenth of this limit, 900).
const { app } = seededGraph(
  securityWith({
    RESPONSE_CACHE_ENTRIES: '0',
    EXPENSIVE_QUERIES_AT_ONCE: '1',
    GRAPHQL_MAX_COST: '9000',
    AUTH_JWT_SECRET: testSecret,
  }),
);

interface Answer {
  status: number;
  /** Header names and values in the order sent, without the date and the time Neo4j took. */
  headers: [string, string][];
  body: Buffer;
}

const served = (port: number, body: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const sent = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'same-id', ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const pairs: [string, string][] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            const name = response.rawHeaders[i] as string;
            const value = response.rawHeaders[i + 1] as string;
            if (name.toLowerCase() === 'date') continue;
            pairs.push([name, value.replace(/;dur=[\d.]+$/, ';dur=')]);
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: pairs,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });

async function listening(to: App): Promise<{ server: Server; port: number }> {
  const server = createServer(httpListener(to, 65_536).handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const answeredBeside = () => app.repeatedReads?.report().answered ?? 0;
const header = (answer: Answer, name: string) =>
  answer.headers.find(([key]) => key.toLowerCase() === name)?.[1];

let port: number;
let server: Server;
beforeAll(async () => {
  ({ server, port } = await listening(app));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends `body` four times: yoga answers twice (compiling it the second time), then beside it. */
async function fourTimes(body: string, headers: Record<string, string> = {}) {
  const before = answeredBeside();
  const answers: Answer[] = [];
  for (let i = 0; i < 4; i += 1) answers.push(await served(port, body, headers));
  return { answers, beside: answeredBeside() - before };
}

describe('a read sent again', () => {
  it('is answered beside yoga as yoga answers it, header for header: every GraphiQL example', async () => {
    for (const { query } of examples) {
      const { answers, beside } = await fourTimes(JSON.stringify({ query }));
      const [first, ...again] = answers as [Answer, ...Answer[]];
      expect(first.status, query).toBe(200);
      expect(JSON.parse(first.body.toString()).errors, query).toBeUndefined();
      for (const answer of again) expect(answer, query).toEqual(first);
      expect(beside, query).toBe(2);
    }
  });

  it('is compressed as yoga compresses it', async () => {
    const query = '{ meetings(first: 20) { edges { node { title decisions { kind summary } } } } }';
    const { answers, beside } = await fourTimes(JSON.stringify({ query }), {
      'accept-encoding': 'gzip',
    });
    const [first, ...again] = answers as [Answer, ...Answer[]];
    expect(header(first, 'content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(first.body).toString()).data.meetings.edges.length).toBe(20);
    for (const answer of again) {
      expect(answer.headers).toEqual(first.headers);
      expect(gunzipSync(answer.body).toString()).toBe(gunzipSync(first.body).toString());
    }
    expect(beside).toBe(2);
  });

  it('is known by its variables: each body its own answer', async () => {
    const query = 'query State($iso3: String!) { memberState(iso3: $iso3) { name } }';
    // The operation is compiled by the second body of Mongolia: Japan's first is learnt from.
    for (const [iso3, name, beside] of [
      ['MNG', 'Mongolia', 2],
      ['JPN', 'Japan', 3],
    ] as const) {
      const sent = await fourTimes(
        JSON.stringify({ query, variables: { iso3 }, operationName: 'State' }),
      );
      for (const answer of sent.answers)
        expect(JSON.parse(answer.body.toString())).toEqual({ data: { memberState: { name } } });
      expect(sent.beside).toBe(beside);
    }
  });

  it('is answered from the graph as it is after a write, with a new ETag', async () => {
    const query = '{ network(acronym: "NEAMPAN") { memberStates { iso3 } } }';
    const members = (answer: Answer) =>
      JSON.parse(answer.body.toString()).data.network.memberStates.map(
        (state: { iso3: string }) => state.iso3,
      );
    const { answers } = await fourTimes(JSON.stringify({ query }));
    const before = answers[3] as Answer;
    expect(members(before)).not.toContain('MNG');
    const membership = (verb: 'add' | 'remove') =>
      JSON.stringify({
        query: `mutation { ${verb}MemberOf(input: { from: "${encodeId('MemberState', 'MNG')}",
          to: "${encodeId('Network', 'NEAMPAN')}"${
            verb === 'add'
              ? ', evidence: [{ source: "neaspec-som-outcomes", note: "Written to see a read sent again change." }]'
              : ''
          } }) { __typename } }`,
      });
    const editor = { authorization: `Bearer ${await token()}` };
    const added = await served(port, membership('add'), editor);
    expect(JSON.parse(added.body.toString()).errors).toBeUndefined();
    try {
      const beside = answeredBeside();
      const after = await served(port, JSON.stringify({ query }));
      expect(answeredBeside()).toBe(beside + 1);
      expect(members(after)).toContain('MNG');
      expect(header(after, 'etag')).not.toBe(header(before, 'etag'));
    } finally {
      const removed = await served(port, membership('remove'), editor);
      expect(JSON.parse(removed.body.toString()).errors).toBeUndefined();
    }
  });

  it('is left to yoga when its answer could differ: a token, If-None-Match, another Accept', async () => {
    const body = JSON.stringify({ query: '{ memberState(iso3: "KOR") { name } }' });
    const { answers } = await fourTimes(body);
    const etag = header(answers[3] as Answer, 'etag') as string;
    const before = answeredBeside();

    const revalidated = await served(port, body, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    const withToken = await served(port, body, { authorization: `Bearer ${await token()}` });
    expect(withToken.status).toBe(200);
    expect(header(withToken, 'etag')).toBeUndefined();
    const graphqlResponse = await served(port, body, {
      accept: 'application/graphql-response+json',
    });
    expect(header(graphqlResponse, 'content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(answeredBeside()).toBe(before);
  });
});

describe('a read answered from the answer cache', () => {
  it('is answered beside yoga from then on, as yoga answers it', async () => {
    const cached = testApp(testDatabase(), () => true, securityWith());
    const { server: own, port: ownPort } = await listening(cached);
    try {
      const body = JSON.stringify({ query: '{ memberState(iso3: "KOR") { name iso3 } }' });
      const answers: Answer[] = [];
      for (let i = 0; i < 4; i += 1) answers.push(await served(ownPort, body));
      const [first, ...again] = answers as [Answer, ...Answer[]];
      expect(header(first, 'server-timing')).toMatch(/"1 round trip"/);
      // The second from yoga's answer cache, the third and fourth beside yoga from it.
      for (const answer of again) {
        expect(answer.body.toString()).toBe(first.body.toString());
        expect(answer.headers.filter(([name]) => name !== 'server-timing')).toEqual(
          first.headers.filter(([name]) => name !== 'server-timing'),
        );
        expect(header(answer, 'server-timing')).toMatch(/"0 round trips"/);
      }
      expect(cached.repeatedReads?.report().answered).toBe(2);
    } finally {
      await new Promise((resolve) => own.close(resolve));
    }
  });
});

describe('a JSON POST that is no read sent again', () => {
  it.each([
    ['an empty body', ''],
    ['a body that is not JSON', '{"query": '],
    ['a body that is not an object', '[1]'],
    ['a mutation', JSON.stringify({ query: 'mutation { revertChange(id: "x") { id } }' })],
  ])('is answered by yoga from the body read before it: %s', async (_, body) => {
    const general = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await general.text();
    for (let i = 0; i < 3; i += 1) {
      const answer = await served(port, body);
      expect(answer.status).toBe(general.status);
      expect(answer.body.toString()).toBe(text);
    }
  });
});

describe('an expensive read sent again', () => {
  const expensive = (note: string) =>
    `# ${note}
     { meetings(first: 100) { edges { node { title decisions { summary
         subjects { ... on Entity { name } } proposedBy { name } } } } }
       participation { state { iso3 } kind target { ... on Entity { name } } evidence { note } } }`;
  const admitted = async () =>
    (
      (await (await app.fetch('http://localhost/memory')).json()) as {
        expensiveReads: { entries: number; waiting: number };
      }
    ).expensiveReads;

  it('waits for its place once, is refused as busy by yoga without a second wait, and gives its place back', {
    timeout: 60_000,
  }, async () => {
    const body = JSON.stringify({ query: expensive('sent again') });
    const { beside } = await fourTimes(body);
    expect(beside).toBe(2);
    expect(await admitted()).toMatchObject({ entries: 0, waiting: 0 });

    // The only place held by an answer not yet read.
    const held = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: expensive('holding the place') }),
    });
    expect(await admitted()).toMatchObject({ entries: 1 });
    const before = answeredBeside();
    const started = performance.now();
    const refused = await served(port, body);
    const waited = performance.now() - started;
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body.toString()).errors[0].extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    // One wait for a place (at most 5 s), not one beside yoga and another in it.
    expect(waited).toBeLessThan(9_000);
    expect(answeredBeside()).toBe(before);

    await held.text();
    const answered = await served(port, body);
    expect(answered.status).toBe(200);
    expect(answeredBeside()).toBe(before + 1);
    expect(await admitted()).toMatchObject({ entries: 0, waiting: 0 });
  });
});

describe('a read sent again that fails', () => {
  it('is answered by yoga, as yoga answers a failure', async () => {
    const db = testDatabase();
    const failing = testApp(db, () => true, securityWith({ RESPONSE_CACHE_ENTRIES: '0' }));
    const { server: own, port: ownPort } = await listening(failing);
    try {
      const body = JSON.stringify({ query: '{ memberState(iso3: "MNG") { name } }' });
      for (let i = 0; i < 3; i += 1) expect((await served(ownPort, body)).status).toBe(200);
      const before = failing.repeatedReads?.report().answered;
      expect(before).toBe(1);
      await db.close();
      const failed = await served(ownPort, body);
      expect(failing.repeatedReads?.report().answered).toBe(before);
      const general = await failing.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(failed.status).toBe(general.status);
      expect(failed.body.toString()).toBe(await general.text());
      expect(JSON.parse(failed.body.toString()).errors[0].extensions.code).toBe(
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await new Promise((resolve) => own.close(resolve));
    }
  });
});
