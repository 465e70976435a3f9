/**
 * A person named in a public role on several dates, or in several roles at one body, holds one
 * HELD_ROLE relationship per role and date, each with its own evidence: the compiler, the
 * import's diff, curation, history, revert and the files' patch all tell them apart.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportCurated } from '../../src/dataset/curated-export.ts';
import { curatedFileName } from '../../src/dataset/curated-format.ts';
import { importDataset } from '../../src/dataset/importer.ts';
import { dataDir } from '../../src/paths.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { editorSecurity, send, token } from '../support/auth.ts';
import { copyDataset, editYaml, snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

interface RoleEntry {
  role: string;
  at: string;
  date?: string;
  evidence: { source: string; note?: string; quote?: string }[];
}
interface PersonEntry {
  slug: string;
  name: string;
  roles?: RoleEntry[];
}

/** The people of data/people.yaml, as written. */
async function peopleOfTheFiles(): Promise<PersonEntry[]> {
  return parse(await readFile(join(dataDir, 'people.yaml'), 'utf8')).people;
}

interface HeldRole {
  role: string;
  date: string | null;
  to: { id: string };
  evidence: { note: string | null; quote: string | null }[];
}

const personQuery = `query ($id: ID!) {
  node(id: $id) {
    ... on Person {
      roles { ... on Entity { id } }
      relationships(types: [HELD_ROLE]) { role date to { id } evidence { note quote } }
    }
  }
}`;

async function personRoles(slug: string) {
  const { data, errors } = await send(app, personQuery, { id: encodeId('Person', slug) });
  expect(errors).toBeUndefined();
  return data?.node as { roles: { id: string }[]; relationships: HeldRole[] };
}

const ganbold = 'ganbold-baasanjav';
const office = 'escap-enea';
const person = encodeId('Person', ganbold);
const enea = encodeId('Organisation', office);
const note = (text: string) => [{ source: 'neaspec-som-outcomes', note: text }];

/** The value of field `field` of a result. */
const answer = <T>(result: { data?: Record<string, unknown> | null }, field: string) =>
  result.data?.[field] as T;

const mutate = async (query: string, variables: Record<string, unknown>) =>
  send(app, query, variables, await token());

const addHeldRole = `mutation ($input: AddHeldRoleInput!) {
  addHeldRole(input: $input) {
    __typename
    ... on Relationship { role date evidence { note } }
    ... on InvalidInputError { problems { field message } }
  }
}`;
const removeHeldRole = `mutation ($input: RemoveHeldRoleInput!) {
  removeHeldRole(input: $input) {
    __typename
    ... on RemovedRelationship { type change { id } }
    ... on NotFoundError { message }
    ... on InvalidInputError { problems { field message } }
  }
}`;
const revert = `mutation ($id: ID!) {
  revertChange(id: $id) {
    __typename
    ... on Change { id }
    ... on ConflictError { message }
  }
}`;
const historyOf = `query ($of: ID!) {
  history(of: $of, first: 20) { edges { node { id operation facts { action type from to before after } } } }
}`;
const addEvidence = `mutation ($input: EvidenceChangeInput!) {
  addEvidence(input: $input) {
    __typename
    ... on EvidencedFact { evidence { note } }
    ... on NotFoundError { message }
    ... on InvalidInputError { problems { field message } }
  }
}`;

/** The HELD_ROLEs of Ganbold Baasanjav at the office, by date. */
async function atTheOffice(): Promise<HeldRole[]> {
  const { relationships } = await personRoles(ganbold);
  return relationships
    .filter((r) => r.to.id === enea)
    .sort((a, b) => String(a.date).localeCompare(String(b.date)));
}

/** A copy of data/ for the tests of a block to edit (its path); the graph is the files' after. */
function copyOfTheData(): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await copyDataset();
  });
  afterAll(async () => {
    await importDataset(db, dataDir, { replace: true });
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

describe('public roles from the files', () => {
  it('each role on each date is its own relationship, with its own evidence', async () => {
    const entries = (await peopleOfTheFiles())
      .find((p) => p.slug === ganbold)
      ?.roles?.filter((r) => r.at === office)
      .sort((a, b) => String(a.date).localeCompare(String(b.date)));
    expect(entries).toHaveLength(6);
    const held = await atTheOffice();
    expect(held.map((r) => [r.role, r.date])).toEqual(
      entries?.map((r) => [r.role, String(r.date)]),
    );
    held.forEach((r, index) => {
      expect(r.evidence).toEqual(
        entries?.[index]?.evidence.map((e) => ({ note: e.note ?? null, quote: e.quote ?? null })),
      );
    });
    // The organisation is listed once among the bodies the person held roles in, and the
    // person once among the organisation's people.
    const { roles } = await personRoles(ganbold);
    expect(roles.filter((r) => r.id === enea)).toHaveLength(1);
    expect(new Set(roles.map((r) => r.id)).size).toBe(roles.length);
    const atOffice = await send(
      app,
      'query ($id: ID!) { node(id: $id) { ... on Organisation { people { id } } } }',
      { id: enea },
    );
    const { people } = answer<{ people: { id: string }[] }>(atOffice, 'node');
    expect(people.filter((p) => p.id === person)).toHaveLength(1);
  });

  it('two roles at one body are two relationships, and no role is two joined', async () => {
    const people = await peopleOfTheFiles();
    for (const name of ['Lee Taeho', 'Kilaparti Ramakrishna']) {
      const entry = people.find((p) => p.name === name);
      const { relationships } = await personRoles(entry?.slug as string);
      expect(relationships.map((r) => r.role).sort()).toEqual(
        entry?.roles?.map((r) => r.role).sort(),
      );
      expect(new Set(relationships.map((r) => r.role)).size).toBe(2);
    }
    const distinct = new Set(
      people.flatMap((p) =>
        (p.roles ?? []).map((r) => JSON.stringify([p.slug, r.at, r.role, r.date ?? null])),
      ),
    );
    const stats = await send(app, '{ stats { relationshipCounts { type count } } }', {});
    const counts = answer<{ relationshipCounts: { type: string; count: number }[] }>(
      stats,
      'stats',
    ).relationshipCounts;
    expect(counts.find((c) => c.type === 'HELD_ROLE')?.count).toBe(distinct.size);
    const [{ joined }] = (await db.query<{ joined: number }>(
      `MATCH ()-[r:HELD_ROLE]->() WHERE r.role CONTAINS '; ' RETURN count(r) AS joined`,
    )) as [{ joined: number }];
    expect(joined).toBe(0);
  });
});

describe('importing public roles', () => {
  const dir = copyOfTheData();

  it('an unchanged dataset changes nothing; one date changed replaces only that role', async () => {
    const again = await importDataset(db, dataDir);
    expect(again.unchanged).toBe(true);
    expect(
      [...again.nodes, ...again.relationships].every(
        (row) => row.created + row.updated + row.removed === 0,
      ),
    ).toBe(true);

    const before = await atTheOffice();
    await editYaml(dir(), 'people.yaml', (file) => {
      const entry = file.people
        .find((p: PersonEntry) => p.slug === ganbold)
        .roles.find((r: RoleEntry) => String(r.date) === '2021-10-12');
      entry.date = '2021-10-13';
    });
    const report = await importDataset(db, dir());
    expect(report.relationships.find((row) => row.name === 'HELD_ROLE')).toMatchObject({
      created: 1,
      updated: 0,
      removed: 1,
    });
    expect(report.change.relationships.remove.map((r) => r.properties.date)).toEqual([
      '2021-10-12',
    ]);
    const after = await atTheOffice();
    expect(after.map((r) => r.date)).toEqual(
      before.map((r) => (r.date === '2021-10-12' ? '2021-10-13' : r.date)).sort(),
    );
    const untouched = (list: HeldRole[]) =>
      list.filter((r) => r.date !== '2021-10-12' && r.date !== '2021-10-13');
    expect(untouched(after)).toEqual(untouched(before));
  });
});

describe('curating public roles', () => {
  afterAll(() => importDataset(db, dataDir, { replace: true }));
  const role = 'Acting head of the office (made up by the test)';

  it('adds a role on two dates, removes one by role and date, and reverts the removal', async () => {
    for (const date of ['2030-01-01', '2030-06-01']) {
      const added = await mutate(addHeldRole, {
        input: { from: person, to: enea, role, date, evidence: note(`Named so on ${date}.`) },
      });
      expect(added.data?.addHeldRole).toEqual({
        __typename: 'Relationship',
        role,
        date,
        evidence: [{ note: `Named so on ${date}.` }],
      });
    }
    // The same role on the same date again gains evidence; it is not a third relationship.
    const same = await mutate(addHeldRole, {
      input: { from: person, to: enea, role, date: '2030-06-01', evidence: note('Said again.') },
    });
    expect(same.data?.addHeldRole).toMatchObject({
      evidence: [{ note: 'Named so on 2030-06-01.' }, { note: 'Said again.' }],
    });
    const made = (await atTheOffice()).filter((r) => r.role === role);
    expect(made.map((r) => r.date)).toEqual(['2030-01-01', '2030-06-01']);

    const removed = await mutate(removeHeldRole, {
      input: { from: person, to: enea, role, date: '2030-01-01' },
    });
    expect(removed.data?.removeHeldRole).toMatchObject({ __typename: 'RemovedRelationship' });
    const removal = answer<{ change: { id: string } }>(removed, 'removeHeldRole').change.id;
    expect((await atTheOffice()).filter((r) => r.role === role).map((r) => r.date)).toEqual([
      '2030-06-01',
    ]);

    // Evidence added to the role that stays is a change to another fact: the removal reverts.
    const evidence = await mutate(addEvidence, {
      input: {
        relationship: { type: 'HELD_ROLE', from: person, to: enea, role, date: '2030-06-01' },
        evidence: note('More evidence for the later date.'),
      },
    });
    expect(evidence.data?.addEvidence).toMatchObject({ __typename: 'EvidencedFact' });

    const history = await send(app, historyOf, { of: person });
    const changes = answer<{
      edges: { node: { id: string; operation: string; facts: { after: { date: string } }[] } }[];
    }>(history, 'history').edges.map((e) => e.node);
    const removing = changes.find((c) => c.id === removal);
    expect(removing?.facts).toEqual([
      expect.objectContaining({
        action: 'REMOVED',
        type: 'HELD_ROLE',
        before: expect.objectContaining({ role, date: '2030-01-01' }),
        after: null,
      }),
    ]);
    // The three adds just before the removal (newest first), each about the role on its date.
    const at = changes.findIndex((c) => c.id === removal);
    const adding = changes.slice(at + 1, at + 4);
    expect(adding.map((c) => c.operation)).toEqual(['addHeldRole', 'addHeldRole', 'addHeldRole']);
    expect(adding.map((c) => c.facts[0]?.after.date).sort()).toEqual([
      '2030-01-01',
      '2030-06-01',
      '2030-06-01',
    ]);

    const reverted = await mutate(revert, { id: removal });
    expect(reverted.data?.revertChange).toMatchObject({ __typename: 'Change' });
    const back = (await atTheOffice()).filter((r) => r.role === role);
    expect(back.map((r) => [r.date, r.evidence.length])).toEqual([
      ['2030-01-01', 1],
      ['2030-06-01', 3],
    ]);
  });

  it('a role without a date is one of its own: removed by its role alone, the dated ones stay', async () => {
    const undated = 'Adviser to the office (made up by the test)';
    for (const date of [undefined, '2031-01-01']) {
      const added = await mutate(addHeldRole, {
        input: { from: person, to: enea, role: undated, date, evidence: note('Undated.') },
      });
      expect(added.data?.addHeldRole).toMatchObject({
        __typename: 'Relationship',
        date: date ?? null,
      });
    }
    // Evidence and removal find the undated one: a null date matches only an absent one.
    const more = await mutate(addEvidence, {
      input: {
        relationship: { type: 'HELD_ROLE', from: person, to: enea, role: undated },
        evidence: note('More for the undated one.'),
      },
    });
    expect(more.data?.addEvidence).toMatchObject({ __typename: 'EvidencedFact' });
    const held = async () =>
      (await atTheOffice())
        .filter((r) => r.role === undated)
        .map((r) => [r.date, r.evidence.length]);
    expect(await held()).toEqual([
      ['2031-01-01', 1],
      [null, 2],
    ]);
    const removed = await mutate(removeHeldRole, {
      input: { from: person, to: enea, role: undated },
    });
    expect(removed.data?.removeHeldRole).toMatchObject({ __typename: 'RemovedRelationship' });
    expect(await held()).toEqual([['2031-01-01', 1]]);
  });

  it('removing a role or date the person does not hold is not found, and changes nothing', async () => {
    const before = await snapshot(db);
    const wrongDate = await mutate(removeHeldRole, {
      input: { from: person, to: enea, role, date: '2030-12-31' },
    });
    expect(wrongDate.data?.removeHeldRole).toMatchObject({ __typename: 'NotFoundError' });
    expect(answer<{ message: string }>(wrongDate, 'removeHeldRole').message).toContain(
      'date "2030-12-31"',
    );
    const noDate = await mutate(removeHeldRole, { input: { from: person, to: enea, role } });
    expect(answer<{ message: string }>(noDate, 'removeHeldRole').message).toContain('no date');
    const noRole = await mutate(removeHeldRole, { input: { from: person, to: enea } });
    expect(noRole.errors?.[0]?.message).toContain('role');
    const wrongType = await mutate(addEvidence, {
      input: {
        relationship: { type: 'ORGANISED', from: enea, to: person, role },
        evidence: note('Misplaced.'),
      },
    });
    expect(wrongType.data?.addEvidence).toEqual({
      __typename: 'InvalidInputError',
      problems: [
        {
          field: 'input.relationship.role',
          message: 'ORGANISED relationships are told apart by their ends alone: leave role out',
        },
      ],
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('public roles through the files', () => {
  const dir = copyOfTheData();

  it('curated:export writes parallel roles apart, and an import gives them back', async () => {
    const role = 'Head of the ESCAP East and North-East Asia Office';
    await mutate(addHeldRole, {
      input: { from: person, to: enea, role, date: '2026-03-03', evidence: note('Made up.') },
    });
    await mutate(removeHeldRole, { input: { from: person, to: enea, role, date: '2021-10-12' } });
    const curated = await snapshot(db);
    const { yaml, patch } = await exportCurated(db, dir(), curatedFileName);
    expect(patch.relationships).toEqual([
      expect.objectContaining({
        type: 'HELD_ROLE',
        from: ganbold,
        to: office,
        properties: { role, date: '2026-03-03' },
      }),
    ]);
    expect(patch.removals.relationships).toEqual([
      { type: 'HELD_ROLE', from: ganbold, to: office, properties: { role, date: '2021-10-12' } },
    ]);
    await writeFile(join(dir(), curatedFileName), yaml as string);
    expect((await importDataset(db, dir())).unchanged).toBe(true);
    await importDataset(db, dataDir, { replace: true });
    expect((await atTheOffice()).map((r) => r.date)).toContain('2021-10-12');
    const report = await importDataset(db, dir(), { replace: true });
    expect(report.relationships.find((row) => row.name === 'HELD_ROLE')).toMatchObject({
      created: 1,
      removed: 1,
    });
    expect(await snapshot(db)).toEqual(curated);
  });
});
