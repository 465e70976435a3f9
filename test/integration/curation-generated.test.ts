import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/schema/ids.ts';
import { editorSecurity, send, token } from '../support/auth.ts';
import { snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

const quote = 'the Meeting launched the North-East Asian Marine Protected Areas Network';
const evidence = [{ source: 'som-18-page', quote }];
const note = [{ source: 'neaspec-som-outcomes', note: 'Written by the test suite.' }];

const mutate = async (query: string, variables: Record<string, unknown> = {}) =>
  send(app, query, variables, await token());
const problems = `... on InvalidInputError { problems { field message } }`;

describe('node mutations generated from the entity table', () => {
  it('creates an event with a quote from its source, corrects it, and deletes it', async () => {
    const created = await mutate(
      `mutation ($input: CreateEventInput!) {
        createEvent(input: $input) { __typename ... on Event { id slug name kind startDate online evidence { quote } } ${problems} }
      }`,
      {
        input: {
          slug: 'test-symposium',
          name: 'Test symposium',
          kind: 'symposium',
          startDate: '2030-04-01',
          evidence,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createEvent).toMatchObject({
      __typename: 'Event',
      slug: 'test-symposium',
      kind: 'symposium',
      online: false,
      evidence: [{ quote: expect.stringContaining('launched the North-East Asian') }],
    });
    const id = created.data?.createEvent?.id as string;
    const updated = await mutate(
      `mutation ($input: UpdateEventInput!) {
        updateEvent(input: $input) { __typename ... on Event { name startDate summary } ${problems} }
      }`,
      { input: { id, summary: 'A symposium made up by the test suite.', startDate: null } },
    );
    expect(updated.data?.updateEvent).toEqual({
      __typename: 'Event',
      name: 'Test symposium',
      startDate: null,
      summary: 'A symposium made up by the test suite.',
    });
    const deleted = await mutate(
      `mutation ($id: ID!) { deleteEvent(id: $id) { __typename ... on DeletedNode { id label } } }`,
      { id },
    );
    expect(deleted.data?.deleteEvent).toEqual({ __typename: 'DeletedNode', id, label: 'Event' });
    const gone = await send(app, '{ node(id: $id) { id } }'.replace('$id', JSON.stringify(id)), {});
    expect(gone.data?.node).toBeNull();
  });

  it('keeps what only announcing pages support announced, as an import does: no summary saying it was held', async () => {
    const before = await snapshot(db);
    const announcement = [{ source: 'som-28-page', note: 'The page announces a workshop.' }];
    const create = (summary: string) =>
      mutate(
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename ... on Event { slug } ${problems} } }`,
        {
          input: {
            slug: 'announced-workshop',
            name: 'A workshop',
            kind: 'workshop',
            summary,
            evidence: announcement,
          },
        },
      );
    const held = await create('The workshop was held in Ulaanbaatar.');
    expect(held.data?.createEvent).toMatchObject({
      __typename: 'InvalidInputError',
      problems: [{ field: 'input.summary', message: expect.stringContaining('announce') }],
    });
    expect(await snapshot(db)).toEqual(before);
    const announced = await create('A workshop announced for Ulaanbaatar.');
    expect(announced.data?.createEvent).toEqual({
      __typename: 'Event',
      slug: 'announced-workshop',
    });
    const source = await send(
      app,
      `{ node(id: ${JSON.stringify(encodeId('Source', 'som-28-page'))}) { ... on Source { announces } } }`,
      {},
    );
    expect(source.data?.node).toEqual({ announces: true });
  });

  it('refuses a quote not in the source, a cleared name and a bad date, naming each field, and writes nothing', async () => {
    const before = await snapshot(db);
    const bad = await mutate(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { __typename ${problems} } }`,
      {
        input: {
          slug: 'test-org',
          name: 'Test organisation',
          established: '1994-13',
          evidence: [{ source: 'som-18-page', quote: 'words that the page never says' }],
        },
      },
    );
    expect(bad.data?.createOrganisation?.__typename).toBe('InvalidInputError');
    const fields = ((bad.data?.createOrganisation?.problems ?? []) as { field: string }[]).map(
      (p) => p.field,
    );
    expect(fields).toEqual(['input.established']);
    const quoteRefused = await mutate(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { __typename ${problems} } }`,
      {
        input: {
          slug: 'test-org',
          name: 'Test organisation',
          evidence: [{ source: 'som-18-page', quote: 'words that the page never says' }],
        },
      },
    );
    expect(quoteRefused.data?.createOrganisation?.problems).toEqual([
      { field: 'input.evidence[0].quote', message: expect.stringContaining('som-18-page') },
    ]);
    const cleared = await mutate(
      `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ${problems} } }`,
      { input: { id: encodeId('Project', 'amur-tiger-leopard-dna-analysis'), name: null } },
    );
    expect(cleared.data?.updateProject?.problems).toEqual([
      { field: 'input.name', message: 'required: it can be changed but not cleared' },
    ]);
    const missing = await mutate(
      `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on NotFoundError { message } } }`,
      { input: { id: encodeId('Project', 'no-such-project'), summary: 'x y z' } },
    );
    expect(missing.data?.updateProject?.__typename).toBe('NotFoundError');
    expect(await snapshot(db)).toEqual(before);
  });

  it("creates a decision of a meeting given by its ID, after the meeting's last, and refuses another label as its meeting", async () => {
    const meeting = encodeId('Meeting', 'som-18');
    const created = await mutate(
      `mutation ($input: CreateDecisionInput!) {
        createDecision(input: $input) { __typename ... on Decision { id kind summary meeting { number } } ${problems} }
      }`,
      {
        input: {
          meeting,
          key: 'test-noted',
          kind: 'NOTED',
          summary: 'Noted a test.',
          evidence: note,
        },
      },
    );
    expect(created.data?.createDecision).toMatchObject({
      __typename: 'Decision',
      id: encodeId('Decision', 'som-18/test-noted'),
      meeting: { number: 18 },
    });
    const [row] = await db.query<{ position: number; last: number }>(
      `MATCH (d:Decision {id: 'som-18/test-noted'})-[:MADE_AT]->(m)<-[:MADE_AT]-(o:Decision)
       RETURN d.position AS position, max(o.position) AS last`,
    );
    expect(row?.position).toBe((row?.last ?? 0) + 1);
    const wrong = await mutate(
      `mutation ($input: CreateDecisionInput!) { createDecision(input: $input) { __typename ${problems} } }`,
      {
        input: {
          meeting: encodeId('Network', 'NEAMPAN'),
          key: 'test-wrong',
          kind: 'NOTED',
          summary: 'Noted.',
          evidence: note,
        },
      },
    );
    expect(wrong.data?.createDecision?.problems).toEqual([
      { field: 'input.meeting', message: '"NEAMPAN" is a network, not a meeting' },
    ]);
    const needed = await mutate(
      `mutation ($id: ID!) { deleteMeeting(id: $id) { __typename ${problems} } }`,
      { id: meeting },
    );
    expect(needed.data?.deleteMeeting).toMatchObject({
      __typename: 'InvalidInputError',
      problems: [
        { field: 'id', message: expect.stringContaining('som-18 is still needed by som-18/') },
      ],
    });
  });

  it('creates a source with its text, whose quotes then count as evidence', async () => {
    const created = await mutate(
      `mutation ($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on Source { id title } ${problems} } }`,
      {
        input: {
          key: 'test-source',
          title: 'A page of the test suite',
          kind: 'web-page',
          url: 'https://example.org/test',
          text: 'The test suite wrote this page about the Amur tiger.',
        },
      },
    );
    expect(created.data?.createSource).toMatchObject({ __typename: 'Source' });
    const species = await mutate(
      `mutation ($input: CreateSpeciesInput!) { createSpecies(input: $input) { __typename ... on Species { commonName } ${problems} } }`,
      {
        input: {
          slug: 'test-tiger',
          commonName: 'Test tiger',
          evidence: [{ source: 'test-source', quote: 'about the Amur tiger' }],
        },
      },
    );
    expect(species.data?.createSpecies).toEqual({
      __typename: 'Species',
      commonName: 'Test tiger',
    });
    const cited = await mutate(
      `mutation ($id: ID!) { deleteSource(id: $id) { __typename ${problems} } }`,
      { id: encodeId('Source', 'test-source') },
    );
    expect(cited.data?.deleteSource).toEqual({
      __typename: 'InvalidInputError',
      problems: [
        {
          field: 'id',
          message: 'test-source is still needed by test-tiger: delete or change them first',
        },
      ],
    });
  });
});

describe('relationship mutations generated from the relationship table', () => {
  const state = encodeId('MemberState', 'PRK');
  const network = encodeId('Network', 'NEACAP');

  it('adds a membership with its properties, adds evidence to it, and removes it', async () => {
    const added = await mutate(
      `mutation ($input: AddMemberOfInput!) {
        addMemberOf(input: $input) {
          __typename
          ... on Relationship { type sites from { ... on MemberState { iso3 } } to { name } evidence { note source { id } } }
          ${problems}
        }
      }`,
      { input: { from: state, to: network, sites: 2, evidence: note } },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addMemberOf).toMatchObject({
      __typename: 'Relationship',
      type: 'MEMBER_OF',
      sites: 2,
      from: { iso3: 'PRK' },
      evidence: [
        { note: note[0]?.note, source: { id: encodeId('Source', 'neaspec-som-outcomes') } },
      ],
    });
    const more = await mutate(
      `mutation ($input: EvidenceChangeInput!) {
        addEvidence(input: $input) { __typename ... on EvidencedFact { evidence { source quote } } ${problems} }
      }`,
      { input: { relationship: { type: 'MEMBER_OF', from: state, to: network }, evidence } },
    );
    expect(more.data?.addEvidence?.evidence).toHaveLength(2);
    const removed = await mutate(
      `mutation ($input: RemoveMemberOfInput!) {
        removeMemberOf(input: $input) { __typename ... on RemovedRelationship { type from to } ... on NotFoundError { message } }
      }`,
      { input: { from: state, to: network } },
    );
    expect(removed.data?.removeMemberOf).toEqual({
      __typename: 'RemovedRelationship',
      type: 'MEMBER_OF',
      from: state,
      to: network,
    });
    const again = await mutate(
      `mutation ($input: RemoveMemberOfInput!) { removeMemberOf(input: $input) { __typename } }`,
      { input: { from: state, to: network } },
    );
    expect(again.data?.removeMemberOf).toEqual({ __typename: 'NotFoundError' });
  });

  it('refuses ends of the wrong label and an ID it did not hand out, naming the field', async () => {
    const wrong = await mutate(
      `mutation ($input: AddParticipatesInInput!) { addParticipatesIn(input: $input) { __typename ${problems} } }`,
      { input: { from: state, to: network, evidence: note } },
    );
    expect(wrong.data?.addParticipatesIn?.problems).toEqual([
      { field: 'input.to', message: '"NEACAP" is a network, not a project' },
    ]);
    const covers = await mutate(
      `mutation ($input: AddCoversInput!) { addCovers(input: $input) { __typename ${problems} } }`,
      {
        input: {
          from: encodeId('Project', 'amur-tiger-leopard-dna-analysis'),
          to: state,
          evidence: note,
        },
      },
    );
    expect(covers.data?.addCovers?.problems).toEqual([
      { field: 'input.to', message: '"PRK" is a member state, not a place' },
    ]);
    const bogus = await mutate(
      `mutation ($input: AddTargetsInput!) { addTargets(input: $input) { __typename ${problems} } }`,
      { input: { from: 'nonsense', to: state, evidence: note } },
    );
    expect(bogus.data?.addTargets?.problems).toEqual([
      { field: 'input.from', message: expect.stringContaining('is not an ID of this API') },
    ]);
  });

  it('keeps one of what a node has one of, and never takes a decision from its meeting', async () => {
    const meeting = encodeId('Meeting', 'som-18');
    const secondCity = await mutate(
      `mutation ($input: AddHeldInInput!) { addHeldIn(input: $input) { __typename ${problems} } }`,
      { input: { from: meeting, to: encodeId('Place', 'seoul'), evidence: note } },
    );
    expect(secondCity.data?.addHeldIn).toMatchObject({
      __typename: 'InvalidInputError',
      problems: [
        { field: 'input.to', message: expect.stringMatching(/^som-18 has its city already/) },
      ],
    });
    const orphan = await mutate(
      `mutation ($input: RemoveMadeAtInput!) { removeMadeAt(input: $input) { __typename ${problems} } }`,
      { input: { from: encodeId('Decision', 'som-18/neampan-launched'), to: meeting } },
    );
    expect(orphan.data?.removeMadeAt).toEqual({
      __typename: 'InvalidInputError',
      problems: [
        { field: 'input', message: 'every decision has its meeting: delete the decision instead' },
      ],
    });
  });

  it('removes evidence from a node but keeps its last item', async () => {
    const node = encodeId('Project', 'amur-tiger-leopard-dna-analysis');
    const [row] = await db.query<{ sources: string[]; quotes: string[]; notes: string[] }>(
      `MATCH (p:Project {id: 'amur-tiger-leopard-dna-analysis'})
       RETURN p.evidenceSources AS sources, p.evidenceQuotes AS quotes, p.evidenceNotes AS notes`,
    );
    const all = (row?.sources ?? []).map((source, i) => ({
      source,
      ...(row?.quotes[i] ? { quote: row.quotes[i] } : { note: row?.notes[i] }),
    }));
    const refused = await mutate(
      `mutation ($input: EvidenceChangeInput!) { removeEvidence(input: $input) { __typename ${problems} } }`,
      { input: { node, evidence: all } },
    );
    expect(refused.data?.removeEvidence?.problems).toEqual([
      { field: 'input.evidence', message: expect.stringContaining('at least one') },
    ]);
  });
});

describe('viewer', () => {
  it('says who is signed in and whether they may edit; null without a token', async () => {
    const signedIn = await send(app, '{ viewer { name roles editor } }', {}, await token());
    expect(signedIn.data?.viewer).toEqual({
      name: 'test-curator',
      roles: ['editor'],
      editor: true,
    });
    const reader = await send(app, '{ viewer { editor } }', {}, await token(['reader']));
    expect(reader.data?.viewer).toEqual({ editor: false });
    const anonymous = await send(app, '{ viewer { name } }', {});
    expect(anonymous.data?.viewer).toBeNull();
  });
});
