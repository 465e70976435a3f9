import { describe, expect, it } from 'vitest';
import { examples } from '../../src/graphiql-examples.ts';
import { securityWith } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

// Without the response cache, so that a query sent again runs again: compiled, the second time.
const { app, query } = seededGraph(securityWith({ RESPONSE_CACHE_ENTRIES: '0' }));

/** The body of the answer to `query`, as sent. */
const bodyOf = async (query: string, variables: Record<string, unknown> = {}) =>
  (
    await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
  ).text();

const meetingId = Buffer.from('Meeting:som-18').toString('base64');

/** Documents whose fields GraphQL orders by their selection, fragments where they stand. */
const ordered: [string, Record<string, unknown>?][] = [
  [
    `fragment F on MemberState { a: iso3 b: name }
     { memberStates { ...F c: iso3 } x: memberState(iso3: "MNG") { ...F ... on MemberState { __typename } } }`,
  ],
  [
    `{ node(id: "${meetingId}") { __typename ... on Meeting { number title decisions { id
       subjects { __typename ... on Network { acronym } ... on Programme { slug } } } } } }`,
  ],
  [
    `{ node(id: "${meetingId}") { ... on Entity { name } id ... on Meeting { number } __typename
       ... on Node { id } } }`,
  ],
  [
    `fragment G on Network { name ... on Network { acronym } }
     fragment H on Network { id ...G }
     { networks { ...H memberStates { name ... on MemberState { iso3 } name } ...G acronym } }`,
  ],
  [
    `query ($i: Boolean = false, $s: Boolean!) { memberStates { iso3 name @include(if: $i)
       ... @skip(if: $s) { name } ... on MemberState @include(if: true) { aliases iso3 } } }`,
    { s: false },
  ],
  [
    `{ b: memberStates { name } a: memberStates { iso3 } b: memberStates { iso3 }
       stats { __typename } __typename }`,
  ],
  [
    `{ ok: memberStates { iso3 } bad: decisions(first: -1) { totalCount }
       n: node(id: "${meetingId}") { ... on Meeting { number } id } }`,
  ],
];

describe('a query sent again', () => {
  it('answers exactly as the first time, compiled: every GraphiQL example', async () => {
    for (const { query: text } of examples) {
      const first = await query(text);
      expect(first.errors, text).toBeUndefined();
      const again = [await query(text), await query(text)];
      for (const answer of again)
        expect(JSON.stringify(answer.data), text).toBe(JSON.stringify(first.data));
    }
  });

  it('answers for its own variables, whatever was asked before', async () => {
    const text = 'query ($first: Int!) { meetings(first: $first) { edges { node { number } } } }';
    const numbers = async (first: number) => {
      const { data, errors } = await query(text, { first });
      expect(errors).toBeUndefined();
      const meetings = data?.meetings as { edges: { node: { number: number } }[] };
      return meetings.edges.map((edge) => edge.node.number);
    };
    const [one, two, oneAgain, twoAgain] = [
      await numbers(1),
      await numbers(2),
      await numbers(1),
      await numbers(2),
    ];
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    expect(oneAgain).toEqual(one);
    expect(twoAgain).toEqual(two);
  });

  it('keeps a list in order whichever of its fields the variables include, run after run', async () => {
    const keys =
      '{ memberStates { iso3 networks { acronym } projects { slug } organisations { id } } }';
    const text = `query ($names: Boolean!) { memberStates { iso3
      networks { acronym name @include(if: $names) } projects { slug name @include(if: $names) }
      organisations { id name @include(if: $names) } } }`;
    const shown = (data: unknown) =>
      JSON.stringify(
        (data as { memberStates: Record<string, unknown>[] }).memberStates.map((state) => ({
          iso3: state.iso3,
          networks: (state.networks as { acronym: string }[]).map((n) => n.acronym),
          projects: (state.projects as { slug: string }[]).map((p) => p.slug),
          organisations: (state.organisations as { id: string }[]).map((o) => o.id),
        })),
      );
    const inOrder = shown((await query(keys)).data);
    // Each run is compiled from the second on; without names first, then with them, then without.
    for (const names of [false, false, false, true, true, true, false, false]) {
      const { data, errors } = await query(text, { names });
      expect(errors).toBeUndefined();
      expect(shown(data), `names: ${names}`).toBe(inOrder);
    }
  });

  it('reports a wrong argument the same way, compiled', async () => {
    const text = '{ decisions(first: -1) { totalCount } }';
    const [first, second] = [await query(text), await query(text)];
    expect(first.errors?.[0]?.message).toMatch(/first/);
    expect(second.errors).toEqual(first.errors);
  });

  it('sends the same bytes every time, fields in the order of the selection', async () => {
    for (const [text, variables] of ordered) {
      const first = await bodyOf(text, variables);
      const again = [await bodyOf(text, variables), await bodyOf(text, variables)];
      for (const body of again) expect(body, text).toBe(first);
    }
  });

  it('lists fields in the order of the selection, fragments where they stand', async () => {
    const text = ordered[0]?.[0] as string;
    for (let run = 0; run < 3; run += 1) {
      const { data } = JSON.parse(await bodyOf(text)) as {
        data: { memberStates: object[]; x: object };
      };
      expect(Object.keys(data.memberStates[0] as object)).toEqual(['a', 'b', 'c']);
      expect(Object.keys(data.x)).toEqual(['a', 'b', '__typename']);
    }
  });
});
