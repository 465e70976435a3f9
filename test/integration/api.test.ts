import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/importer.ts';
import { entityOf } from '../../src/model/entities.ts';
import type { RelationshipFact } from '../../src/model/facts.ts';
import { labels } from '../../src/model/labels.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { dataDir } from '../../src/paths.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { seededGraph } from '../support/seeded.ts';

const seeded = seededGraph();
const { query } = seeded;

/** The data of a query that must succeed. */
async function data<T = Record<string, unknown>>(
  text: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await query(text, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('the answers the sources give', () => {
  it('NEAMPAN has four member States, the States that nominate its sites; Mongolia and the DPRK are not among them', async () => {
    const { network } = await data<{
      network: { memberStates: { iso3: string }[]; programme: { slug: string } };
    }>('{ network(acronym: "NEAMPAN") { memberStates { iso3 } programme { slug } } }');
    expect(network.memberStates.map((s) => s.iso3).sort()).toEqual(['CHN', 'JPN', 'KOR', 'RUS']);
    expect(network.programme.slug).toBe('marine-protected-areas');
    // Mongolia proposed cities to NEA-LCCP and sits on NEACAP's committee, and nominated no site.
    const { memberState } = await data<{ memberState: { networks: { acronym: string }[] } }>(
      '{ memberState(iso3: "MNG") { networks { acronym } } }',
    );
    expect(memberState.networks.map((n) => n.acronym).sort()).toEqual(['NEA-LCCP', 'NEACAP']);
  });

  it('SOM-18 was held on 5-6 November 2013 in Ulaanbaatar; no source says who hosted it', async () => {
    const { meeting } = await data<{
      meeting: {
        startDate: string;
        endDate: string;
        city: { name: string };
        hostState: { iso3: string } | null;
      };
    }>('{ meeting(number: 18) { startDate endDate city { name } hostState { iso3 } } }');
    expect(meeting).toEqual({
      startDate: '2013-11-05',
      endDate: '2013-11-06',
      city: { name: 'Ulaanbaatar' },
      hostState: null,
    });
  });

  it("SOM-18 endorsed the Russian Federation's proposal on transboundary air pollution", async () => {
    const { meeting } = await data<{
      meeting: {
        decisions: {
          kind: string;
          proposedBy: { iso3: string } | null;
          subjects: { slug: string }[];
        }[];
      };
    }>(
      '{ meeting(number: 18) { decisions { kind proposedBy { iso3 } subjects { ... on Project { slug } } } } }',
    );
    const proposed = meeting.decisions.filter((d) => d.proposedBy !== null);
    expect(proposed).toEqual([
      {
        kind: 'ENDORSED',
        proposedBy: { iso3: 'RUS' },
        subjects: [{ slug: 'transboundary-air-pollution-framework' }],
      },
    ]);
  });

  it('NEACAP was launched at SOM-22', async () => {
    const { network } = await data<{
      network: { launchedAt: { kind: string; meeting: { number: number } } };
    }>('{ network(acronym: "neacap") { launchedAt { kind meeting { number } } } }');
    expect(network.launchedAt).toEqual({ kind: 'LAUNCHED', meeting: { number: 22 } });
  });

  it('the DNA analysis targets Amur tigers and leopards, with Russia, China, Japan and the Republic of Korea', async () => {
    const { project } = await data<{
      project: {
        species: { commonName: string }[];
        participants: { iso3: string }[];
        regions: { name: string }[];
      };
    }>(
      '{ project(slug: "amur-tiger-leopard-dna-analysis") { species { commonName } participants { iso3 } regions { name } } }',
    );
    expect(project.species.map((s) => s.commonName).sort()).toEqual(['Amur leopard', 'Amur tiger']);
    expect(project.participants.map((s) => s.iso3).sort()).toEqual(['CHN', 'JPN', 'KOR', 'RUS']);
    expect(project.regions.map((r) => r.name).sort()).toEqual([
      'North-eastern China',
      'Russian Far East',
    ]);
  });

  it('search finds the Amur leopard first', async () => {
    const { search } = await data<{ search: { node: { __typename: string; name: string } }[] }>(
      '{ search(text: "Amur leopard") { node { __typename ... on Entity { name } } } }',
    );
    expect(search[0]?.node).toEqual({ __typename: 'Species', name: 'Amur leopard' });
  });

  it('Mongolia connects to NEAMPAN, every step with its evidence', async () => {
    const { path } = await data<{
      path: {
        length: number;
        nodes: { id: string }[];
        relationships: {
          type: string;
          evidence: { quote: string | null; note: string | null }[];
        }[];
      };
    }>(`{ path(from: "${encodeId('MemberState', 'MNG')}", to: "${encodeId('Network', 'NEAMPAN')}") {
      length nodes { id } relationships { type evidence { quote note } } } }`);
    expect(path.nodes[0]?.id).toBe(encodeId('MemberState', 'MNG'));
    expect(path.nodes.at(-1)?.id).toBe(encodeId('Network', 'NEAMPAN'));
    expect(path.relationships).toHaveLength(path.length);
    for (const step of path.relationships) {
      expect(step.evidence.length).toBeGreaterThan(0);
      for (const item of step.evidence) expect(item.quote ?? item.note).toMatch(/\w/);
    }
  });

  it('reads relationships both ways, with their evidence', async () => {
    const { memberState } = await data<{
      memberState: {
        programmes: { slug: string }[];
        relationships: { type: string; evidence: { note: string }[] }[];
      };
    }>(
      '{ memberState(iso3: "KOR") { programmes { slug } relationships(types: [MEMBER_OF], direction: OUT) { type evidence { note } } } }',
    );
    expect(memberState.programmes.map((p) => p.slug)).toContain('marine-protected-areas');
    // The Republic of Korea is a member of NEAMPAN and of NEACAP.
    expect(memberState.relationships).toHaveLength(2);
    for (const relationship of memberState.relationships)
      expect(relationship.evidence.map((e) => e.note).join(' ')).toMatch(/Republic of Korea|DPRK/);
  });

  it('participation lists each State in NEAMPAN and, through it, in the marine programme', async () => {
    const { participation } = await data<{
      participation: {
        state: { iso3: string };
        kind: string;
        target: { name: string };
        evidence: unknown[];
      }[];
    }>(
      '{ participation { state { iso3 } kind target { ... on Entity { name } } evidence { quote note } } }',
    );
    const inNetwork = participation.filter(
      (p) => p.kind === 'MEMBER_OF' && p.target.name.includes('Marine'),
    );
    const inProgramme = participation.filter(
      (p) => p.kind === 'VIA_MEMBER_OF' && p.target.name === 'Marine protected areas',
    );
    expect(inNetwork.map((p) => p.state.iso3).sort()).toEqual(['CHN', 'JPN', 'KOR', 'RUS']);
    expect(inProgramme.map((p) => p.state.iso3).sort()).toEqual(['CHN', 'JPN', 'KOR', 'RUS']);
    for (const row of participation) expect(row.evidence.length).toBeGreaterThan(0);
  });
  it('participation answers the rows the files give, by State, kind and target, each with its State however selected', async () => {
    const { nodes, relationships } = await readDataset(dataDir);
    const name = (id: string) => nodes.find((node) => node.id === id)?.properties.name as string;
    const partOf = relationships.filter((r) => r.type === 'PART_OF');
    type Expected = { state: string; kind: string; target: string; through: string | null };
    const expected: Expected[] = relationships
      .filter((r) => r.type === 'MEMBER_OF' || r.type === 'PARTICIPATES_IN')
      .flatMap((r) => [
        { state: r.from, kind: r.type, target: name(r.to), through: null },
        ...partOf
          .filter((p) => p.from === r.to)
          .map((p) => ({
            state: r.from,
            kind: `VIA_${r.type}`,
            target: name(p.to),
            through: name(r.to),
          })),
      ]);
    const order = (row: Expected) => [row.state, row.kind, row.target].join('\u0000');
    const byOrder = (a: Expected, b: Expected) =>
      order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0;
    type Row = {
      state: { iso3: string };
      named: { id: string; iso3: string; name: string };
      kind: string;
      target: { name: string };
      through: { name: string } | null;
    };
    const selection = `state { iso3 } named: state { id iso3 name } kind
      target { ... on Entity { name } } through { ... on Entity { name } }`;
    // Selecting a value of each State's own relationship (role) changes how rows are built, not
    // which rows, nor their States.
    const { all, korea, roles } = await data<{ all: Row[]; korea: Row[]; roles: Row[] }>(
      `{ all: participation { ${selection} } korea: participation(state: "kor") { ${selection} }
         roles: participation { ${selection} role } }`,
    );
    const rows = (answer: Row[]) =>
      answer.map((row) => {
        expect(row.named).toEqual({
          id: encodeId('MemberState', row.state.iso3),
          iso3: row.state.iso3,
          name: name(row.state.iso3),
        });
        return {
          state: row.state.iso3,
          kind: row.kind,
          target: row.target.name,
          through: row.through?.name ?? null,
        };
      });
    for (const [answer, wanted] of [
      [rows(all), expected],
      [rows(korea), expected.filter((row) => row.state === 'KOR')],
      [rows(roles), expected],
    ] as const) {
      expect(answer.length).toBeGreaterThan(0);
      // In order; rows that tie on State, kind and target (a programme area through two
      // networks) in any order among themselves.
      expect(answer.map(order)).toEqual([...wanted].sort(byOrder).map(order));
      expect(answer).toEqual(expect.arrayContaining(wanted));
      expect(answer).toHaveLength(wanted.length);
    }
    // Without the State, the same rows.
    const { participation } = await data<{ participation: unknown[] }>(
      '{ participation { kind } }',
    );
    expect(participation).toHaveLength(expected.length);
  });
  it("participation gives each State its own role and evidence where States share a target, and each the target's same fields", async () => {
    const { nodes, relationships } = await readDataset(dataDir);
    const name = (id: string) => nodes.find((node) => node.id === id)?.properties.name as string;
    const list = (r: RelationshipFact, key: string) => r.properties[key] as string[];
    const evidenceOf = (r: RelationshipFact) =>
      list(r, 'evidenceSources').map((source, i) => ({
        quote: list(r, 'evidenceQuotes')[i] || null,
        note: list(r, 'evidenceNotes')[i] || null,
        source: { title: name(source) },
      }));
    const key = (state: string, kind: string, target: string, through: string | null) =>
      [state, kind, target, through].join('\u0000');
    const partOf = relationships.filter((r) => r.type === 'PART_OF');
    // A State's own relationship gives the role; the evidence is of every relationship on the way.
    const expected = new Map(
      relationships
        .filter((r) => r.type === 'MEMBER_OF' || r.type === 'PARTICIPATES_IN')
        .flatMap((r) => {
          const role = (r.properties.role as string | undefined) ?? null;
          return [
            [key(r.from, r.type, name(r.to), null), { role, evidence: evidenceOf(r) }] as const,
            ...partOf
              .filter((p) => p.from === r.to)
              .map(
                (p) =>
                  [
                    key(r.from, `VIA_${r.type}`, name(p.to), name(r.to)),
                    { role, evidence: [...evidenceOf(r), ...evidenceOf(p)] },
                  ] as const,
              ),
          ];
        }),
    );
    type Row = {
      state: { iso3: string };
      kind: string;
      role: string | null;
      target: { __typename: string; id: string; name: string };
      through: { name: string } | null;
      evidence: unknown[];
    };
    const selection = `state { iso3 } kind role target { __typename ... on Entity { id name } }
      through { ... on Entity { name } } evidence { quote note source { title } }`;
    const { all, korea } = await data<{ all: Row[]; korea: Row[] }>(
      `{ all: participation { ${selection} } korea: participation(state: "kor") { ${selection} } }`,
    );
    const keyOf = (row: Row) =>
      key(row.state.iso3, row.kind, row.target.name, row.through?.name ?? null);
    expect(all).toHaveLength(expected.size);
    for (const row of all)
      expect({ role: row.role, evidence: row.evidence }, keyOf(row)).toEqual(
        expected.get(keyOf(row)),
      );
    expect(korea).toEqual(all.filter((row) => row.state.iso3 === 'KOR'));
    // Targets several States take part in with roles of their own: each row has the same target.
    const byTarget = Map.groupBy(all, (row) => [row.kind, row.target.id, row.through?.name].join());
    const shared = [...byTarget.values()].filter(
      (rows) => new Set(rows.map((r) => r.role)).size > 1,
    );
    expect(shared.length).toBeGreaterThan(1);
    for (const rows of shared) {
      for (const row of rows) expect(row.target).toEqual(rows[0]?.target);
      expect(new Set(rows.map((row) => JSON.stringify(row.evidence))).size).toBeGreaterThan(1);
    }
  });
});

describe('lookups', () => {
  it('answers null for a key that is not in the graph', async () => {
    const result = await data(`{
      memberState(iso3: "XYZ") { id } network(acronym: "NOPE") { id } meeting(number: 99) { id }
      programme(slug: "nope") { id } project(slug: "nope") { id }
      node(id: "${encodeId('Network', 'NOPE')}") { id } }`);
    expect(Object.values(result)).toEqual([null, null, null, null, null, null]);
  });

  it('draws nothing around an id that is not in the graph, whatever is selected', async () => {
    const { neighbourhood } = await data<{ neighbourhood: unknown }>(
      `{ neighbourhood(id: "${encodeId('Network', 'NOPE')}", depth: 2) { truncated nodes { id } edges { type source target } } }`,
    );
    expect(neighbourhood).toEqual({ truncated: false, nodes: [], edges: [] });
  });

  it('answers null for an id of another type (a network is not a member State)', async () => {
    const result = await data(
      `{ memberState(iso3: "NEAMPAN") { id } node(id: "${encodeId('MemberState', 'NEAMPAN')}") { id } }`,
    );
    expect(result).toEqual({ memberState: null, node: null });
  });

  it('refetches an object of every type by its global id', async () => {
    const { search } = await data<{ search: unknown[] }>(
      '{ search(text: "a", first: 1) { score } }',
    );
    expect(search.length).toBeLessThanOrEqual(1);
    // Every list field of the entity table, and a meeting with its agenda and decisions.
    const lists = labels.flatMap((label) => entityOf(label).list?.field ?? []);
    const ids = await data<Record<string, { id: string }[]>>(`{
      ${lists.map((field) => `${field} { id }`).join(' ')}
      meetings(first: 1) { edges { node { id agenda { id } decisions { id } } } }
      m18: meeting(number: 18) { agenda { id } decisions { id } } }`);
    const meeting = ids.m18 as unknown as { agenda: { id: string }[]; decisions: { id: string }[] };
    const one = [
      ...lists.map((field) => ids[field]?.[0]?.id),
      (ids.meetings as unknown as { edges: { node: { id: string } }[] }).edges[0]?.node.id,
      meeting.agenda[0]?.id,
      meeting.decisions[0]?.id,
    ] as string[];
    const { nodes } = await data<{ nodes: { __typename: string; id: string }[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: one },
    );
    expect(nodes.map((n) => n.id)).toEqual(one);
    expect(nodes.map((n) => n.__typename).sort()).toEqual([...labels].sort());
  });
});

describe('connections', () => {
  type Page = {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      endCursor: string;
      startCursor: string;
    };
    edges: { cursor: string; node: { id: string } }[];
  };

  async function walk(
    field: 'meetings' | 'decisions',
    size: number,
    filter = '',
  ): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page += 1) {
      const result: Record<string, Page> = await data(
        `query ($after: String) { ${field}(first: ${size}, after: $after ${filter}) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { id } } } }`,
        { after },
      );
      const connection = result[field] as Page;
      total = connection.totalCount;
      ids.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return { ids, total };
  }

  it.each([
    ['meetings', ''],
    ['decisions', ''],
    ['decisions', ', programme: "nature-conservation"'],
    ['decisions', ', fromYear: 2007, toYear: 2014'],
  ] as const)('pages through %s%s without overlap or gaps', async (field, filter) => {
    const { ids: all, total } = await walk(field, 100, filter);
    const { ids: paged } = await walk(field, 3, filter);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
    expect(all.length).toBe(total);
    expect(total).toBeGreaterThan(3);
  });

  it('pages backwards with last and before to the same items', async () => {
    const { ids: all } = await walk('meetings', 100);
    const { meetings } = await data<{ meetings: Page }>(
      '{ meetings(last: 4) { edges { node { id } } pageInfo { startCursor hasPreviousPage } } }',
    );
    expect(meetings.edges.map((e) => e.node.id)).toEqual(all.slice(-4));
    const before = await data<{ meetings: Page }>(
      `{ meetings(last: 4, before: "${meetings.pageInfo.startCursor}") { edges { node { id } } } }`,
    );
    expect(before.meetings.edges.map((e) => e.node.id)).toEqual(all.slice(-8, -4));
  });

  it('keeps meetings in SOM order and filters by year and host', async () => {
    const { meetings } = await data<{
      meetings: { totalCount: number; edges: { node: { number: number; year: number } }[] };
    }>(
      '{ meetings(first: 100, fromYear: 2013, toYear: 2019) { totalCount edges { node { number year } } } }',
    );
    const numbers = meetings.edges.map((e) => e.node.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers).toContain(18);
    for (const edge of meetings.edges) expect(edge.node.year).toBeGreaterThanOrEqual(2013);
    const hosted = await data<{ meetings: { edges: { node: { number: number } }[] } }>(
      '{ meetings(hostState: "mng") { edges { node { number } } } }',
    );
    expect(hosted.meetings.edges.map((e) => e.node.number)).toEqual([3, 23]);
  });

  it('filters decisions by kind, network and State involved', async () => {
    const { launched, neacap, russia } = await data<
      Record<string, { edges: { node: { kind: string; summary: string } }[] }>
    >(`{
      launched: decisions(kind: LAUNCHED, first: 100) { edges { node { kind summary } } }
      neacap: decisions(network: "NEACAP", first: 100) { edges { node { kind summary } } }
      russia: decisions(state: "RUS", first: 100) { edges { node { kind summary } } }
    }`);
    expect(new Set(launched?.edges.map((e) => e.node.kind))).toEqual(new Set(['LAUNCHED']));
    expect(launched?.edges.length).toBe(3);
    expect(neacap?.edges.some((e) => e.node.kind === 'LAUNCHED')).toBe(true);
    expect(russia?.edges.map((e) => e.node.kind)).toContain('ENDORSED');
  });

  it('filters decisions by the programme, network or State they concern as the files say, in order, page by page', async () => {
    const { nodes, relationships } = await readDataset(dataDir);
    const linked = (types: string[], ends: (r: RelationshipFact) => [string, string]) => {
      const map = new Map<string, string[]>();
      for (const r of relationships.filter((r) => types.includes(r.type))) {
        const [from, to] = ends(r);
        map.set(from, [...(map.get(from) ?? []), to]);
      }
      return (id: string) => map.get(id) ?? [];
    };
    const concerning = linked(['CONCERNS'], (r) => [r.to, r.from]);
    const partsOf = linked(['PART_OF'], (r) => [r.to, r.from]);
    const proposedBy = linked(['PROPOSED'], (r) => [r.from, r.to]);
    const workOf = linked(['MEMBER_OF', 'PARTICIPATES_IN'], (r) => [r.from, r.to]);
    const meetingOf = linked(['MADE_AT'], (r) => [r.from, r.to]);
    const property = (id: string, name: string) =>
      nodes.find((node) => node.id === id)?.properties[name] as number;
    const place = (id: string) => [
      property(meetingOf(id)[0] ?? '', 'number'),
      property(id, 'position'),
    ];
    const inOrder = (ids: Iterable<string>) =>
      [...new Set(ids)]
        .sort((a, b) => {
          const [[ma = 0, pa = 0], [mb = 0, pb = 0]] = [place(a), place(b)];
          return ma - mb || pa - pb;
        })
        .map((id) => encodeId('Decision', id));
    const of = (label: string) => nodes.filter((node) => node.label === label);
    const cases: [string, string[]][] = [
      ...of('Programme').map((p): [string, string[]] => [
        `programme: "${p.id}"`,
        inOrder([p.id, ...partsOf(p.id)].flatMap(concerning)),
      ]),
      // The filter names a network by its acronym.
      ...of('Network')
        .filter((n) => n.properties.acronym !== undefined)
        .map((n): [string, string[]] => [
          `network: "${n.properties.acronym}"`,
          inOrder(concerning(n.id)),
        ]),
      ...of('MemberState').map((s): [string, string[]] => [
        `state: "${s.id}"`,
        inOrder([...proposedBy(s.id), ...workOf(s.id).flatMap(concerning)]),
      ]),
    ];
    const both = (a: string, b: string) => {
      const second = new Set(cases.find(([args]) => args === b)?.[1]);
      return [
        `${a}, ${b}`,
        (cases.find(([args]) => args === a)?.[1] ?? []).filter((id) => second.has(id)),
      ] as [string, string[]];
    };
    cases.push(
      both('programme: "nature-conservation"', 'state: "MNG"'),
      both('network: "NEAMPAN"', 'state: "KOR"'),
    );
    expect(cases.filter(([, ids]) => ids.length > 0).length).toBeGreaterThan(12);

    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string } }[];
    };
    const walk = async (args: string, size: number, order = '') => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 100; page += 1) {
        const { decisions }: { decisions: Page } = await data(
          `query ($after: String) { decisions(${args}, first: ${size}, after: $after${order}) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { after },
        );
        total = decisions.totalCount;
        ids.push(...decisions.edges.map((e) => e.node.id));
        if (!decisions.pageInfo.hasNextPage) break;
        after = decisions.pageInfo.endCursor;
      }
      return { ids, total };
    };
    for (const [args, expected] of cases) {
      expect(await walk(args, 100), args).toEqual({ ids: expected, total: expected.length });
    }
    const [args, expected] = cases.find(([a]) => a === 'state: "KOR"') ?? ['', []];
    expect(expected.length).toBeGreaterThan(6);
    expect((await walk(args, 4, ', orderBy: { direction: DESC }')).ids).toEqual(
      [...expected].reverse(),
    );
    expect((await walk(`${args}, fromYear: 2015`, 3)).total).toBe(
      expected.length - (await walk(`${args}, toYear: 2014`, 100)).total,
    );
  });
});

describe('bad arguments', () => {
  it.each([
    ['node(id: "xyz") { id }', 'id', /"xyz" is not an ID of this API/],
    [
      `path(from: "bm90IGFuIGlk", to: "${encodeId('Network', 'NEAMPAN')}") { length }`,
      'from',
      /nothing has the key or name "bm90IGFuIGlk"/,
    ],
    [
      `path(from: "${encodeId('Network', 'NEAMPAN')}", to: "${encodeId('Network', 'NEACAP')}", maxHops: 50) { length }`,
      'maxHops',
      /must be from 1 to 8, got 50/,
    ],
    [
      `neighbourhood(id: "${encodeId('Network', 'NEAMPAN')}", depth: 9) { truncated }`,
      'depth',
      /must be from 1 to 3/,
    ],
    ['meetings(first: 1000) { totalCount }', 'first', /must be from 0 to 100, got 1000/],
    ['meetings(first: -1) { totalCount }', 'first', /must be from 0 to 100/],
    [
      'meetings(after: "garbage") { totalCount }',
      'after',
      /not a cursor of the meetings connection/,
    ],
    [
      'decisions(after: "WyJtZWV0aW5ncyIsMTdd") { totalCount }',
      'after',
      /not a cursor of the decisions connection/,
    ],
    ['decisions(fromYear: 99999) { totalCount }', 'fromYear', /must be from 1900 to 2200/],
    [`search(text: "${'x'.repeat(201)}") { score }`, 'text', /at most 200 characters/],
    ['search(text: "leopard", first: 500) { score }', 'first', /must be from 1 to 50/],
  ])('%s is refused naming argument %s', async (field, argument, message) => {
    const result = await query(`{ ${field} }`);
    expect(result.status).toBe(200);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.message).toContain(`"${argument}"`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('a key longer than any key is refused naming its argument, before Neo4j is asked', async () => {
    for (const [field, argument] of [
      [`neighbourhood(id: "${'x'.repeat(1001)}") { truncated }`, 'id'],
      [`path(from: "${'x'.repeat(101)}", to: "MNG") { length }`, 'from'],
      [`path(from: "MNG", to: "${'y'.repeat(5000)}") { length }`, 'to'],
    ] as const) {
      const result = await query(`{ ${field} }`);
      expect(result.errors?.[0]?.message, argument).toMatch(
        new RegExp(`"${argument}".*a key is at most 100 characters, got \\d+`),
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(result.headers.get('server-timing')).toContain('"0 round trips"');
    }
  });

  it('a wrongly typed argument is a validation error naming it, not a server error', async () => {
    const result = await query('{ meeting(number: "eighteen") { id } }');
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0]?.message).toBe(
      'Argument "number": Int cannot represent non-integer value: "eighteen"',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ argument: 'number' });
  });

  it('search syntax in the text is taken literally', async () => {
    for (const text of ['leopard)', 'AND OR NOT', '*', 'name:Amur', '"unclosed', 'a~ b^3 c/d \\']) {
      const result = await query('query ($text: String!) { search(text: $text) { score } }', {
        text,
      });
      expect(result.errors, text).toBeUndefined();
    }
    const { search } = await data<{ search: unknown[] }>('{ search(text: "*") { score } }');
    expect(search).toEqual([]);
  });
});

/** Meetings per hosting State as the files state them: most first, then by iso3. */
async function meetingsByHostInFiles(): Promise<{ state: { iso3: string }; count: number }[]> {
  const { relationships } = await readDataset(dataDir);
  const counts = new Map<string, number>();
  for (const r of relationships)
    if (r.type === 'HOSTED') counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([iso3, count]) => ({ state: { iso3 }, count }));
}

describe('stats for dashboards', () => {
  it('counts decisions per year, kind and programme, and meetings per host', async () => {
    const { stats, decisions } = await data<{
      stats: {
        decisionsByYear: { year: number; count: number }[];
        decisionsByKind: { kind: string; count: number }[];
        decisionsByProgramme: { programme: { slug: string }; count: number }[];
        meetingsByHost: { state: { iso3: string }; count: number }[];
      };
      decisions: { totalCount: number };
    }>(`{ stats {
      decisionsByYear { year count } decisionsByKind { kind count }
      decisionsByProgramme { programme { slug } count } meetingsByHost { state { iso3 } count } }
      decisions { totalCount } }`);
    const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    // A decision of a meeting whose date no source gives has no year: it is counted by kind only.
    const { meetings } = await data<{
      meetings: { edges: { node: { startDate: string | null; decisions: unknown[] } }[] };
    }>('{ meetings(first: 100) { edges { node { startDate decisions { id } } } } }');
    const undated = meetings.edges
      .filter((e) => e.node.startDate === null)
      .reduce((total, e) => total + e.node.decisions.length, 0);
    expect(undated).toBeGreaterThan(0);
    expect(sum(stats.decisionsByYear)).toBe(decisions.totalCount - undated);
    expect(sum(stats.decisionsByKind)).toBe(decisions.totalCount);
    expect(stats.decisionsByYear.find((row) => row.year === 2013)?.count).toBe(4);
    expect(stats.decisionsByKind.find((row) => row.kind === 'LAUNCHED')?.count).toBe(3);
    expect(stats.meetingsByHost).toEqual(await meetingsByHostInFiles());
    const marine = stats.decisionsByProgramme.find(
      (row) => row.programme.slug === 'marine-protected-areas',
    );
    expect(marine?.count).toBeGreaterThanOrEqual(2);
  });
});

describe('orders a client asks for', () => {
  it('orders lists by name or key, either way', async () => {
    const { byName, byKeyDown } = await data<Record<string, { iso3: string; name: string }[]>>(`{
      byName: memberStates(orderBy: { field: NAME }) { iso3 name }
      byKeyDown: memberStates(orderBy: { field: KEY, direction: DESC }) { iso3 name } }`);
    const names = byName?.map((s) => s.name) ?? [];
    expect(names).toEqual([...names].sort());
    const keys = byKeyDown?.map((s) => s.iso3) ?? [];
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('orders events by date, undated last', async () => {
    const { events } = await data<{ events: { startDate: string | null }[] }>(
      '{ events(orderBy: { field: START_DATE, direction: DESC }) { startDate } }',
    );
    const dates = events.map((e) => e.startDate);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  });

  it('pages meetings newest first, and decisions last meeting first, with cursors of that order', async () => {
    type Page = { edges: { cursor: string; node: { number: number; startDate: string } }[] };
    const all = await data<{ meetings: Page }>(
      '{ meetings(first: 100, orderBy: { field: START_DATE, direction: DESC }) { edges { cursor node { number startDate } } } }',
    );
    const dates = all.meetings.edges.map((e) => e.node.startDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const cursor = all.meetings.edges[2]?.cursor;
    const next = await data<{ meetings: Page }>(
      `{ meetings(first: 3, after: "${cursor}", orderBy: { field: START_DATE, direction: DESC }) { edges { node { number } } } }`,
    );
    expect(next.meetings.edges.map((e) => e.node.number)).toEqual(
      all.meetings.edges.slice(3, 6).map((e) => e.node.number),
    );
    const other = await query(`{ meetings(first: 3, after: "${cursor}") { edges { cursor } } }`);
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    const { decisions } = await data<{
      decisions: { edges: { node: { meeting: { number: number } } }[] };
    }>(
      '{ decisions(first: 5, orderBy: { direction: DESC }) { edges { node { meeting { number } } } } }',
    );
    const numbers = decisions.edges.map((e) => e.node.meeting.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it('pages through decisions last first, in small pages, to the reverse of the usual order', async () => {
    type Page = {
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string } }[];
    };
    const walk = async (order: string, size: number) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const result: { decisions: Page } = await data(
          `query ($after: String) { decisions(first: ${size}, after: $after ${order}) {
            pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { after },
        );
        ids.push(...result.decisions.edges.map((e) => e.node.id));
        if (!result.decisions.pageInfo.hasNextPage) break;
        after = result.decisions.pageInfo.endCursor;
      }
      return ids;
    };
    const forward = await walk('', 100);
    expect(await walk(', orderBy: { direction: DESC }', 4)).toEqual([...forward].reverse());
  });
});

describe('the order of nested lists', () => {
  it("lists related things by name, a meeting's decisions and agenda in their order, whatever is selected", async () => {
    const { memberStates, meeting, agendaOf24 } = await data<{
      memberStates: { iso3: string; projects: { name: string }[]; bare: { slug: string }[] }[];
      meeting: { decisions: { id: string }[] };
      agendaOf24: { agenda: { number: string }[] };
    }>(`{ memberStates { iso3 projects { name } bare: projects { slug } }
          meeting(number: 23) { decisions { id } } agendaOf24: meeting(number: 24) { agenda { number } } }`);
    for (const state of memberStates) {
      const names = state.projects.map((p) => p.name);
      expect(names, state.iso3).toEqual([...names].sort());
    }
    // Without the name selected, the same order.
    const { memberStates: withNames } = await data<{
      memberStates: { projects: { slug: string; name: string }[] }[];
    }>('{ memberStates { projects { slug name } } }');
    expect(memberStates.map((s) => s.bare.map((p) => p.slug))).toEqual(
      withNames.map((s) => s.projects.map((p) => p.slug)),
    );
    const { decisions } = await data<{
      decisions: { edges: { node: { id: string } }[] };
    }>('{ decisions(first: 100, fromYear: 2019, toYear: 2019) { edges { node { id } } } }');
    expect(meeting.decisions.map((d) => d.id)).toEqual(decisions.edges.map((e) => e.node.id));
    // The agenda as printed: 1, 2, 3, ... with sub-items after their item.
    const printed = agendaOf24.agenda.map((item) => item.number);
    expect(printed.length).toBeGreaterThan(3);
    expect(printed).toEqual(
      [...printed].sort(
        (a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b),
      ),
    );
  });
});

describe('objects named by key', () => {
  const { db } = seeded;

  it('finds a path and a neighbourhood by ISO code, acronym, meeting or slug', async () => {
    const { path, around } = await data<{
      path: { nodes: { __typename: string }[] };
      around: { nodes: { label: string; name: string }[] };
    }>(`{ path(from: "mng", to: "NEAMPAN", types: [HOSTED, MADE_AT, CONCERNS, ATTENDED, MEMBER_OF]) {
          nodes { __typename } }
        around: neighbourhood(id: "SOM 18") { nodes { label name } } }`);
    expect(path.nodes[0]?.__typename).toBe('MemberState');
    expect(path.nodes.at(-1)?.__typename).toBe('Network');
    expect(around.nodes[0]).toMatchObject({ label: 'Meeting' });
  });

  it('follows only the relationship types asked for', async () => {
    const { path } = await data<{ path: null | { relationships: { type: string }[] } }>(
      '{ path(from: "MNG", to: "NEAMPAN", types: [PART_OF]) { relationships { type } } }',
    );
    expect(path).toBeNull();
  });

  it('refuses a key that names nothing or several things, listing candidates', async () => {
    const unknown = await query('{ path(from: "leopard", to: "NEAMPAN") { length } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'from',
    });
    expect(unknown.errors?.[0]?.message).toMatch(
      /nothing has the key or name "leopard"; did you mean .*amur-leopard/,
    );
    const twin = {
      label: 'Place' as const,
      id: 'mng',
      properties: { id: 'mng', name: 'A place named like Mongolia' },
    };
    await db.writeTransaction((run) => run(statements.write.createNodes, { nodes: [twin] }));
    try {
      const twice = await query('{ neighbourhood(id: "mng") { truncated } }');
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'id',
      });
      expect(twice.errors?.[0]?.message).toMatch(
        /"mng" names 2 objects: .*MemberState "MNG".*Place "mng"|"mng" names 2 objects: .*Place "mng".*MemberState "MNG"/,
      );
    } finally {
      await db.writeTransaction((run) => run(statements.write.deleteNodes, { ids: ['mng'] }));
    }
  });
});

describe('objects named by their exact name', () => {
  const { db } = seeded;
  it('takes a name that names one object, and refuses one that names several, listing them', async () => {
    const { path } = await data<{ path: { nodes: { id: string }[] } | null }>(
      '{ path(from: "Mongolia", to: "NEAMPAN") { nodes { id } } }',
    );
    expect(path?.nodes[0]?.id).toBe(
      (await data<{ memberState: { id: string } }>('{ memberState(iso3: "MNG") { id } }'))
        .memberState.id,
    );
    const drawn = await data<{ neighbourhood: { nodes: { name: string }[] } }>(
      '{ neighbourhood(id: "Mongolia") { nodes { name } } }',
    );
    expect(drawn.neighbourhood.nodes[0]?.name).toBe('Mongolia');
    const twin = {
      label: 'Place' as const,
      id: 'mongolia-place',
      properties: { id: 'mongolia-place', name: 'Mongolia' },
    };
    await db.writeTransaction((run) => run(statements.write.createNodes, { nodes: [twin] }));
    try {
      const twice = await query('{ path(from: "Mongolia", to: "NEAMPAN") { length } }');
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'from',
      });
      expect(twice.errors?.[0]?.message).toMatch(/"Mongolia" names 2 objects: /);
      expect(twice.errors?.[0]?.message).toMatch(/MemberState "MNG"/);
      expect(twice.errors?.[0]?.message).toMatch(/Place "mongolia-place"/);
    } finally {
      await db.writeTransaction((run) =>
        run(statements.write.deleteNodes, { ids: ['mongolia-place'] }),
      );
    }
  });
});

describe('series for charts', () => {
  it('gives every year from the first to the last, and cross-tabs that add up', async () => {
    const { stats } = await data<{
      stats: {
        decisionsByYear: { year: number; count: number }[];
        decisionsByYearAndKind: { year: number; kind: string; count: number }[];
        decisionsByProgrammeAndYear: { programme: { slug: string }; year: number; count: number }[];
      };
    }>(`{ stats { decisionsByYear { year count } decisionsByYearAndKind { year kind count }
        decisionsByProgrammeAndYear { programme { slug } year count } } }`);
    const years = stats.decisionsByYear.map((row) => row.year);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => (years[0] as number) + i));
    expect(stats.decisionsByYear.some((row) => row.count === 0)).toBe(true);
    for (const { year, count } of stats.decisionsByYear) {
      const byKind = stats.decisionsByYearAndKind.filter((row) => row.year === year);
      expect(
        byKind.reduce((sum, row) => sum + row.count, 0),
        String(year),
      ).toBe(count);
    }
    const kinds = new Set(stats.decisionsByYearAndKind.map((row) => row.kind));
    expect(stats.decisionsByYearAndKind).toHaveLength(years.length * kinds.size);
    const programmes = new Set(stats.decisionsByProgrammeAndYear.map((row) => row.programme.slug));
    expect(stats.decisionsByProgrammeAndYear).toHaveLength(years.length * programmes.size);
  });
});
