/**
 * Editors writing at once: twenty parallel writers per mutation on the same entities. Every
 * writer gets the object it changed or a typed error, and afterwards the graph holds no
 * duplicate relationship, every decision has exactly one meeting and a position of its own.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, inject, it } from 'vitest';
import { identifiedBy } from '../../src/model/relationship-identity.ts';
import { Database } from '../../src/neo4j/database.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { editorSecurity, send, token } from '../support/auth.ts';
import { testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

const writers = 20;
const evidence = [{ source: 'neacap-page', note: 'Written by the concurrency test.' }];

/** Runs `write(i)` for twenty writers at once; answers each writer's result. */
async function atOnce(write: (writer: number) => Promise<Awaited<ReturnType<typeof send>>>) {
  return Promise.all(Array.from({ length: writers }, (_, writer) => write(writer)));
}

/** The __typename each writer got for mutation `field`, or the error message it got instead. */
const outcomes = (results: Awaited<ReturnType<typeof send>>[], field: string) =>
  results.map((result) => result.errors?.[0]?.message ?? result.data?.[field]?.__typename);

const count = (values: readonly unknown[]) => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
};

const violations = () => db.read(statements.read.curationInvariants, { identifiedBy });

/** addMemberOf, removeParticipatesIn, ...: the State's links as the writer sees them after. */
const stateLink = (mutation: string) => {
  const adds = mutation.startsWith('add');
  const input = `${adds ? 'Add' : 'Remove'}${mutation.replace(/^(add|remove)/, '')}Input`;
  return `mutation ($input: ${input}!) {
  ${mutation}(input: $input) {
    __typename
    ${adds ? '... on Relationship { from { ... on MemberState { networks { acronym } projects { slug } } } }' : '... on RemovedRelationship { type }'}
    ${adds ? '' : '... on NotFoundError { message }'}
    ... on InvalidInputError { problems { field message } }
  }
}`;
};

/** The input of a link from a member State to a network or project. */
const stateTo = (state: string, far: 'Network' | 'Project', target: string, given?: object[]) => ({
  from: encodeId('MemberState', state),
  to: encodeId(far, target),
  ...(given === undefined ? {} : { evidence: given }),
});

const recordDecision = `mutation ($input: DecisionInput!) {
  recordDecision(input: $input) {
    __typename
    ... on Decision { summary subjects { ... on Network { acronym } ... on Project { slug } } evidence { note } }
    ... on InvalidInputError { problems { field message } }
  }
}`;

const deleteDecision = `mutation ($id: ID!) {
  deleteDecision(id: $id) { __typename ... on NotFoundError { message } }
}`;

const upsertMeeting = `mutation ($input: MeetingInput!) {
  upsertMeeting(input: $input) { __typename ... on Meeting { title } }
}`;

const networks = ['NEAMPAN', 'NEACAP', 'NEA-LCCP'];
const projects = [
  'amur-tiger-leopard-dna-analysis',
  'transboundary-air-pollution-framework',
  'tiger-leopard-camera-trap-genetics-study',
  'zamyn-uud-dss-demonstration',
  'nature-conservation-transboundary-areas-project',
];

/** Writer `i`'s version of a decision: subjects and summary of its own. */
const decisionBy = (writer: number, key: string) => ({
  meeting: 18,
  key,
  kind: 'NOTED',
  summary: `Written by writer ${writer}.`,
  subjects: {
    networks: [networks[writer % networks.length]],
    projects: [projects[writer % projects.length]],
  },
  evidence,
});

describe('twenty editors at once', () => {
  it('adding one membership: each gets the State, which is a member once', async () => {
    const editor = await token();
    const input = stateTo('PRK', 'Network', 'NEACAP', evidence);
    const results = await atOnce(() => send(app, stateLink('addMemberOf'), { input }, editor));
    expect(count(outcomes(results, 'addMemberOf'))).toEqual({ Relationship: writers });
    for (const result of results)
      expect(
        (result.data?.addMemberOf?.from as Record<string, unknown> | undefined)?.networks,
      ).toEqual([{ acronym: 'NEACAP' }]);
    expect(await violations()).toEqual([]);
  });

  /** Twenty editors remove one link at once: one removes it, the others find nothing. */
  async function removedOnce(mutation: string, input: Record<string, unknown>) {
    const editor = await token();
    const results = await atOnce(() => send(app, stateLink(mutation), { input }, editor));
    expect(count(outcomes(results, mutation))).toEqual({
      RemovedRelationship: 1,
      NotFoundError: writers - 1,
    });
    return results;
  }

  it('removing it: one succeeds, the others find nothing to remove', async () => {
    await removedOnce('removeMemberOf', stateTo('PRK', 'Network', 'NEACAP'));
    expect(await violations()).toEqual([]);
  });

  it('adding one participation: each gets the State, which takes part once', async () => {
    const editor = await token();
    const input = stateTo('PRK', 'Project', 'migratory-bird-habitats', evidence);
    const results = await atOnce(() =>
      send(app, stateLink('addParticipatesIn'), { input }, editor),
    );
    expect(count(outcomes(results, 'addParticipatesIn'))).toEqual({ Relationship: writers });
    for (const result of results) {
      const from = result.data?.addParticipatesIn?.from as { projects: { slug: string }[] };
      const projects = from.projects;
      expect(projects.filter(({ slug }) => slug === 'migratory-bird-habitats')).toHaveLength(1);
    }
    expect(await violations()).toEqual([]);
  });

  it('removing that participation: one succeeds, the others find nothing to remove', async () => {
    await removedOnce('removeParticipatesIn', stateTo('PRK', 'Project', 'migratory-bird-habitats'));
    const { data } = await send(app, '{ memberState(iso3: "PRK") { projects { slug } } }', {});
    const projects = (data?.memberState?.projects ?? []) as { slug: string }[];
    expect(projects.map(({ slug }) => slug)).not.toContain('migratory-bird-habitats');
    expect(await violations()).toEqual([]);
  });

  it('recording one new decision each: every one gets a position of its own', async () => {
    const editor = await token();
    const results = await atOnce((writer) =>
      send(app, recordDecision, { input: decisionBy(writer, `parallel-${writer}`) }, editor),
    );
    expect(count(outcomes(results, 'recordDecision'))).toEqual({ Decision: writers });
    expect(await violations()).toEqual([]);
  });

  it('recording the same new decision: the last writer replaces the others, subjects and all', async () => {
    const editor = await token();
    const results = await atOnce((writer) =>
      send(app, recordDecision, { input: decisionBy(writer, 'contested') }, editor),
    );
    expect(count(outcomes(results, 'recordDecision'))).toEqual({ Decision: writers });
    const { data } = await send(
      app,
      `{ node(id: "${encodeId('Decision', 'som-18/contested')}") {
        ... on Decision { summary subjects { ... on Network { acronym } ... on Project { slug } } }
      } }`,
      {},
    );
    const stored = data?.node as { summary: string; subjects: unknown[] };
    const writer = Number(/writer (\d+)/.exec(stored.summary)?.[1]);
    const subjects = [
      { acronym: networks[writer % networks.length] },
      { slug: projects[writer % projects.length] },
    ];
    expect(stored.subjects).toHaveLength(subjects.length);
    expect(stored.subjects).toEqual(expect.arrayContaining(subjects));
    expect(await violations()).toEqual([]);
  });

  it('deleting one decision: one deletes it, the others find nothing', async () => {
    const editor = await token();
    const id = encodeId('Decision', 'som-18/contested');
    const results = await atOnce(() => send(app, deleteDecision, { id }, editor));
    expect(count(outcomes(results, 'deleteDecision'))).toEqual({
      DeletedNode: 1,
      NotFoundError: writers - 1,
    });
    expect(await violations()).toEqual([]);
  });

  it('creating the same new meeting: each gets it, and there is one', async () => {
    const editor = await token();
    const results = await atOnce((writer) =>
      send(
        app,
        upsertMeeting,
        {
          input: {
            number: 97,
            title: `Meeting written by writer ${writer}`,
            startDate: '2031-05-06',
            endDate: '2031-05-07',
            city: 'ulaanbaatar',
            evidence,
          },
        },
        editor,
      ),
    );
    expect(count(outcomes(results, 'upsertMeeting'))).toEqual({ Meeting: writers });
    const { data } = await send(app, '{ meetings(fromYear: 2031) { totalCount } }', {});
    expect(data?.meetings).toEqual({ totalCount: 1 });
    expect(await violations()).toEqual([]);
  });

  it('mixing adds, removes and records on the same entities keeps the graph whole', async () => {
    const editor = await token();
    const results = await atOnce((writer) => {
      const network = networks[writer % 2] as string;
      switch (writer % 4) {
        case 0:
          return send(
            app,
            stateLink('addMemberOf'),
            { input: stateTo('PRK', 'Network', network, evidence) },
            editor,
          );
        case 1:
          return send(
            app,
            stateLink('removeMemberOf'),
            { input: stateTo('PRK', 'Network', network) },
            editor,
          );
        case 2:
          return send(app, recordDecision, { input: decisionBy(writer, 'mixed') }, editor);
        default:
          return send(app, deleteDecision, { id: encodeId('Decision', 'som-18/mixed') }, editor);
      }
    });
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(await violations()).toEqual([]);
  });
});

describe('a write behind another on the same entities', () => {
  it('answers SERVICE_UNAVAILABLE when it waits past its timeout, and writes nothing', async () => {
    const hurried = new Database(inject('neo4j'), { queryTimeoutMs: 1_500 });
    const editor = await token();
    const { promise: released, resolve: release } = Promise.withResolvers<void>();
    const holder = db.writeTransaction(async (run) => {
      await run(statements.write.lockEntities, { ids: ['PRK', 'NEA-LCCP'] });
      await released;
    });
    try {
      await sleep(500);
      const behind = await send(
        testApp(hurried, () => true, editorSecurity),
        stateLink('addMemberOf'),
        { input: stateTo('PRK', 'Network', 'NEA-LCCP', evidence) },
        editor,
      );
      expect(behind.status).toBe(503);
      expect(behind.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(behind.headers.get('retry-after')).toBe('5');
    } finally {
      release();
      await holder;
      await hurried.close();
    }
    const { data } = await send(app, '{ memberState(iso3: "PRK") { networks { acronym } } }', {});
    expect(data?.memberState?.networks).not.toContainEqual({ acronym: 'NEA-LCCP' });
    expect(await violations()).toEqual([]);
  });
});

describe('the same entry twice in one input', () => {
  it('is stored once, and a re-record with it once leaves one', async () => {
    const editor = await token();
    const input = {
      ...decisionBy(0, 'repeated'),
      subjects: { networks: ['NEAMPAN', 'NEAMPAN', 'NEAMPAN'] },
      evidence: [evidence[0], evidence[0]],
    };
    const thrice = await send(app, recordDecision, { input }, editor);
    expect(thrice.data?.recordDecision).toMatchObject({
      subjects: [{ acronym: 'NEAMPAN' }],
      evidence: [{ note: 'Written by the concurrency test.' }],
    });
    const once = await send(
      app,
      recordDecision,
      { input: { ...input, subjects: { networks: ['NEAMPAN'] } } },
      editor,
    );
    expect(once.data?.recordDecision).toMatchObject({ subjects: [{ acronym: 'NEAMPAN' }] });
    expect(await violations()).toEqual([]);
  });
});

describe('participation read while twenty editors add and remove links', () => {
  // Each read's statement groups the links it matched and reads their ends and values later: a
  // link removed meanwhile (Neo4j reads what is committed, as it goes) was read as an end with
  // no key, a State with no ISO code, and the read failed.
  const participation = `{ participation { state { iso3 } kind
    target { __typename ... on Entity { name } } evidence { note } } }`;

  it('answers every read whole, each link as it was or not at all', {
    timeout: 120_000,
  }, async () => {
    const editor = await token();
    const before = await send(app, participation, {});
    expect(before.errors).toBeUndefined();
    // Twenty links no State has yet: a State and a project it does not take part in.
    const { data } = (await send(
      app,
      '{ memberStates { iso3 projects { slug } } projects { slug } }',
      {},
    )) as unknown as {
      data: { memberStates: { iso3: string; projects: { slug: string }[] }[] } & {
        projects: { slug: string }[];
      };
    };
    const free = data.memberStates
      .flatMap(({ iso3, projects: taken }) =>
        data.projects
          .filter(({ slug }) => !taken.some((t) => t.slug === slug))
          .map(({ slug }) => [iso3, slug] as const),
      )
      .slice(0, writers);
    expect(free).toHaveLength(writers);

    let done = false;
    const failed: unknown[] = [];
    let reads = 0;
    const readers = Array.from({ length: 4 }, async () => {
      while (!done) {
        // A document of its own each time: no cached answer, each read runs its statement.
        const answer = await send(app, `# read ${reads}\n${participation}`, {});
        reads += 1;
        if (answer.errors) failed.push(answer.errors);
      }
    });
    const rounds = 8;
    // Each writer adds its link and removes it again, `rounds` times; what it got each time.
    const writing = (writer: number) => async () => {
      const [state, project] = free[writer] as readonly [string, string];
      const got: unknown[] = [];
      for (let round = 0; round < rounds; round += 1)
        for (const mutation of ['addParticipatesIn', 'removeParticipatesIn']) {
          const given = mutation.startsWith('add') ? evidence : undefined;
          const input = stateTo(state, 'Project', project, given);
          const result = await send(app, stateLink(mutation), { input }, editor);
          got.push(result.errors?.[0]?.message ?? result.data?.[mutation]?.__typename);
        }
      return got;
    };
    let written: unknown[][];
    try {
      written = await Promise.all(Array.from({ length: writers }, (_, w) => writing(w)()));
    } finally {
      done = true;
      await Promise.all(readers);
    }
    expect(count(written.flat())).toEqual({
      Relationship: writers * rounds,
      RemovedRelationship: writers * rounds,
    });
    expect(reads).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    // Every link added was removed again: the same participation as before.
    expect((await send(app, participation, {})).data).toEqual(before.data);
    expect(await violations()).toEqual([]);
  });
});
