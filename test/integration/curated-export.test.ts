import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { Curation } from '../../src/curation/curation.ts';
import { CuratedExportError, exportCurated } from '../../src/dataset/curated-export.ts';
import { curatedFileName } from '../../src/dataset/curated-format.ts';
import { importDataset } from '../../src/dataset/importer.ts';
import { DatasetError } from '../../src/dataset/problems.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { CuratedSinceExportError } from '../../src/sync/conflict.ts';
import { diffGraph } from '../../src/sync/diff.ts';
import { writeChange } from '../../src/sync/write.ts';
import { copyDataset, editYaml, snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();
let dir: string;
let curatedYaml: string;
const patchPath = () => join(dir, curatedFileName);

beforeAll(async () => {
  dir = await copyDataset();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A fresh graph: every node and relationship removed. */
async function emptyGraph() {
  await db.writeTransaction(async (run) => {
    const current = {
      nodes: await run(statements.read.graphNodes),
      relationships: await run(statements.read.graphRelationships),
    };
    await writeChange(
      run,
      diffGraph({ nodes: [], relationships: [] }, current, () => true),
      () => {},
      { by: 'test', origin: 'IMPORT', operation: 'empty the graph' },
    );
  });
}

const note = (text: string) => [{ source: 'neaspec-som-outcomes', note: text }];

describe('curated facts back to the files', () => {
  it('says there is nothing curated when the graph holds exactly the files', async () => {
    const { yaml } = await exportCurated(db, dir, curatedFileName);
    expect(yaml).toBeUndefined();
  });

  it('writes what editors added, changed and removed; imported onto a fresh graph it gives the curated graph', async () => {
    const alice = new Curation(db, 'alice');
    const bob = new Curation(db, 'bob');
    // A new meeting with its city and host, and a curated change of a meeting of the files.
    await alice.upsertMeeting({
      number: 99,
      title: '99th Senior Officials Meeting (test)',
      startDate: '2031-05-06',
      endDate: '2031-05-07',
      city: 'ulaanbaatar',
      host: 'MNG',
      evidence: [
        { source: 'neaspec-som-outcomes', note: 'Made up by the test: hosted by Mongolia.' },
      ],
    });
    await alice.upsertMeeting({
      number: 18,
      title: '18th Senior Officials Meeting',
      startDate: '2013-11-05',
      endDate: '2013-11-06',
      summary: 'A summary an editor corrected.',
      evidence: [{ source: 'som-18-page', quote: '5-6 November 2013, Ulaanbaatar, Mongolia' }],
    });
    // A decision added to a meeting of the files, and one of the files deleted.
    await bob.recordDecision({
      meeting: 18,
      key: 'curated-decision',
      kind: 'NOTED',
      summary: 'The Meeting noted a decision an editor added.',
      subjects: { networks: ['NEAMPAN'] },
      proposedBy: 'KOR',
      evidence: note('A decision an editor added.'),
    });
    await bob.deleteNode('Decision', 'som-18/air-pollution-framework-endorsed');
    // A membership of the files removed, one added, and a participation added.
    await alice.removeRelationship('MEMBER_OF', { from: 'CHN', to: 'NEAMPAN' });
    await alice.addRelationship('MEMBER_OF', {
      from: 'PRK',
      to: 'NEACAP',
      evidence: note('Made up.'),
    });
    await bob.addRelationship('PARTICIPATES_IN', {
      from: 'PRK',
      to: 'dss-regional-master-plan',
      evidence: note('Made up too.'),
    });
    // Through the mutations generated from the model: a source with its text, an event quoting
    // it, a project of the files corrected, and evidence added to a relationship of the files.
    await alice.createNode('Source', {
      key: 'curated-source',
      title: 'A page an editor added',
      kind: 'web-page',
      url: 'https://example.org/curated',
      text: 'The first curated symposium was held online in 2030.\n',
    });
    await alice.createNode('Event', {
      slug: 'curated-symposium',
      name: 'Curated symposium',
      kind: 'symposium',
      online: true,
      evidence: [{ source: 'curated-source', quote: 'curated symposium was held online' }],
    });
    await bob.updateNode('Project', 'dss-regional-master-plan', {
      summary: 'A summary an editor corrected.',
    });
    await bob.changeEvidence(
      'add',
      { type: 'HELD_IN', from: 'som-18', to: 'ulaanbaatar' },
      note('Evidence an editor added.'),
    );

    const { yaml, patch } = await exportCurated(db, dir, curatedFileName);
    expect(yaml).toBeDefined();
    curatedYaml = yaml as string;
    expect(patch.nodes.map((n) => `${n.label} ${n.id}`)).toEqual([
      'Decision som-18/curated-decision',
      'Event curated-symposium',
      'Meeting som-18',
      'Meeting som-99',
      'Project dss-regional-master-plan',
      'Source curated-source',
    ]);
    expect(patch.nodes.find((n) => n.id === 'som-18')).toMatchObject({
      properties: {
        title: '18th Senior Officials Meeting',
        summary: 'A summary an editor corrected.',
      },
      curatedBy: 'alice',
    });
    expect(patch.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort()).toEqual(
      [
        'MNG HOSTED som-99',
        'KOR PROPOSED som-18/curated-decision',
        'PRK MEMBER_OF NEACAP',
        'PRK PARTICIPATES_IN dss-regional-master-plan',
        'som-18/curated-decision CONCERNS NEAMPAN',
        'som-18/curated-decision MADE_AT som-18',
        'som-99 HELD_IN ulaanbaatar',
        'som-18 HELD_IN ulaanbaatar',
      ].sort(),
    );
    expect(patch.removals).toEqual({
      nodes: [{ label: 'Decision', id: 'som-18/air-pollution-framework-endorsed' }],
      relationships: [{ type: 'MEMBER_OF', from: 'CHN', to: 'NEAMPAN' }],
    });

    const curated = await snapshot(db);
    await writeFile(patchPath(), curatedYaml);
    // Importing the output onto the graph it came from changes nothing.
    expect((await importDataset(db, dir)).unchanged).toBe(true);

    await emptyGraph();
    expect((await snapshot(db)).nodes).toEqual([]);
    const first = await importDataset(db, dir);
    expect(first.unchanged).toBe(false);
    expect(await snapshot(db)).toEqual(curated);
    // Who curated survives the way through the files.
    const [meeting] = await db.read(statements.write.curationEntities, { ids: ['som-18'] });
    expect(meeting?.properties).toMatchObject({ origin: 'curation', curatedBy: 'alice' });
    const again = await importDataset(db, dir);
    expect(again.unchanged).toBe(true);
    expect(
      [...again.nodes, ...again.relationships].every(
        (row) => row.created + row.updated + row.removed === 0,
      ),
    ).toBe(true);

    // Exported again, the graph gives the same file.
    expect((await exportCurated(db, dir, curatedFileName)).yaml).toBe(curatedYaml);
  });

  it('refuses to put back the older version of a fact curated again since the export', async () => {
    await new Curation(db, 'carol').upsertMeeting({
      number: 99,
      title: '99th Senior Officials Meeting (test)',
      startDate: '2031-05-06',
      endDate: '2031-05-08',
      evidence: note('Corrected after the export.'),
    });
    const before = await snapshot(db);
    const refusal = await importDataset(db, dir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CuratedSinceExportError);
    expect((refusal as Error).message).toContain('Meeting som-99, curated at');
    expect(await snapshot(db)).toEqual(before);

    const { yaml } = await exportCurated(db, dir, curatedFileName);
    expect(yaml).toContain('curatedBy: carol');
    curatedYaml = yaml as string;
    await writeFile(patchPath(), curatedYaml);
    expect((await importDataset(db, dir)).unchanged).toBe(true);
  });

  it('refuses a patch naming an unknown node or a quote not in its source, naming file and path, and writes nothing', async () => {
    const before = await snapshot(db);
    const patch = parse(curatedYaml);
    patch.relationships[0].to = 'no-such-node';
    patch.nodes[0].evidence = [{ source: 'som-18-page', quote: 'words the page never says' }];
    patch.removals.nodes.push({ label: 'Meeting', id: 'som-77' });
    await writeFile(patchPath(), stringify(patch));
    const refusal = await importDataset(db, dir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DatasetError);
    const message = (refusal as Error).message;
    expect(message).toContain(
      `${curatedFileName}: nodes[0].evidence[0].quote: not found in source som-18-page`,
    );
    expect(message).toMatch(
      new RegExp(`${curatedFileName}: relationships\\[0\\]\\.to: unknown .*"no-such-node"`),
    );
    expect(message).toContain(
      `${curatedFileName}: removals.nodes[1].id: the files hold no node "som-77"`,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a patch with a label or property the model does not have', async () => {
    const patch = parse(curatedYaml);
    patch.nodes[0].label = 'Committee';
    patch.nodes[1].properties.colour = 'blue';
    await writeFile(patchPath(), stringify(patch));
    const message = await importDataset(db, dir).catch((error: Error) => error.message);
    expect(message).toContain(
      `${curatedFileName}: nodes[0].label: expected label to be one of AgendaItem,`,
    );
    expect(message).toContain(`${curatedFileName}: nodes[1].properties: unknown field colour`);
  });

  it('refuses to export from a graph imported from other files', async () => {
    await writeFile(patchPath(), curatedYaml);
    await editYaml(dir, 'meetings/som-18.yaml', (content) => {
      content.agenda[0].title = 'A title the graph does not hold';
    });
    const refusal = await exportCurated(db, dir, curatedFileName).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CuratedExportError);
    expect((refusal as Error).message).toContain('AgendaItem som-18/1');
    expect(await readFile(patchPath(), 'utf8')).toBe(curatedYaml);
  });
});
