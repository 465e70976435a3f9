/**
 * History: every committed change, by an editor, a revert or an import, is recorded in the same
 * transaction with each fact before and after; history(of:) and changes read it, revertChange
 * undoes a change unless a fact it changed has changed since.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { dataDir } from '../../src/paths.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { diffGraph } from '../../src/sync/diff.ts';
import { writeChange } from '../../src/sync/write.ts';
import { editorSecurity, send, token } from '../support/auth.ts';
import { copyDataset, editYaml, snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

const note = [{ source: 'neaspec-som-outcomes', note: 'Written by the history test.' }];
const project = encodeId('Project', 'amur-tiger-leopard-dna-analysis');

const mutate = async (query: string, variables: Record<string, unknown>, subject?: string) =>
  send(app, query, variables, await token(['editor'], '1h', subject));

const changeFields = `id by origin operation reverts { id } revertedBy { id }
  facts { action label type id from to before after }`;
const historyOf = `query ($of: ID!, $first: Int, $after: String) {
  history(of: $of, first: $first, after: $after) {
    edges { cursor node { ${changeFields} } } pageInfo { hasNextPage endCursor }
  }
}`;
const updateProject = `mutation ($input: UpdateProjectInput!) {
  updateProject(input: $input) { __typename ... on Project { summary } }
}`;
const revert = `mutation ($id: ID!) {
  revertChange(id: $id) {
    __typename
    ... on Change { ${changeFields} }
    ... on ConflictError { message fact change { id operation } }
    ... on NotFoundError { message }
  }
}`;

/** The value of field `field` of a result. */
const answer = <T>(result: { data?: Record<string, unknown> | null }, field: string) =>
  result.data?.[field] as T;

type Change = {
  id: string;
  by: string;
  origin: string;
  operation: string;
  reverts: { id: string } | null;
  revertedBy: { id: string } | null;
  facts: Record<string, unknown>[];
};

async function latest(of: string): Promise<Change> {
  const { data, errors } = await send(app, historyOf, { of, first: 1 });
  expect(errors).toBeUndefined();
  const edges = (data?.history as { edges: { node: Change }[] } | undefined)?.edges ?? [];
  return edges[0]?.node as Change;
}

describe('history', () => {
  it("records an editor's update with the fact before and after, evidence included", async () => {
    const [before] = await db.query<{ summary: string }>(
      `MATCH (p:Project {id: 'amur-tiger-leopard-dna-analysis'}) RETURN p.summary AS summary`,
    );
    const summary = 'The summary as the history test writes it.';
    const written = await mutate(updateProject, { input: { id: project, summary } });
    expect(written.data?.updateProject).toEqual({ __typename: 'Project', summary });
    const change = await latest(project);
    expect(change).toMatchObject({
      by: 'test-curator',
      origin: 'CURATION',
      operation: 'updateProject',
      reverts: null,
      revertedBy: null,
    });
    expect(change.facts).toHaveLength(1);
    const [fact] = change.facts as {
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }[];
    expect(fact).toMatchObject({
      action: 'UPDATED',
      label: 'Project',
      id: 'amur-tiger-leopard-dna-analysis',
      type: null,
    });
    expect(fact?.before.summary).toBe(before?.summary);
    expect(fact?.after.summary).toBe(summary);
    expect(fact?.before.evidence).toEqual(fact?.after.evidence);
    expect(fact?.before.evidence).not.toEqual([]);
    expect(fact?.before).not.toHaveProperty('evidenceSources');

    // Reverting it restores the summary, as a change of its own linked both ways.
    const reverted = await mutate(revert, { id: change.id });
    expect(reverted.data?.revertChange).toMatchObject({
      __typename: 'Change',
      origin: 'REVERT',
      operation: 'revertChange',
      reverts: { id: change.id },
    });
    const [after] = await db.query<{ summary: string }>(
      `MATCH (p:Project {id: 'amur-tiger-leopard-dna-analysis'}) RETURN p.summary AS summary`,
    );
    expect(after?.summary).toBe(before?.summary);
    const undone = (await send(app, historyOf, { of: project, first: 2 })).data?.history as {
      edges: { node: Change }[];
    };
    expect(undone.edges[1]?.node.revertedBy).toEqual({
      id: answer<Change>(reverted, 'revertChange').id,
    });
  });

  it('keeps the history of a deleted node under its ID, and a revert brings it back with its relationships', async () => {
    const before = await snapshot(db);
    // A slug of its own: history outlives the graph's resets between runs on one database.
    const slug = `history-test-${Date.now().toString(36)}`;
    const created = await mutate(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename ... on Event { id } } }`,
      {
        input: {
          slug,
          name: 'History test',
          kind: 'symposium',
          evidence: note,
        },
      },
    );
    const event = answer<{ id: string }>(created, 'createEvent').id;
    const organised = await mutate(
      `mutation ($input: AddOrganisedInput!) { addOrganised(input: $input) { __typename } }`,
      { input: { from: encodeId('Organisation', 'escap'), to: event, evidence: note } },
    );
    expect(organised.data?.addOrganised).toEqual({ __typename: 'Relationship' });
    const deleted = await mutate(
      `mutation ($id: ID!) { deleteEvent(id: $id) { __typename ... on DeletedNode { change { id facts { action label type } } } } }`,
      { id: event },
    );
    expect(deleted.errors).toBeUndefined();
    const deletion = answer<{ change: Change }>(deleted, 'deleteEvent').change;
    expect(deletion.facts).toEqual([
      { action: 'REMOVED', label: null, type: 'ORGANISED' },
      { action: 'REMOVED', label: 'Event', type: null },
    ]);
    const history = (await send(app, historyOf, { of: event })).data?.history as {
      edges: { node: Change }[];
    };
    expect(history.edges.map((edge) => edge.node.operation)).toEqual([
      'deleteEvent',
      'addOrganised',
      'createEvent',
    ]);
    const removed = history.edges[0]?.node.facts.find((f) => f.label === 'Event');
    expect(removed?.before).toMatchObject({
      name: 'History test',
      evidence: [{ source: 'neaspec-som-outcomes', note: 'Written by the history test.' }],
    });

    expect((await mutate(revert, { id: deletion.id })).data?.revertChange).toMatchObject({
      __typename: 'Change',
    });
    const back = await send(
      app,
      `{ node(id: "${event}") { ... on Event { name organisers { slug } } } }`,
      {},
    );
    expect(back.data?.node).toEqual({ name: 'History test', organisers: [{ slug: 'escap' }] });

    // Reverting the creation now would take a relationship added since: refused, naming it.
    const creation = history.edges[2]?.node.id as string;
    const refused = await mutate(revert, { id: creation });
    expect(refused.data?.revertChange).toMatchObject({
      __typename: 'ConflictError',
      fact: `escap -[ORGANISED]-> ${slug}`,
    });
    // Undone in turn, the relationship and then the creation, the graph is as it was.
    const relationship = history.edges[1]?.node.id as string;
    for (const id of [relationship, creation]) {
      const undone = await mutate(revert, { id });
      expect(undone.data?.revertChange).toMatchObject({ __typename: 'Change' });
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('reverts a change that remade a node under another label: the node as it was, with its relationships', async () => {
    await importDataset(db, dataDir, { by: 'history-test' });
    const before = await snapshot(db);
    const current = {
      nodes: await db.read(statements.read.graphNodes),
      relationships: await db.read(statements.read.graphRelationships),
    };
    const id = 'amur-tiger-leopard-dna-analysis';
    const linked = current.relationships.filter((r) => r.from === id || r.to === id);
    expect(linked.length).toBeGreaterThan(1);
    // The files give the project another label: the import deletes it and makes it anew.
    const wanted = {
      nodes: current.nodes.map((n) => (n.id === id ? { ...n, label: 'Network' as const } : n)),
      relationships: current.relationships,
    };
    const made = await db.writeTransaction((run) =>
      writeChange(
        run,
        diffGraph(wanted, current, () => true),
        () => {},
        {
          by: 'history-test',
          origin: 'IMPORT',
          operation: 'import',
        },
      ),
    );
    const [remade] = await db.query<{ labels: string[]; links: number }>(
      'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, COUNT { (n)--() } AS links',
      { id },
    );
    expect(remade).toEqual({ labels: expect.arrayContaining(['Network']), links: linked.length });
    const reverted = await mutate(revert, { id: made });
    expect(reverted.data?.revertChange).toMatchObject({ __typename: 'Change' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to revert a change to a fact changed since, naming the fact and the later change', async () => {
    const first = await mutate(updateProject, {
      input: { id: project, summary: 'First summary.' },
    });
    expect(first.errors).toBeUndefined();
    const earlier = await latest(project);
    await mutate(updateProject, { input: { id: project, summary: 'Second summary.' } });
    const later = await latest(project);
    const refused = await mutate(revert, { id: earlier.id });
    expect(refused.data?.revertChange).toEqual({
      __typename: 'ConflictError',
      message: `Change ${earlier.id} cannot be reverted: Project amur-tiger-leopard-dna-analysis has changed since (change ${later.id}).`,
      fact: 'Project amur-tiger-leopard-dna-analysis',
      change: { id: later.id, operation: 'updateProject' },
    });
    const [row] = await db.query<{ summary: string }>(
      `MATCH (p:Project {id: 'amur-tiger-leopard-dna-analysis'}) RETURN p.summary AS summary`,
    );
    expect(row?.summary).toBe('Second summary.');
    const missing = await mutate(revert, { id: 'no-such-change' });
    expect(missing.data?.revertChange).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('restores a removed membership with its evidence', async () => {
    const ends = { from: encodeId('MemberState', 'CHN'), to: encodeId('Network', 'NEAMPAN') };
    const read = `MATCH (:MemberState {id: 'CHN'})-[r:MEMBER_OF]->(:Network {id: 'NEAMPAN'}) RETURN properties(r) AS properties`;
    const [before] = await db.query(read);
    expect(before).toBeDefined();
    const removed = await mutate(
      `mutation ($input: RemoveMemberOfInput!) { removeMemberOf(input: $input) { __typename ... on RemovedRelationship { change { id facts { action before } } } } }`,
      { input: ends },
    );
    const change = answer<{ change: Change }>(removed, 'removeMemberOf').change;
    expect(change.facts).toMatchObject([{ action: 'REMOVED', before: { origin: 'dataset' } }]);
    expect(await db.query(read)).toEqual([]);
    await mutate(revert, { id: change.id });
    expect(await db.query(read)).toEqual([before]);
  });

  it('lists changes newest first in pages, by author and since a time', async () => {
    const started = new Date().toISOString();
    const pager = `pager-${started}`;
    for (const summary of ['Page one.', 'Page two.', 'Page three.'])
      await mutate(updateProject, { input: { id: project, summary } }, pager);
    const page = `query ($by: String, $since: DateTime, $first: Int, $after: String) {
      changes(by: $by, since: $since, first: $first, after: $after) {
        edges { node { by operation facts { after } } } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = {
      edges: { node: { by: string; facts: { after: { summary: string } }[] } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    const one = (await send(app, page, { by: pager, first: 2 })).data?.changes as Page;
    expect(one.edges.map((e) => e.node.facts[0]?.after.summary)).toEqual([
      'Page three.',
      'Page two.',
    ]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await send(app, page, { by: pager, first: 2, after: one.pageInfo.endCursor })).data
      ?.changes as Page;
    expect(two.edges.map((e) => e.node.facts[0]?.after.summary)).toEqual(['Page one.']);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const since = (await send(app, page, { since: started, first: 100 })).data?.changes as Page;
    expect(since.edges.every((e) => e.node.by === pager)).toBe(true);
    expect(since.edges).toHaveLength(3);
    const tooMany = await send(app, page, { first: 101 });
    expect(tooMany.errors?.[0]?.message).toBe('Argument "first": must be from 1 to 100, got 101');
  });

  it('records an import, and leaves stats, paths and exports as they were', async () => {
    const read = `{
      stats { nodeCounts { label count } relationshipCounts { type count } }
      path(from: "${encodeId('MemberState', 'KOR')}", to: "${encodeId('Species', 'amur-leopard')}") { length }
      neighbourhood(id: "${encodeId('Network', 'NEAMPAN')}") { nodes { id } }
    }`;
    const csv = async () => (await app.fetch('http://localhost/export/csv/Project.csv')).text();
    // The files' graph, with the history of every test before this one.
    await importDataset(db, dataDir, { by: 'history-test' });
    const answer = await send(app, read, {});
    const exported = await csv();
    const dir = await copyDataset();
    await editYaml(dir, 'projects.yaml', (file) => {
      file.projects[0].summary = 'A summary the import test writes.';
    });
    await importDataset(db, dir, { by: 'history-test' });
    await importDataset(db, dataDir, { by: 'history-test' });
    await rm(dir, { recursive: true, force: true });
    const imports = (
      await send(
        app,
        '{ changes(by: "history-test", first: 2) { edges { node { origin operation facts { action label id before after } } } } }',
        {},
      )
    ).data?.changes as { edges: { node: Change }[] };
    expect(imports.edges.map((e) => [e.node.origin, e.node.operation])).toEqual([
      ['IMPORT', 'import'],
      ['IMPORT', 'import'],
    ]);
    expect(imports.edges[1]?.node.facts).toMatchObject([
      {
        action: 'UPDATED',
        label: 'Project',
        after: { summary: 'A summary the import test writes.' },
      },
    ]);
    const [count] = await db.query<{ changes: number }>(
      'MATCH (c:Change) RETURN count(c) AS changes',
    );
    expect(count?.changes).toBeGreaterThan(0);
    expect((await send(app, read, {})).data).toEqual(answer.data);
    expect(await csv()).toBe(exported);
  });
});
