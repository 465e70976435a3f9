import { describe, expect, it } from 'vitest';
import { seededGraph } from '../support/seeded.ts';

const { query } = seededGraph();

/** The data of a query that must succeed. */
async function data<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await query(text, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

interface Hit {
  node: { __typename: string; number?: number; acronym?: string; slug?: string; name?: string };
}

/** The first hit of a search, as a dashboard shows it. */
async function firstHit(text: string): Promise<Hit['node'] | undefined> {
  const { search } = await data<{ search: Hit[] }>(
    `query ($text: String!) { search(text: $text, first: 5) { node { __typename
      ... on Meeting { number } ... on Network { acronym } ... on Programme { slug }
      ... on Entity { name } } } }`,
    { text },
  );
  return search[0]?.node;
}

describe('the hosts the sources state', () => {
  it('meetingsByHost counts the meetings a source says each State hosted, and no others', async () => {
    const { stats } = await data<{
      stats: { meetingsByHost: { state: { iso3: string }; count: number }[] };
    }>('{ stats { meetingsByHost { state { iso3 } count } } }');
    expect(stats.meetingsByHost).toEqual([
      { state: { iso3: 'KOR' }, count: 2 },
      { state: { iso3: 'MNG' }, count: 2 },
      { state: { iso3: 'RUS' }, count: 2 },
      { state: { iso3: 'CHN' }, count: 1 },
      { state: { iso3: 'JPN' }, count: 1 },
    ]);
  });

  it('each host is the one its page names, with the hosting body in its evidence', async () => {
    const { meetings } = await data<{
      meetings: { edges: { node: { number: number; hostState: { iso3: string } | null } }[] };
    }>('{ meetings(first: 30) { edges { node { number hostState { iso3 } } } } }');
    const hosts = Object.fromEntries(
      meetings.edges
        .filter((e) => e.node.hostState !== null)
        .map((e) => [e.node.number, e.node.hostState?.iso3]),
    );
    expect(hosts).toEqual({
      3: 'MNG',
      5: 'JPN',
      19: 'RUS',
      21: 'KOR',
      22: 'CHN',
      23: 'MNG',
      24: 'RUS',
      26: 'KOR',
    });
    const { meeting } = await data<{
      meeting: { relationships: { evidence: { note: string | null }[] }[] };
    }>(
      '{ meeting(number: 19) { relationships(types: [HOSTED], direction: IN) { evidence { note } } } }',
    );
    expect(meeting.relationships[0]?.evidence[0]?.note).toContain(
      'hosted by the Ministry of Natural Resources and Environment of the Russian Federation',
    );
  });

  it('SOM-18 has no host: no source says who hosted it', async () => {
    const { meeting } = await data<{ meeting: { hostState: unknown; city: { name: string } } }>(
      '{ meeting(number: 18) { hostState { iso3 } city { name } } }',
    );
    expect(meeting).toEqual({ hostState: null, city: { name: 'Ulaanbaatar' } });
  });
});

describe('places', () => {
  it('every city the sources name with its country has its State', async () => {
    const { places } = await data<{
      places: { slug: string; kind: string; state: { iso3: string } | null }[];
    }>('{ places { slug kind state { iso3 } } }');
    const cities = Object.fromEntries(
      places.filter((p) => p.kind === 'CITY').map((p) => [p.slug, p.state?.iso3 ?? null]),
    );
    expect(cities).toEqual({
      bangkok: null,
      beijing: 'CHN',
      busan: 'KOR',
      changwon: 'KOR',
      chengdu: 'CHN',
      erenhot: 'CHN',
      harbin: 'CHN',
      hunchun: null,
      incheon: 'KOR',
      kobe: null,
      moscow: 'RUS',
      naha: null,
      seoul: 'KOR',
      'st-petersburg': 'RUS',
      tokyo: 'JPN',
      toyama: 'JPN',
      ulaanbaatar: 'MNG',
      yokohama: 'JPN',
      'zamyn-uud': 'MNG',
      zhoushan: 'CHN',
    });
  });
});

describe('agendas and documents', () => {
  it('each source carries its date as precisely as the page gives it: a day, a month or none', async () => {
    const { meeting } = await data<{
      meeting: { sources: { url: string; date: string | null }[] };
    }>('{ meeting(number: 1) { sources { url date } } }');
    const dates = Object.fromEntries(meeting.sources.map((s) => [s.url, s.date]));
    expect(dates['https://www.hankookilbo.com/News/Read/199210110056887262']).toBe('1992-10-11');
    expect(dates['https://www.joongang.co.kr/article/2753357']).toBe('1992');
    expect(dates['http://neaspec.org/SOM?qt-view__som_key_outcomes_of_soms__page_1=2']).toBeNull();
  });

  it('SOM-17 has the lettered items its programme prints, each reviewing the programme area its title names, and the paper submitted to it', async () => {
    const { meeting } = await data<{
      meeting: {
        agenda: { number: string; title: string; reviews: { slug: string }[] }[];
        sources: { title: string; kind: string }[];
      };
    }>(
      '{ meeting(number: 17) { agenda { number title reviews { slug } } sources { title kind } } }',
    );
    expect(
      meeting.agenda.map(({ number, reviews }) => [number, reviews.map((r) => r.slug)]),
    ).toEqual([
      ['a', ['nature-conservation']],
      ['b', ['air-pollution']],
      ['c', ['desertification-land-degradation']],
      ['d', ['eco-efficiency']],
      ['e', []],
    ]);
    expect(meeting.agenda[4]?.title).toBe('Marine Environment');
    expect(meeting.sources).toContainEqual({
      title: 'Subregional Cooperation for Strengthening Marine Protected Areas in North-East Asia',
      kind: 'DOCUMENT',
    });
  });
});

describe('NEAMPAN', () => {
  it('counts the sites each member State nominated, as the overview page does: 6, 1, 3 and 2 of 12', async () => {
    const { network } = await data<{
      network: { relationships: { from: { iso3: string }; sites: number | null }[] };
    }>(`{ network(acronym: "NEAMPAN") {
      relationships(types: [MEMBER_OF], direction: IN) { from { ... on MemberState { iso3 } } sites } } }`);
    const sites = Object.fromEntries(network.relationships.map((r) => [r.from.iso3, r.sites]));
    expect(sites).toEqual({ CHN: 6, JPN: 1, KOR: 3, RUS: 2 });
  });

  it('covers the seas of five States, the DPRK among them, while four nominated sites: each answer has its evidence', async () => {
    interface Link {
      from: { iso3?: string; acronym?: string };
      to: { iso3?: string; acronym?: string };
      evidence: { source: { url: string }; quote: string | null; note: string | null }[];
    }
    const { network } = await data<{
      network: {
        coveredStates: { iso3: string }[];
        memberStates: { iso3: string }[];
        covers: Link[];
        members: Link[];
      };
    }>(`{ network(acronym: "NEAMPAN") {
      coveredStates { iso3 } memberStates { iso3 }
      covers: relationships(types: [COVERS], direction: OUT) { ...link }
      members: relationships(types: [MEMBER_OF], direction: IN) { ...link } } }
      fragment link on Relationship { from { ... on MemberState { iso3 } ... on Network { acronym } }
        to { ... on MemberState { iso3 } ... on Network { acronym } }
        evidence { source { url } quote note } }`);
    const iso3s = (states: { iso3: string }[]) => states.map((s) => s.iso3).sort();
    expect(iso3s(network.coveredStates)).toEqual(['CHN', 'JPN', 'KOR', 'PRK', 'RUS']);
    expect(iso3s(network.memberStates)).toEqual(['CHN', 'JPN', 'KOR', 'RUS']);
    for (const link of network.covers) {
      expect(link.from).toEqual({ acronym: 'NEAMPAN' });
      expect(link.evidence).toContainEqual({
        source: { url: 'https://neaspec.org/article/18th-senior-officials-meeting' },
        quote: expect.stringContaining("Democratic People's Republic of Korea"),
        note: null,
      });
    }
    for (const link of network.members)
      expect(link.evidence.map((e) => e.source.url)).toContain(
        'https://neaspec.org/our-work/marine-protected-areas/overview',
      );
    const { memberState } = await data<{
      memberState: { networks: unknown[]; coveringNetworks: { acronym: string }[] };
    }>('{ memberState(iso3: "PRK") { networks { acronym } coveringNetworks { acronym } } }');
    expect(memberState).toEqual({ networks: [], coveringNetworks: [{ acronym: 'NEAMPAN' }] });
  });
});

describe('finding things by the names people use', () => {
  it.each(['SOM-18', 'SOM 18', 'som-18', '18th Senior Officials Meeting'])(
    '"%s" ranks SOM-18 first',
    async (text) => {
      expect(await firstHit(text)).toMatchObject({ __typename: 'Meeting', number: 18 });
    },
  );

  it.each([
    ['SOM-2', 2],
    ['SOM 23', 23],
    ['Twenty-fifth Senior Officials Meeting', 25],
  ])('"%s" ranks that meeting first', async (text, number) => {
    expect(await firstHit(text)).toMatchObject({ __typename: 'Meeting', number });
  });

  it.each([
    ['NEAMPAN', 'NEAMPAN'],
    ['Marine Protected Areas Network', 'NEAMPAN'],
    ['Clean Air Partnership', 'NEACAP'],
    ['Low Carbon City Platform', 'NEA-LCCP'],
  ])('"%s" ranks the network %s first', async (text, acronym) => {
    expect(await firstHit(text)).toMatchObject({ __typename: 'Network', acronym });
  });

  it.each([
    ['Transboundary Air Pollution', 'air-pollution'],
    ['Biodiversity and Nature Conservation', 'nature-conservation'],
    ['Desertification and Land Degradation', 'desertification-land-degradation'],
  ])('"%s" ranks the programme %s first', async (text, slug) => {
    expect(await firstHit(text)).toMatchObject({ __typename: 'Programme', slug });
  });
});

describe('publications, people in public roles and funding', () => {
  it('a publication answers its year, publisher and what it reports on, and the programme area lists it', async () => {
    const { publications, programme } = await data<{
      publications: { slug: string; title: string; year: number; reference: string }[];
      programme: { publications: { slug: string }[] };
    }>(`{ publications { slug title year reference programmes { slug } }
         programme(slug: "nature-conservation") { publications { slug } } }`);
    expect(publications).toContainEqual({
      slug: 'saving-the-flagship-species',
      title: 'Saving the Flagship Species of North-East Asia',
      year: 2007,
      reference: 'ST/ESCAP/2495',
      programmes: [{ slug: 'nature-conservation' }],
    });
    expect(programme.publications).toContainEqual({ slug: 'saving-the-flagship-species' });
  });

  it('a person answers the role held, with its title and date, and the meeting chaired; search finds the person', async () => {
    const { memberState, meeting } = await data<{
      memberState: { people: { name: string; relationships: { role: string; date: string }[] }[] };
      meeting: { people: { slug: string }[] };
    }>(`{ memberState(iso3: "KOR") { people { name relationships(types: [HELD_ROLE]) { role date } } }
         meeting(number: 26) { people { slug } } }`);
    expect(memberState.people).toContainEqual({
      name: 'Yun Hyunsoo',
      relationships: [
        {
          role: 'Director-General for Climate, Environment and Science Diplomacy, Ministry of Foreign Affairs',
          date: '2023-11-23',
        },
      ],
    });
    expect(meeting.people).toContainEqual({ slug: 'yun-hyunsoo' });
    expect(await firstHit('Yun Hyunsoo')).toMatchObject({
      __typename: 'Person',
      name: 'Yun Hyunsoo',
    });
  });

  it('a project answers who funded it, and each funding its amount and currency as stated', async () => {
    const { project } = await data<{
      project: {
        funders: { __typename: string; name: string }[];
        relationships: { amount: number; currency: string; from: { name: string } }[];
      };
    }>(`{ project(slug: "coal-fired-power-plants") {
           funders { __typename ... on Entity { name } }
           relationships(types: [FUNDED], direction: IN) { amount currency from { name } } } }`);
    expect(project.funders.map((f) => f.__typename).sort()).toEqual([
      'MemberState',
      'MemberState',
      'Organisation',
      'Organisation',
    ]);
    const amounts = project.relationships.map((r) => r.amount).sort((a, b) => b - a);
    expect(amounts).toEqual([900000, 100000, 100000, 100000]);
    expect(new Set(project.relationships.map((r) => r.currency))).toEqual(new Set(['$']));
  });
});

describe('participation', () => {
  interface Row {
    state: { iso3: string };
    target: { acronym?: string; slug?: string };
    kind: string;
    role: string | null;
    evidence: { note: string | null }[];
  }
  const rows = async () =>
    (
      await data<{ participation: Row[] }>(`{ participation {
        state { iso3 } target { ... on Network { acronym } ... on Project { slug } }
        kind role evidence { note } } }`)
    ).participation;

  it('answers who takes part in NEACAP and how, each with its evidence', async () => {
    const neacap = (await rows()).filter(
      (row) => row.kind === 'MEMBER_OF' && row.target.acronym === 'NEACAP',
    );
    const composed = 'composed its Science and Policy Committee and technical centres';
    expect(neacap.map((row) => [row.state.iso3, row.role]).sort()).toEqual([
      ['CHN', composed],
      ['JPN', composed],
      [
        'KOR',
        `${composed}; announced it would host the first Science and Policy Committee meeting`,
      ],
      ['MNG', composed],
      ['RUS', composed],
    ]);
    for (const row of neacap)
      expect(row.evidence.map((e) => e.note).join(' ')).toContain('other than the DPRK');
  });

  it('keeps every way a State takes part in a project: the Russian Federation funds the big-cats project and is in its cross-border components', async () => {
    const russia = (await rows()).find(
      (row) =>
        row.state.iso3 === 'RUS' &&
        row.target.slug === 'amur-tiger-leopard-snow-leopard-conservation',
    );
    expect(russia?.role).toBe('funder; a cross-border component');
    expect(russia?.evidence.map((e) => e.note)).toEqual(
      expect.arrayContaining([
        'The project is funded by the Russian Federation.',
        expect.stringContaining('between China and Russia and between Mongolia and Russia'),
      ]),
    );
  });
});

describe('organisations: when they were set up', () => {
  it('answers the date a source gives, as precisely as it gives it, and null where none does', async () => {
    const { organisations } = await data<{
      organisations: { slug: string; name: string; established: string | null }[];
    }>('{ organisations { slug name established } }');
    const of = (slug: string) => organisations.find((o) => o.slug === slug);
    const [enea, nowpap, craes] = [of('escap-enea'), of('nowpap'), of('craes')];
    expect(enea?.established).toBe('2010-05-17');
    expect(nowpap).toMatchObject({ name: 'Northwest Pacific Action Plan', established: '1994-09' });
    expect(craes?.established).toBeNull();
  });
});
