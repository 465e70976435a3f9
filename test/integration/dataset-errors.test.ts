import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { DatasetError } from '../../src/dataset/problems.ts';
import { copyDataset, editText, editYaml, snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

type Edit = (dir: string) => Promise<void>;

// Every rule is tested on its own, without Neo4j, in test/unit/dataset-rules.test.ts; these
// cases show that an import refused for any kind of problem leaves the graph as it was.
const cases: [kind: string, edit: Edit, problem: string][] = [
  [
    'a host whose evidence does not say who hosted',
    (dir) =>
      editYaml(dir, 'meetings/som-22.yaml', (f) => {
        f.meeting.host.evidence = [{ source: 'som-22-page', note: 'The meeting was in Beijing.' }];
      }),
    'meetings/som-22.yaml: meeting.host.evidence: a host needs evidence that says who hosted',
  ],
  [
    'a host given to a meeting no source says was hosted',
    (dir) =>
      editYaml(dir, 'meetings/som-18.yaml', (f) => {
        f.meeting.host = { state: 'MNG', evidence: f.meeting.evidence };
      }),
    'meetings/som-18.yaml: meeting.host.evidence: a host needs evidence that says who hosted',
  ],
  [
    'an OUTCOME decision whose evidence quotes a decision verb',
    (dir) =>
      editYaml(dir, 'meetings/som-18.yaml', (f) => {
        f.decisions[1].kind = 'OUTCOME';
      }),
    'meetings/som-18.yaml: decisions[1].kind: OUTCOME is for an outcome whose source names no verb, but the evidence says "endorsed": use ENDORSED',
  ],
  [
    'a quote that is not in its source',
    (dir) =>
      editYaml(dir, 'meetings/som-18.yaml', (f) => {
        f.decisions[0].evidence[0].quote = 'the Meeting launched NEACAP';
      }),
    'meetings/som-18.yaml: decisions[0].evidence[0].quote: not found in source som-18-page',
  ],
  [
    'a YAML syntax error',
    (dir) => editText(dir, 'places.yaml', (t) => t.replace('places:', 'places: [')),
    'places.yaml: YAML syntax error',
  ],
  [
    'a missing file',
    (dir) => rm(join(dir, 'organisations.yaml')),
    'organisations.yaml: file not found',
  ],
];

describe('a bad dataset', () => {
  it.each(cases)('is refused and changes nothing: %s', async (_kind, edit, problem) => {
    const dir = await copyDataset();
    try {
      await edit(dir);
      const before = await snapshot(db);
      const error = await importDataset(db, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      const lines = (error as DatasetError).message.split('\n');
      expect(lines.filter((line) => line.startsWith(`${dir}/${problem}`))).toHaveLength(1);
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
