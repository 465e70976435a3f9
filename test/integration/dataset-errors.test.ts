import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { DatasetError } from '../../src/dataset/problems.ts';
import { copyDataset, editText, editYaml, snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

type Edit = (dir: string) => Promise<void>;

/** An edit of one YAML file of the dataset copy. */
const inYaml =
  // biome-ignore lint/suspicious/noExplicitAny: a test edits YAML of any shape, as a curator would
    (file: string, change: (content: any) => void): Edit =>
    (dir) =>
      editYaml(dir, file, change);

const som18 = 'meetings/som-18.yaml';

/** Each kind of bad dataset, and the line that must name its file, entry and field. */
const cases: [kind: string, edit: Edit, problem: string][] = [
  [
    'unknown reference',
    inYaml('projects.yaml', (f) => {
      f.projects[1].programme.slug = 'air-pollutoin';
    }),
    'projects.yaml: projects[1].programme.slug: unknown programme "air-pollutoin"',
  ],
  [
    'reference to an entry of another kind',
    inYaml(som18, (f) => {
      f.agenda[2].reviews = ['amur-tiger'];
    }),
    'meetings/som-18.yaml: agenda[2].reviews[0]: "amur-tiger" is a species, not a programme',
  ],
  [
    'duplicate id',
    inYaml('species.yaml', (f) => {
      f.species[1].slug = 'amur-tiger';
    }),
    'species.yaml: species[1].slug: duplicate id "amur-tiger": already used at',
  ],
  [
    'malformed date',
    inYaml(som18, (f) => {
      f.meeting.startDate = '5 November 2013';
    }),
    'meetings/som-18.yaml: meeting.startDate: expected a date written YYYY-MM-DD',
  ],
  [
    'date that is not in the calendar',
    inYaml(som18, (f) => {
      f.meeting.endDate = '2013-11-31';
    }),
    'meetings/som-18.yaml: meeting.endDate: not a real calendar date',
  ],
  [
    'end before start',
    inYaml(som18, (f) => {
      f.meeting.endDate = '2013-11-04';
    }),
    'meetings/som-18.yaml: meeting.endDate: 2013-11-04 is before startDate 2013-11-05',
  ],
  [
    'missing evidence',
    inYaml(som18, (f) => {
      delete f.decisions[1].evidence;
    }),
    'meetings/som-18.yaml: decisions[1].evidence: missing: this field is required',
  ],
  [
    'empty evidence',
    inYaml('networks.yaml', (f) => {
      f.networks[0].members[0].evidence = [];
    }),
    'networks.yaml: networks[0].members[0].evidence: evidence is required: at least one source with a quote or a note',
  ],
  [
    'quote not in its source',
    inYaml(som18, (f) => {
      f.decisions[0].evidence[0].quote = 'the Meeting launched NEACAP';
    }),
    'meetings/som-18.yaml: decisions[0].evidence[0].quote: not found in source som-18-page',
  ],
  [
    'quote from a source whose text we do not hold',
    inYaml(som18, (f) => {
      f.decisions[0].evidence[0].source = 'som-18-report';
    }),
    'meetings/som-18.yaml: decisions[0].evidence[0].quote: source som-18-report has no text to quote from',
  ],
  [
    'note whose source cannot be looked up',
    inYaml(som18, (f) => {
      f.decisions[0].evidence.push({ source: 'som-18-report', note: 'launched' });
    }),
    'meetings/som-18.yaml: decisions[0].evidence[1].note: source som-18-report has neither a url nor a reference',
  ],
  [
    'both quote and note',
    inYaml(som18, (f) => {
      f.decisions[0].evidence[0].note = 'launched';
    }),
    'meetings/som-18.yaml: decisions[0].evidence[0]: give exactly one of quote (verbatim) or note (paraphrase)',
  ],
  [
    'unknown source',
    inYaml('member-states.yaml', (f) => {
      f.memberStates[2].evidence[0].source = 'wikipedia';
    }),
    'member-states.yaml: memberStates[2].evidence[0].source: unknown source "wikipedia"',
  ],
  [
    'unknown ISO code',
    inYaml('networks.yaml', (f) => {
      f.networks[0].members[0].states.push('XYZ');
    }),
    'networks.yaml: networks[0].members[0].states[5]: unknown member state "XYZ"',
  ],
  [
    'malformed ISO code',
    inYaml(som18, (f) => {
      f.meeting.host = 'Mongolia';
    }),
    'meetings/som-18.yaml: meeting.host: expected an ISO 3166 alpha-3 code such as KOR',
  ],
  [
    'wrong type',
    inYaml(som18, (f) => {
      f.meeting.number = 'eighteen';
    }),
    'meetings/som-18.yaml: meeting.number: expected number, got string "eighteen"',
  ],
  [
    'unknown decision kind',
    inYaml(som18, (f) => {
      f.decisions[0].kind = 'CELEBRATED';
    }),
    'meetings/som-18.yaml: decisions[0].kind: expected one of LAUNCHED, ENDORSED',
  ],
  [
    'misspelt field',
    (dir) => editText(dir, som18, (t) => t.replace('    proposedBy: RUS', '    proposedby: RUS')),
    'meetings/som-18.yaml: decisions[1]: unknown field proposedby',
  ],
  [
    'empty file',
    (dir) => editText(dir, 'species.yaml', () => ''),
    'species.yaml: the file is empty',
  ],
  [
    'YAML syntax error',
    (dir) => editText(dir, 'places.yaml', (t) => t.replace('places:', 'places: [')),
    'places.yaml: YAML syntax error: Nested mappings are not allowed in compact mappings at line 3, column',
  ],
  [
    'missing file',
    (dir) => rm(join(dir, 'organisations.yaml')),
    'organisations.yaml: file not found',
  ],
  [
    'meeting file named for another meeting',
    inYaml(som18, (f) => {
      f.meeting.number = 19;
    }),
    'meetings/som-18.yaml: meeting.number: the file is named for SOM-18 but holds SOM-19',
  ],
  [
    'both a city and online',
    inYaml(som18, (f) => {
      f.meeting.online = true;
    }),
    'meetings/som-18.yaml: meeting.city: give either city or online: true, not both',
  ],
];

describe('a bad dataset', () => {
  it.each(cases)('is refused, naming file, entry and field: %s', async (_kind, edit, problem) => {
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

  it('lists every problem at once, not only the first', async () => {
    const dir = await copyDataset();
    try {
      await editYaml(dir, 'meetings/som-18.yaml', (f) => {
        f.meeting.endDate = '2013-11-01';
        f.decisions[0].evidence[0].quote = 'not in the text';
      });
      await inYaml('species.yaml', (f) => {
        f.species[0].slug = 'Amur Tiger';
      })(dir);
      const error = (await importDataset(db, dir).catch((e: unknown) => e)) as DatasetError;
      expect(error.problems.length).toBe(1);
      await inYaml('species.yaml', (f) => {
        f.species[0].slug = 'amur-tiger';
      })(dir);
      const second = (await importDataset(db, dir).catch((e: unknown) => e)) as DatasetError;
      expect(second.problems.map((p) => p.path).sort()).toEqual([
        'decisions[0].evidence[0].quote',
        'meeting.endDate',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
