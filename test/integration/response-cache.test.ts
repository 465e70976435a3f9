import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/schema/ids.ts';
import { editorSecurity, send, token } from '../support/auth.ts';
import { testApp, testDatabase } from '../support/database.ts';
import { rawRequest, requestText } from '../support/raw-http.ts';
import { seededGraph } from '../support/seeded.ts';

const { app } = seededGraph(editorSecurity);

const roundTrips = (headers: Headers) =>
  Number(/cypher;desc="(\d+) round trips?"/.exec(headers.get('server-timing') ?? '')?.[1] ?? 0);

const ask = (query: string, headers: Record<string, string> = {}, on = app) =>
  on.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

const membership = `mutation ($input: AddMemberOfInput!) {
  addMemberOf(input: $input) { __typename }
}`;
const removal = `mutation ($input: RemoveMemberOfInput!) {
  removeMemberOf(input: $input) { __typename }
}`;
const theDprkJoins = {
  input: {
    from: encodeId('MemberState', 'PRK'),
    to: encodeId('Network', 'NEACAP'),
    evidence: [{ source: 'neaspec-som-outcomes', note: 'Made up by the cache test.' }],
  },
};
const networksOfTheDprk = '{ memberState(iso3: "PRK") { networks { acronym } } }';

describe('answers cached by graph revision', () => {
  it('frames a 304 as a 304 for every Accept: headers alone, and the connection closed when asked', async () => {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const etag = (await ask(networksOfTheDprk)).headers.get('etag') as string;
    const body = JSON.stringify({ query: networksOfTheDprk });
    try {
      for (const accept of [
        'application/graphql-response+json',
        'multipart/mixed',
        'text/event-stream',
      ]) {
        const answer = await rawRequest(
          port,
          requestText(
            'POST /graphql HTTP/1.1',
            [
              'Host: localhost',
              'Content-Type: application/json',
              `Content-Length: ${Buffer.byteLength(body)}`,
              `Accept: ${accept}`,
              'Accept-Encoding: br, gzip',
              `If-None-Match: ${etag}`,
            ],
            body,
          ),
          20_000,
        );
        const [head, rest] = answer.text.split('\r\n\r\n');
        expect(answer.status, accept).toBe(304);
        expect(head, accept).not.toMatch(
          /^(transfer-encoding|content-encoding|content-length|content-type):/im,
        );
        expect(head, accept).toMatch(/^etag: /im);
        expect(head, accept).toMatch(/^connection: close/im);
        expect(rest, accept).toBe('');
        expect(answer.milliseconds, accept).toBeLessThan(4_000);
      }
    } finally {
      server.close();
    }
  });

  it('answers a repeated query from memory, with the same ETag, without Cypher', async () => {
    const first = await ask('{ memberStates { iso3 name } }');
    const body = await first.text();
    expect(roundTrips(first.headers)).toBe(1);
    expect(first.headers.get('etag')).toMatch(/^W\/"\d+-[\w-]+"$/);
    const second = await ask('{ memberStates { iso3 name } }');
    expect(await second.text()).toBe(body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(roundTrips(second.headers)).toBe(0);
  });

  it('answers 304 to a client that has the current answer', async () => {
    const first = await ask('{ networks { acronym } }');
    await first.text();
    const again = await ask('{ networks { acronym } }', {
      'if-none-match': first.headers.get('etag') as string,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(roundTrips(again.headers)).toBe(0);
  });

  it('serves the new answer as soon as a write through this service commits', async () => {
    const before = await ask(networksOfTheDprk);
    expect(await before.json()).toEqual({ data: { memberState: { networks: [] } } });
    const written = await send(app, membership, theDprkJoins, await token());
    expect(written.data?.addMemberOf?.__typename).toBe('Relationship');
    const after = await ask(networksOfTheDprk);
    expect(await after.json()).toEqual({
      data: { memberState: { networks: [{ acronym: 'NEACAP' }] } },
    });
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const stale = await ask(networksOfTheDprk, {
      'if-none-match': before.headers.get('etag') as string,
    });
    expect(stale.status).toBe(200);
  });

  it('notices a write through another replica within a second', async () => {
    const replica = testDatabase();
    const other = testApp(replica, () => true, editorSecurity);
    try {
      const cached = await (await ask(networksOfTheDprk)).json();
      const written = await send(
        other,
        removal,
        { input: { from: encodeId('MemberState', 'PRK'), to: encodeId('Network', 'NEACAP') } },
        await token(),
      );
      expect(written.data?.removeMemberOf?.__typename).toBe('RemovedRelationship');
      await sleep(1_100);
      const fresh = await (await ask(networksOfTheDprk)).json();
      expect(fresh).not.toEqual(cached);
      expect(fresh).toEqual({ data: { memberState: { networks: [] } } });
    } finally {
      await replica.close();
    }
  });

  it('never keeps mutations, answers with errors, or answers to a request with a token', async () => {
    const wrong = await ask('{ memberState(iso3: "PRK") { nonsense } }');
    expect(wrong.headers.get('etag')).toBeNull();
    const failing = await ask('{ meetings(first: 1000) { totalCount } }');
    expect(failing.headers.get('etag')).toBeNull();
    const bearer = `Bearer ${await token()}`;
    const first = await ask('{ programmes { slug } }', { authorization: bearer });
    await first.text();
    expect(first.headers.get('etag')).toBeNull();
    const second = await ask('{ programmes { slug } }', { authorization: bearer });
    await second.text();
    expect(roundTrips(second.headers)).toBe(1);
    const mutation = await send(
      app,
      removal,
      { input: { from: encodeId('MemberState', 'PRK'), to: encodeId('Network', 'NEACAP') } },
      await token(),
    );
    expect(mutation.headers.get('etag')).toBeNull();
  });
});

afterAll(async () => {
  // The suites share the graph: leave the DPRK out of NEACAP, as the dataset has it.
  await send(
    app,
    removal,
    { input: { from: encodeId('MemberState', 'PRK'), to: encodeId('Network', 'NEACAP') } },
    await token(),
  );
});
