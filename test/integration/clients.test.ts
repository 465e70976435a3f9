import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/schema/ids.ts';
import { editorSecurity, token } from '../support/auth.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, query } = seededGraph(editorSecurity);
const server = createServer(app);
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const states = '{ memberStates { iso3 } }';
const join = `mutation {
  addMemberOf(input: {
    from: "${encodeId('MemberState', 'MNG')}", to: "${encodeId('Network', 'NEACAP')}",
    evidence: [{ source: "neaspec-som-outcomes", note: "Made up by the client test." }]
  }) { __typename }
}`;
const networksOfMongolia = '{ memberState(iso3: "MNG") { networks { acronym } } }';

describe('GraphQL clients with their default settings', () => {
  it("urql's default (a query over GET, without special headers) gets its answer", async () => {
    const sent: string[] = [];
    const client = new Client({
      url,
      exchanges: [cacheExchange, fetchExchange],
      fetch: (input, init) => {
        sent.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const result = await client.query(gql(states), {}).toPromise();
    expect(sent).toEqual(['GET']);
    expect(result.error).toBeUndefined();
    expect(result.data.memberStates).toHaveLength(6);
  });

  it('urql over POST, and graphql-request over POST (its default) and GET, get their answers', async () => {
    const post = new Client({ url, exchanges: [fetchExchange], preferGetMethod: false });
    expect((await post.query(gql(states), {}).toPromise()).data.memberStates).toHaveLength(6);
    for (const client of [new GraphQLClient(url), new GraphQLClient(url, { method: 'GET' })]) {
      const data = await client.request<{ memberStates: unknown[] }>(states);
      expect(data.memberStates).toHaveLength(6);
    }
  });

  it('answers a GET query with headers a CDN can cache and revalidate by', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent(states)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    expect(response.headers.get('etag')).toMatch(/^W\//);
    expect(response.headers.get('vary')).toMatch(/accept\b/i);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('changes nothing over GET: a mutation is refused there, and changes nothing', async () => {
    const bearer = { authorization: `Bearer ${await token()}` };
    const before = (await query(networksOfMongolia)).data;
    const response = await fetch(`${url}?query=${encodeURIComponent(join)}`, { headers: bearer });
    expect(response.status).toBe(405);
    expect((await query(networksOfMongolia)).data).toEqual(before);
    // Over POST, with the token, the same mutation is what changes the graph.
    const posted = await new GraphQLClient(url, { headers: bearer }).request(join);
    expect(posted).toEqual({ addMemberOf: { __typename: 'Relationship' } });
  });

  it('names the header a form post needs, which any web page could send', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent(states)}`,
    });
    expect(response.status).toBe(403);
    const { errors } = (await response.json()) as { errors: { message: string }[] };
    expect(errors[0]?.message).toMatch(/"x-graphql-yoga-csrf: 1"/);
  });
});
