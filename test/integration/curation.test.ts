import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { dataDir } from '../../src/paths.ts';
import { encodeId } from '../../src/schema/ids.ts';
import {
  editorSecurity,
  expiredToken,
  foreignToken,
  send,
  signedToken,
  testSecret,
  token,
  unsignedToken,
} from '../support/auth.ts';
import { securityWith, testApp } from '../support/database.ts';
import { copyDataset, editYaml, snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

const upsertMeeting = `mutation ($input: MeetingInput!) {
  upsertMeeting(input: $input) {
    __typename
    ... on Meeting { id number title startDate city { slug } hostState { iso3 } evidence { note } }
    ... on InvalidInputError { message problems { field message } }
  }
}`;

const recordDecision = `mutation ($input: DecisionInput!) {
  recordDecision(input: $input) {
    __typename
    ... on Decision { id kind summary meeting { number } proposedBy { iso3 } subjects { ... on Entity { name } } }
    ... on InvalidInputError { problems { field message } }
  }
}`;

const membership = (
  action: 'add' | 'remove',
) => `mutation ($input: ${action === 'add' ? 'Add' : 'Remove'}MemberOfInput!) {
  ${action}MemberOf(input: $input) {
    __typename
    ${action === 'add' ? '... on Relationship { from { ... on MemberState { iso3 networks { acronym } } } }' : '... on RemovedRelationship { type }'}
    ... on InvalidInputError { problems { field message } }
    ${action === 'remove' ? '... on NotFoundError { message }' : ''}
  }
}`;

const participation = `mutation ($input: AddParticipatesInInput!) {
  addParticipatesIn(input: $input) {
    __typename
    ... on Relationship { from { ... on MemberState { iso3 projects { slug } } } }
    ... on InvalidInputError { problems { field message } }
  }
}`;

/** The input of a relationship mutation from a member State to a network or project. */
const stateTo = (
  state: string,
  far: 'Network' | 'Project',
  target: string,
  evidence?: readonly object[],
) => ({
  from: encodeId('MemberState', state),
  to: encodeId(far, target),
  ...(evidence === undefined ? {} : { evidence }),
});

/** The problems of a mutation's InvalidInputError. */
const problemsOf = (
  result: { data?: Record<string, Record<string, unknown> | null> | null },
  field: string,
) => result.data?.[field]?.problems;

const som99 = {
  number: 99,
  title: '99th Senior Officials Meeting (test)',
  startDate: '2031-05-06',
  endDate: '2031-05-07',
  city: 'ulaanbaatar',
  host: 'MNG',
  evidence: [{ source: 'neaspec-som-outcomes', note: 'A meeting made up by the test suite.' }],
};

describe('curation with an editor token', () => {
  it('creates a meeting, then replaces it, keeping who wrote it', async () => {
    const editor = await token();
    const created = await send(app, upsertMeeting, { input: som99 }, editor);
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertMeeting).toMatchObject({
      __typename: 'Meeting',
      number: 99,
      city: { slug: 'ulaanbaatar' },
      hostState: { iso3: 'MNG' },
    });
    const moved = await send(
      app,
      upsertMeeting,
      { input: { ...som99, city: 'seoul', host: 'KOR' } },
      editor,
    );
    expect(moved.data?.upsertMeeting).toMatchObject({
      city: { slug: 'seoul' },
      hostState: { iso3: 'KOR' },
    });
    const nodes = (await snapshot(db)).nodes.filter((node) => node.includes('"id":"som-99"'));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toContain('"origin":"curation"');
    expect(nodes[0]).toContain('"curatedBy":"test-curator"');
    const { data } = await send(
      app,
      '{ meeting(number: 99) { city { slug } hostState { iso3 } } mng: memberState(iso3: "MNG") { hostedMeetings { number } } }',
      {},
    );
    expect(data?.meeting).toEqual({ city: { slug: 'seoul' }, hostState: { iso3: 'KOR' } });
    expect(data?.mng).toEqual({ hostedMeetings: [{ number: 3 }, { number: 23 }] });
  });

  it("changes only what it is given of a dataset's meeting: its host, city, summary and evidence stay", async () => {
    const editor = await token();
    const som19 = `{ meeting(number: 19) {
      title startDate endDate summary city { slug } hostState { iso3 }
      evidence { source { id } quote note }
    } }`;
    const before = (await send(app, som19, {})).data?.meeting as Record<string, unknown>;
    expect(before.city).not.toBeNull();
    expect(before.hostState).not.toBeNull();
    const note = { source: 'neaspec-som-outcomes', note: 'The title as the test suite writes it.' };
    const renamed = await send(
      app,
      upsertMeeting,
      {
        input: {
          number: 19,
          title: 'Nineteenth Senior Officials Meeting (test)',
          startDate: before.startDate,
          endDate: before.endDate,
          evidence: [note],
        },
      },
      editor,
    );
    expect(renamed.data?.upsertMeeting).toMatchObject({ __typename: 'Meeting' });
    const after = (await send(app, som19, {})).data?.meeting as Record<string, unknown>;
    expect(after).toEqual({
      ...before,
      title: 'Nineteenth Senior Officials Meeting (test)',
      evidence: [
        ...(before.evidence as unknown[]),
        { source: { id: expect.any(String) }, quote: null, note: note.note },
      ],
    });
  });

  it('records a decision with its subjects, proposer and evidence, and deletes it', async () => {
    const editor = await token();
    await send(app, upsertMeeting, { input: som99 }, editor);
    const input = {
      meeting: 99,
      key: 'test-decision',
      kind: 'ENDORSED',
      summary: 'A decision made up by the test suite.',
      subjects: { networks: ['NEAMPAN'] },
      proposedBy: 'KOR',
      evidence: [
        {
          source: 'som-18-page',
          quote: 'the Meeting launched the North-East Asian Marine Protected Areas Network',
        },
      ],
    };
    const recorded = await send(app, recordDecision, { input }, editor);
    expect(recorded.data?.recordDecision).toMatchObject({
      __typename: 'Decision',
      kind: 'ENDORSED',
      meeting: { number: 99 },
      proposedBy: { iso3: 'KOR' },
      subjects: [{ name: 'North-East Asian Marine Protected Areas Network' }],
    });
    const { data } = await send(
      app,
      '{ decisions(network: "NEAMPAN", fromYear: 2031) { edges { node { summary } } } }',
      {},
    );
    expect(data?.decisions).toEqual({ edges: [{ node: { summary: input.summary } }] });

    const remove =
      'mutation ($id: ID!) { deleteDecision(id: $id) { __typename ... on DeletedNode { id } ... on NotFoundError { message } } }';
    const id = encodeId('Decision', 'som-99/test-decision');
    expect((await send(app, remove, { id }, editor)).data?.deleteDecision).toEqual({
      __typename: 'DeletedNode',
      id,
    });
    expect((await send(app, remove, { id }, editor)).data?.deleteDecision).toEqual({
      __typename: 'NotFoundError',
      message: 'There is no decision som-99/test-decision.',
    });
  });

  it('adds and removes a membership', async () => {
    const editor = await token();
    const evidence = [{ source: 'neacap-page', note: 'A membership made up by the test suite.' }];
    const added = await send(
      app,
      membership('add'),
      { input: stateTo('PRK', 'Network', 'NEACAP', evidence) },
      editor,
    );
    expect(added.data?.addMemberOf).toEqual({
      __typename: 'Relationship',
      from: { iso3: 'PRK', networks: [{ acronym: 'NEACAP' }] },
    });
    const removed = await send(
      app,
      membership('remove'),
      { input: stateTo('PRK', 'Network', 'NEACAP') },
      editor,
    );
    expect(removed.data?.removeMemberOf).toEqual({
      __typename: 'RemovedRelationship',
      type: 'MEMBER_OF',
    });
    const prk = await send(app, '{ memberState(iso3: "PRK") { networks { acronym } } }', {});
    expect(prk.data?.memberState?.networks).not.toContainEqual({ acronym: 'NEACAP' });
    const again = await send(
      app,
      membership('remove'),
      { input: stateTo('PRK', 'Network', 'NEACAP') },
      editor,
    );
    expect(again.data?.removeMemberOf).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('refuses what an import would refuse, with the same words, and writes nothing', async () => {
    const editor = await token();
    const before = await snapshot(db);
    const bad = {
      ...som99,
      number: 98,
      startDate: '2031-05-06',
      endDate: '2031-05-01',
      city: 'atlantis',
      evidence: [
        { source: 'som-18-page', quote: 'the Meeting launched NEACAP' },
        { source: 'som-18-report', note: 'no url' },
      ],
    };
    const result = await send(app, upsertMeeting, { input: bad }, editor);
    expect(result.data?.upsertMeeting).toMatchObject({ __typename: 'InvalidInputError' });
    expect(problemsOf(result, 'upsertMeeting')).toEqual([
      { field: 'input.endDate', message: '2031-05-01 is before startDate 2031-05-06' },
      { field: 'input.city', message: 'unknown place "atlantis"' },
      { field: 'input.evidence[0].quote', message: 'not found in source som-18-page' },
      {
        field: 'input.evidence[1].note',
        message:
          'source som-18-report has neither a url nor a reference for a reader to check the note',
      },
    ]);
    const noEvidence = await send(
      app,
      membership('add'),
      { input: stateTo('XXX', 'Network', 'NEACAP', []) },
      editor,
    );
    expect(problemsOf(noEvidence, 'addMemberOf')).toEqual([
      {
        field: 'input.evidence',
        message: 'evidence is required: at least one source with a quote or a note',
      },
    ]);
    const unknown = await send(
      app,
      membership('add'),
      { input: stateTo('XXX', 'Network', 'NEACAP', som99.evidence) },
      editor,
    );
    expect(problemsOf(unknown, 'addMemberOf')).toEqual([
      { field: 'input.from', message: 'unknown member state "XXX"' },
    ]);
    const wrongKind = await send(
      app,
      recordDecision,
      {
        input: {
          meeting: 18,
          key: 'x',
          kind: 'NOTED',
          summary: 'x',
          subjects: { networks: ['amur-tiger'] },
          evidence: som99.evidence,
        },
      },
      editor,
    );
    expect(problemsOf(wrongKind, 'recordDecision')).toEqual([
      { field: 'input.subjects.networks[0]', message: '"amur-tiger" is a species, not a network' },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses text too long for the graph and quotes too short to be evidence, naming the field', async () => {
    const editor = await token();
    const before = await snapshot(db);
    const decision = {
      meeting: 18,
      key: 'k'.repeat(9_000),
      kind: 'NOTED',
      summary: 'x'.repeat(60_000),
      subjects: { networks: ['NEAMPAN'] },
      evidence: [
        { source: 'som-18-page', quote: 'e' },
        { source: 'som-18-page', quote: 'Ulaanbaatar,' },
        { source: 'som-18-page', quote: 'the Meeting '.repeat(2_500) },
        { source: 'neacap-page', note: 'n'.repeat(5_000) },
      ],
    };
    const result = await send(app, recordDecision, { input: decision }, editor);
    expect(result.errors).toBeUndefined();
    expect(problemsOf(result, 'recordDecision')).toEqual([
      { field: 'input.key', message: 'at most 100 characters, got 9000' },
      { field: 'input.summary', message: 'at most 2000 characters, got 60000' },
      {
        field: 'input.evidence[0].quote',
        message: 'a quote is a phrase: at least 2 words and 10 characters',
      },
      {
        field: 'input.evidence[1].quote',
        message: 'a quote is a phrase: at least 2 words and 10 characters',
      },
      { field: 'input.evidence[2].quote', message: 'at most 1000 characters, got 29999' },
      { field: 'input.evidence[3].note', message: 'at most 1000 characters, got 5000' },
    ]);
    const meeting = await send(
      app,
      upsertMeeting,
      {
        input: {
          ...som99,
          title: 't'.repeat(301),
          evidence: [{ source: 'x'.repeat(101), note: 'A note.' }],
        },
      },
      editor,
    );
    expect(problemsOf(meeting, 'upsertMeeting')).toEqual([
      { field: 'input.title', message: 'at most 300 characters, got 301' },
      { field: 'input.evidence[0].source', message: 'at most 100 characters, got 101' },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a meeting whose id another kind of entry holds, and removes nothing', async () => {
    const dir = await copyDataset();
    await editYaml(dir, 'species.yaml', (file) => {
      file.species.push({ ...file.species[0], slug: 'som-96', commonName: 'A species' });
    });
    await importDataset(db, dir);
    const before = await snapshot(db);
    const result = await send(
      app,
      upsertMeeting,
      { input: { ...som99, number: 96 } },
      await token(),
    );
    expect(problemsOf(result, 'upsertMeeting')).toEqual([
      { field: 'input.number', message: '"som-96" is already the id of Species, not of a meeting' },
    ]);
    expect(await snapshot(db)).toEqual(before);
    await importDataset(db, dataDir);
    await rm(dir, { recursive: true, force: true });
  });

  it('survives an import of the dataset, and goes with an import that replaces the graph', async () => {
    await send(app, upsertMeeting, { input: som99 }, await token());
    await importDataset(db, dataDir);
    expect((await send(app, '{ meeting(number: 99) { number } }', {})).data?.meeting).toEqual({
      number: 99,
    });
    await importDataset(db, dataDir, { replace: true });
    expect((await send(app, '{ meeting(number: 99) { number } }', {})).data?.meeting).toBeNull();
  });

  it('keeps the relationships curators added between dataset nodes through an import', async () => {
    const editor = await token();
    const evidence = [{ source: 'neacap-page', note: 'A fact made up by the test suite.' }];
    const decision = {
      meeting: 18,
      key: 'curated-decision',
      kind: 'NOTED',
      summary: 'A decision made up by the test suite.',
      subjects: { networks: ['NEAMPAN'] },
      proposedBy: 'KOR',
      evidence,
    };
    expect((await send(app, recordDecision, { input: decision }, editor)).errors).toBeUndefined();
    await send(
      app,
      membership('add'),
      { input: stateTo('PRK', 'Network', 'NEACAP', evidence) },
      editor,
    );
    await send(
      app,
      participation,
      { input: stateTo('PRK', 'Project', 'migratory-bird-habitats', evidence) },
      editor,
    );
    const read = `{
      decision: node(id: "${encodeId('Decision', 'som-18/curated-decision')}") {
        ... on Decision { meeting { number } subjects { ... on Network { acronym } } proposedBy { iso3 } }
      }
      prk: memberState(iso3: "PRK") { networks { acronym } projects { slug } }
    }`;
    const curated = await send(app, read, {});
    expect(curated.errors).toBeUndefined();

    const report = await importDataset(db, dataDir);
    const afterImport = await send(app, read, {});
    expect(afterImport.errors).toBeUndefined();
    expect(afterImport.data).toEqual(curated.data);
    expect(report.change.relationships.remove).toEqual([]);
    const prk = curated.data?.prk as {
      networks: { acronym: string }[];
      projects: { slug: string }[];
    };
    expect(curated.data?.decision).toEqual({
      meeting: { number: 18 },
      subjects: [{ acronym: 'NEAMPAN' }],
      proposedBy: { iso3: 'KOR' },
    });
    expect(prk.networks).toContainEqual({ acronym: 'NEACAP' });
    expect(prk.projects).toContainEqual({ slug: 'migratory-bird-habitats' });

    await importDataset(db, dataDir, { replace: true });
    const replaced = (await send(app, read, {})).data;
    expect(replaced?.decision).toBeNull();
    expect(replaced?.prk).toEqual({
      networks: prk.networks.filter(({ acronym }) => acronym !== 'NEACAP'),
      projects: prk.projects.filter(({ slug }) => slug !== 'migratory-bird-habitats'),
    });
  });

  it('refuses an import that would delete a curated relationship with a node gone from the files, naming it', async () => {
    const evidence = [
      { source: 'dss-master-plan-report', note: 'A fact made up by the test suite.' },
    ];
    const input = stateTo('PRK', 'Project', 'dss-regional-master-plan', evidence);
    const added = await send(app, participation, { input }, await token());
    expect(added.data?.addParticipatesIn).toMatchObject({ __typename: 'Relationship' });
    const dir = await copyDataset();
    await editYaml(dir, 'projects.yaml', (file) => {
      file.projects = file.projects.filter(
        (project: { slug: string }) => project.slug !== 'dss-regional-master-plan',
      );
    });
    // What the files say of the project goes with it: its funding and the report on it.
    await editYaml(dir, 'funding.yaml', (file) => {
      file.funding = file.funding.filter(
        (funding: { funded: string }) => funding.funded !== 'dss-regional-master-plan',
      );
    });
    await editYaml(dir, 'publications.yaml', (file) => {
      file.publications = file.publications.filter(
        (publication: { about?: { subjects: string[] }[] }) =>
          !publication.about?.some((group) => group.subjects.includes('dss-regional-master-plan')),
      );
    });
    const before = await snapshot(db);

    for (const dryRun of [true, false]) {
      const refused = await importDataset(db, dir, { dryRun }).then(
        () => undefined,
        (error: Error) => error,
      );
      expect(refused?.name).toBe('CuratedRelationshipsInTheWayError');
      expect(refused?.message).toContain(
        'PRK -[PARTICIPATES_IN]-> dss-regional-master-plan, added by test-curator: dss-regional-master-plan is no longer in the files',
      );
      expect(await snapshot(db)).toEqual(before);
    }

    const replaced = await importDataset(db, dir, { replace: true });
    expect(replaced.change.nodes.remove.map((node) => node.id)).toContain(
      'dss-regional-master-plan',
    );
    await importDataset(db, dataDir);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('who may write', () => {
  it.each([
    ['no token', async () => undefined, 401, 'UNAUTHENTICATED', /Mutations need an editor token/],
    ['an expired token', expiredToken, 401, 'UNAUTHENTICATED', /the token has expired/],
    [
      'a token signed with another key',
      foreignToken,
      401,
      'UNAUTHENTICATED',
      /not signed with a key this service trusts/,
    ],
    [
      'an unsigned token',
      async () => unsignedToken(),
      401,
      'UNAUTHENTICATED',
      /algorithm is not accepted|malformed/,
    ],
    ['garbage', async () => 'not-a-jwt', 401, 'UNAUTHENTICATED', /the token is malformed/],
    [
      'a subject that is a number',
      () => signedToken({ sub: 42 }),
      401,
      'UNAUTHENTICATED',
      /the token's sub claim is not accepted/,
    ],
    [
      'a subject that is an object',
      () => signedToken({ sub: {} }),
      401,
      'UNAUTHENTICATED',
      /the token's sub claim is not accepted/,
    ],
    [
      'an empty subject',
      () => signedToken({ sub: '' }),
      401,
      'UNAUTHENTICATED',
      /the token's sub claim is not accepted/,
    ],
    [
      'a token issued in the future',
      () => signedToken({ sub: 'early', iat: Math.floor(Date.now() / 1000) + 3600 }),
      401,
      'UNAUTHENTICATED',
      /the token's iat claim is not accepted/,
    ],
    [
      'a token that expires in a thousand billion years',
      () => signedToken({ sub: 'forever', exp: 1e20 }),
      401,
      'UNAUTHENTICATED',
      /the token's exp claim is not accepted/,
    ],
    [
      'a token without the editor role',
      () => token(['reader']),
      403,
      'FORBIDDEN',
      /need the "editor" role/,
    ],
  ])(
    'refuses a mutation with %s, and changes nothing',
    async (_name, bearer, status, code, message) => {
      const before = await snapshot(db);
      const result = await send(
        app,
        upsertMeeting,
        { input: { ...som99, number: 97 } },
        await bearer(),
      );
      expect(result.status).toBe(status);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it('lets anyone read, but refuses a read that comes with a bad token', async () => {
    expect((await send(app, '{ memberStates { iso3 } }', {})).errors).toBeUndefined();
    const bad = await send(app, '{ memberStates { iso3 } }', {}, await expiredToken());
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0]?.message).toBe('Not authenticated: the token has expired.');
  });

  it("reads past an Authorization header of another scheme, such as a proxy's Basic", async () => {
    const basic = `Basic ${Buffer.from('proxy:secret').toString('base64')}`;
    const post = (query: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: basic },
        body: JSON.stringify({ query }),
      });
    const read = await post('{ memberState(iso3: "MNG") { iso3 } }');
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ data: { memberState: { iso3: 'MNG' } } });
    const write = await post('mutation { deleteDecision(id: "x") { __typename } }');
    expect(write.status).toBe(401);
    expect(JSON.stringify(await write.json())).toMatch(/Mutations need an editor token/);
  });

  it('closes reads when configured to, before telling anonymous callers anything of the schema', async () => {
    const closed = testApp(
      db,
      () => true,
      securityWith({ AUTH_JWT_SECRET: testSecret, AUTH_READS: 'token' }),
    );
    const misspelled = await send(closed, '{ memberStats { iso3 } }', {});
    expect(misspelled.status).toBe(401);
    expect(JSON.stringify(misspelled.errors)).not.toMatch(/Did you mean|memberStat/);
  });

  it('closes reads when configured to', async () => {
    const closed = testApp(
      db,
      () => true,
      securityWith({
        AUTH_JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
        AUTH_READS: 'token',
      }),
    );
    expect((await send(closed, '{ memberStates { iso3 } }', {})).status).toBe(401);
    expect(
      (await send(closed, '{ memberStates { iso3 } }', {}, await token(['reader']))).errors,
    ).toBeUndefined();
  });

  it('refuses every mutation when no key is configured', async () => {
    const open = testApp(db);
    const result = await send(open, upsertMeeting, { input: som99 }, await token());
    expect(result.status).toBe(401);
    const unsigned = await send(open, upsertMeeting, { input: som99 });
    expect(unsigned.status).toBe(403);
    expect(unsigned.errors?.[0]?.message).toBe('Curation is not enabled on this server.');
  });
});
