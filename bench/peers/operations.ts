/**
 * The operations bench:peers measures: the same question asked of this API (GraphQL), of
 * @neo4j/graphql (GraphQL over typeDefs.graphql) and of the raw Cypher floor (one hand-written
 * statement in cypher/bench/), and how each answer reduces to the same data for comparison.
 */
import { luceneQuery } from '../../src/graph/search.ts';
import type { CypherReader } from '../../src/neo4j/database.ts';
import { type Statement, statements } from '../../src/neo4j/statements.ts';

type Data = Record<string, unknown>;

/** The raw floor of an operation: its statement, and how its rows become this API's answer. */
export interface Floor {
  file: string;
  params: Record<string, unknown>;
  answer: (reader: CypherReader) => Promise<Data>;
}

const floor = <P, R>(statement: Statement<P, R>, params: P, shape: (rows: R[]) => Data): Floor => ({
  file: statement.file,
  params: (params ?? {}) as Record<string, unknown>,
  answer: async (reader) => shape(await reader.read(statement, params)),
});
const { bench } = statements;

export interface Operation {
  name: string;
  /** What it asks, in words. */
  what: string;
  project: string;
  peer: string;
  /** The raw floor: one hand-written statement. */
  raw: Floor;
  /** Each answer reduced to the same data. */
  data: { project: (d: Data) => unknown; peer: (d: Data) => unknown; raw: (d: Data) => unknown };
}

/** The Lucene query this API builds from "marine": sent to the peer and the floor as it is. */
export const searchQuery = luceneQuery('marine') as string;

const get = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)?.[key], value);
const nodes = (connection: unknown) =>
  (get(connection, 'edges') as { node: unknown }[]).map((edge) => edge.node);

const pageSize = 20;

/** Items in the order of one of their keys, as this API lists them. */
const inOrder = (items: Data[], key: string) =>
  items.toSorted((a, b) => {
    const [x, y] = [a[key], b[key]] as [string | number | undefined, string | number | undefined];
    return x === y || x === undefined || y === undefined ? 0 : x < y ? -1 : 1;
  });

/** Participation rows of one State as this API lists them: by kind, then the target's name. */
const byKindAndTarget = (a: Data, b: Data) => {
  const [x, y] = [a, b].map((row) => `${row.kind}\u0000${(row.target as Data).name}`) as [
    string,
    string,
  ];
  return x === y ? 0 : x < y ? -1 : 1;
};

/**
 * Hits ranked above the last one's score: which of several hits tied at the tenth place a
 * search returns is arbitrary, and differs between servers that are otherwise the same.
 */
const beforeTheCut = <T extends { score: number }>(hits: T[]) =>
  hits.filter((hit) => hit.score > (hits.at(-1)?.score ?? 0));

export const operations: Operation[] = [
  {
    name: 'lookup',
    what: 'NEAMPAN with its member States (iso3, name)',
    project: '{ network(acronym: "NEAMPAN") { name memberStates { iso3 name } } }',
    peer: '{ networks(where: { acronym: { eq: "NEAMPAN" } }) { name memberStates { iso3 name } } }',
    raw: floor(bench.lookup, { acronym: 'NEAMPAN' }, ([row]) => ({
      network: row ? { ...row, memberStates: inOrder(row.memberStates as Data[], 'name') } : null,
    })),
    data: {
      project: (d) => d.network,
      peer: (d) => get(d, 'networks', 0) ?? null,
      raw: (d) => d.network,
    },
  },
  {
    name: 'nested traversal',
    what: "first 20 meetings -> decisions -> networks/programmes they concern -> networks' member States",
    project: `{ meetings(first: 20) { edges { node { number title decisions { kind summary subjects { __typename
      ... on Network { acronym memberStates { iso3 name } }
      ... on Programme { slug name } } } } } } }`,
    peer: `{ meetings(limit: 20, sort: [{ number: ASC }]) { number title decisions(sort: [{ position: ASC }]) { kind summary subjects { __typename
      ... on Network { acronym memberStates { iso3 name } }
      ... on Programme { slug name } } } } }`,
    raw: floor(bench.nested, { first: 20 }, (rows) => ({
      meetings: {
        edges: rows.map((node) => ({
          node: {
            ...node,
            decisions: inOrder(node.decisions as Data[], 'position').map(
              ({ position: _, ...decision }) => ({
                ...decision,
                subjects: inOrder(
                  (decision.subjects as Data[]).map((s) => ({ order: s.name, ...s })),
                  'order',
                ).map(({ order: _, ...subject }) =>
                  subject.memberStates
                    ? {
                        ...subject,
                        memberStates: inOrder(subject.memberStates as Data[], 'name'),
                      }
                    : subject,
                ),
              }),
            ),
          },
        })),
      },
    })),
    data: {
      project: (d) => nodes(d.meetings),
      peer: (d) => d.meetings,
      raw: (d) => nodes(d.meetings),
    },
  },
  {
    name: 'participation',
    what: 'every member State with the networks, projects and programmes it takes part in',
    project: `{ participation { state { iso3 } kind target { __typename ... on Entity { name } }
      through { __typename ... on Entity { name } } } }`,
    peer: `{ memberStates(sort: [{ name: ASC }]) { iso3
      networks { __typename name programme { __typename name } }
      projects { __typename name programme { __typename name } } } }`,
    // In this API's order: by State, then kind, then the target's name.
    raw: floor(bench.participation, undefined, (rows) => ({
      participation: inOrder(rows, 'state').flatMap((r) =>
        (r.targets as { kind: string; name: string; programmes: string[] }[])
          .flatMap((t) => {
            const state = { iso3: r.state };
            const target = {
              __typename: t.kind === 'MEMBER_OF' ? 'Network' : 'Project',
              name: t.name,
            };
            return [
              { state, kind: t.kind, target, through: null },
              ...t.programmes.map((name) => ({
                state,
                kind: `VIA_${t.kind}`,
                target: { __typename: 'Programme', name },
                through: target,
              })),
            ];
          })
          .toSorted(byKindAndTarget),
      ),
    })),
    data: {
      project: (d) => d.participation,
      // The same facts as participation rows: a State's network or project, and the programme
      // area it takes part in through it.
      peer: (d) =>
        (d.memberStates as Data[]).flatMap((s) =>
          (
            [
              ['MEMBER_OF', s.networks],
              ['PARTICIPATES_IN', s.projects],
            ] as [string, Data[]][]
          ).flatMap(([kind, targets]) =>
            targets.flatMap((t) => [
              {
                state: { iso3: s.iso3 },
                kind,
                target: { __typename: t.__typename, name: t.name },
                through: null,
              },
              ...(t.programme
                ? [
                    {
                      state: { iso3: s.iso3 },
                      kind: `VIA_${kind}`,
                      target: t.programme,
                      through: { __typename: t.__typename, name: t.name },
                    },
                  ]
                : []),
            ]),
          ),
        ),
      raw: (d) => d.participation,
    },
  },
  {
    name: 'list',
    what: 'all member States with their networks and projects',
    project: '{ memberStates { iso3 name networks { acronym name } projects { slug name } } }',
    peer: '{ memberStates(sort: [{ name: ASC }]) { iso3 name networks { acronym name } projects { slug name } } }',
    // Each State's networks and projects in this API's order, by name.
    raw: floor(bench.list, undefined, (rows) => ({
      memberStates: rows.map((r) => ({
        ...r,
        networks: inOrder(r.networks as Data[], 'name'),
        projects: inOrder(r.projects as Data[], 'name'),
      })),
    })),
    data: {
      project: (d) => d.memberStates,
      peer: (d) => d.memberStates,
      raw: (d) => d.memberStates,
    },
  },
  {
    name: 'paginated connection',
    what: "first 20 decisions in this API's order (meeting number, position) with meeting number and title",
    project: `{ decisions(first: ${pageSize}) { pageInfo { hasNextPage endCursor }
      edges { cursor node { kind summary meeting { number title } } } } }`,
    peer: `{ decisionsConnection(first: ${pageSize}, sort: [{ meetingNumber: ASC }, { position: ASC }]) { pageInfo { hasNextPage endCursor }
      edges { cursor node { kind summary meeting { number title } } } } }`,
    raw: floor(bench.page, { limit: pageSize + 1 }, (rows) => ({
      decisions: {
        pageInfo: { hasNextPage: rows.length > pageSize },
        edges: rows.slice(0, pageSize).map((r) => ({
          node: {
            kind: r.kind,
            summary: r.summary,
            meeting: { number: r.number, title: r.title },
          },
        })),
      },
    })),
    // Cursors are opaque and differ by design: compared without them.
    data: {
      project: (d) => ({
        hasNextPage: get(d, 'decisions', 'pageInfo', 'hasNextPage'),
        nodes: nodes(d.decisions),
      }),
      peer: (d) => ({
        hasNextPage: get(d, 'decisionsConnection', 'pageInfo', 'hasNextPage'),
        nodes: nodes(d.decisionsConnection),
      }),
      raw: (d) => ({
        hasNextPage: get(d, 'decisions', 'pageInfo', 'hasNextPage'),
        nodes: nodes(d.decisions),
      }),
    },
  },
  {
    name: 'count',
    what: 'total number of decisions',
    project: '{ decisions { totalCount } }',
    peer: '{ decisionsConnection { totalCount } }',
    raw: floor(bench.count, undefined, ([row]) => ({ decisions: { totalCount: row?.totalCount } })),
    data: {
      project: (d) => get(d, 'decisions', 'totalCount'),
      peer: (d) => get(d, 'decisionsConnection', 'totalCount'),
      raw: (d) => get(d, 'decisions', 'totalCount'),
    },
  },
  {
    name: 'search',
    what: 'full-text search for "marine" on the entity_text index, 10 hits',
    project: '{ search(text: "marine", first: 10) { score node { ... on Entity { name } } } }',
    peer: `{ searchEntities(phrase: ${JSON.stringify(searchQuery)}, first: 10, sort: [{ score: DESC }]) { edges { score node { name summary } } } }`,
    raw: floor(bench.search, { query: searchQuery, limit: 10 }, (rows) => ({
      search: rows.map((r) => ({ score: r.score, node: { name: r.name } })),
    })),
    data: {
      project: (d) =>
        beforeTheCut(
          (d.search as { score: number; node: { name: string } }[]).map((h) => ({
            name: h.node.name,
            score: Number(h.score.toFixed(4)),
          })),
        ),
      // A decision has no name: this API shows its summary, so the client does too.
      peer: (d) =>
        beforeTheCut(
          (get(d, 'searchEntities', 'edges') as { score: number; node: Data }[]).map((h) => ({
            name: h.node.name ?? h.node.summary,
            score: Number(h.score.toFixed(4)),
          })),
        ),
      raw: (d) =>
        beforeTheCut(
          (d.search as { score: number; node: { name: string } }[]).map((h) => ({
            name: h.node.name,
            score: Number(h.score.toFixed(4)),
          })),
        ),
    },
  },
];

/** A deterministic form: keys sorted; with `sortLists`, every list sorted too. */
export function canonical(value: unknown, sortLists: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, sortLists));
    return sortLists
      ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : items;
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Data)[k], sortLists)]),
    );
  return value;
}
