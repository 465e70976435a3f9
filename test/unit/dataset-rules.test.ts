import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compileDataset } from '../../src/dataset/compile/index.ts';
import { meetingFile, referenceFiles } from '../../src/dataset/format.ts';
import { readDataset } from '../../src/dataset/importer.ts';
import { checkFile, type Located, loadDataset, reportedName } from '../../src/dataset/load.ts';
import { DatasetError, type Problem } from '../../src/dataset/problems.ts';
import { dataDir } from '../../src/paths.ts';
import { copyDataset, editYaml } from '../support/dataset.ts';

/** A change to the text of one file of the dataset; undefined removes the file. */
interface Edit {
  file: string;
  change: (text: string) => string | undefined;
}

/** An edit of one YAML file of the dataset, as a curator would make it. */
const inYaml = (
  file: string,
  // biome-ignore lint/suspicious/noExplicitAny: a test edits YAML of any shape, as a curator would
  change: (content: any) => void,
): Edit => ({
  file,
  change: (text) => {
    const content = parse(text);
    change(content);
    return stringify(content);
  },
});

/** The good dataset, read and parsed once: each case checks again only the file it edits. */
const good = await loadDataset(dataDir, []);
if (good === undefined) throw new Error('the dataset in data/ does not load');

/** The problems readDataset reports for the dataset with one file edited, as its error. */
async function errorWith({ file, change }: Edit): Promise<DatasetError | undefined> {
  if (good === undefined) return undefined;
  const problems: Problem[] = [];
  const name = reportedName(dataDir, file);
  const reference = Object.entries(referenceFiles).find(([, format]) => format.file === file);
  const source = change(await readFile(join(dataDir, file), 'utf8'));
  const content = checkFile(name, source, reference?.[1].schema ?? meetingFile, problems);
  if (content === undefined) return new DatasetError(problems);
  const dataset = structuredClone(good);
  const located: Located<unknown> | undefined = reference
    ? dataset[reference[0] as keyof typeof referenceFiles]
    : dataset.meetings.find((meeting) => meeting.file === name);
  if (located === undefined) throw new Error(`${file} is not a file of the dataset`);
  located.content = content;
  const { problems: crossFile } = compileDataset(dataset);
  return crossFile.length > 0 ? new DatasetError(crossFile) : undefined;
}

const som18 = 'meetings/som-18.yaml';
const som19 = 'meetings/som-19.yaml';

/** A note that says nothing a rule looks for. */
const plainNote = (source: string) => [{ source, note: 'The page mentions it.' }];

/** Each kind of bad dataset, and the line that must name its file, entry and field. */
const cases: [kind: string, edit: Edit, problem: string][] = [
  [
    'a meeting only announced whose summary says it was held',
    inYaml('meetings/som-25.yaml', (f) => {
      f.meeting.summary = 'Held in a virtual modality on 20-21 September 2022.';
    }),
    'meetings/som-25.yaml: meeting.summary: its only source (som-25-page) announces it: the summary must say it was announced',
  ],
  [
    'an event only announced whose summary reports it held',
    inYaml('events.yaml', (f) => {
      f.events[0].evidence = [{ source: 'nfp-2021-page', note: 'The page announces a meeting.' }];
    }),
    'events.yaml: events[0].summary: its only source (nfp-2021-page) announces it: the summary must say it was announced',
  ],
  [
    'a meeting only announced that carries decisions',
    inYaml('meetings/som-25.yaml', (f) => {
      f.decisions = [
        {
          key: 'commitments-renewed',
          kind: 'ADOPTED',
          summary: 'SOM-25 adopted renewed commitments to NEASPEC.',
          evidence: f.meeting.evidence,
        },
      ];
    }),
    'meetings/som-25.yaml: decisions: its only source (som-25-page) announces it and reports no outcome: give no decisions',
  ],
  [
    'a meeting flagged uncertain whose evidence says nothing is uncertain',
    inYaml('meetings/som-14.yaml', (f) => {
      f.meeting.certainty = 'uncertain';
    }),
    'meetings/som-14.yaml: meeting.certainty: certainty: uncertain needs evidence that says what is uncertain',
  ],
  [
    "an agenda item titled with a programme area's alias that does not review it",
    inYaml('meetings/som-17.yaml', (f) => {
      f.agenda[2].reviews = [];
    }),
    'meetings/som-17.yaml: agenda[2].reviews: the item\'s title "Mitigation of Dust and Sandstorms" is a name of the programme area desertification-land-degradation',
  ],
  [
    'a network covering a place, not a State',
    inYaml('networks.yaml', (f) => {
      f.networks[0].covers[0].states = ['SEO'];
    }),
    'networks.yaml: networks[0].covers[0].states[0]: unknown member state "SEO"',
  ],
  [
    'a member that nominated no sites',
    inYaml('networks.yaml', (f) => {
      f.networks[0].members[0].sites = 0;
    }),
    'networks.yaml: networks[0].members[0].sites: expected a number of sites from 1',
  ],
  [
    'a source dated otherwise than as a year, a month or a day of the calendar',
    inYaml('sources.yaml', (f) => {
      f.sources[0].date = '1999-02-30';
    }),
    'sources.yaml: sources[0].date: expected a date as precise as the source gives it: 1992, 1992-10 or 1992-10-11, a real calendar date',
  ],
  [
    'an agenda item numbered otherwise than printed',
    inYaml('meetings/som-17.yaml', (f) => {
      f.agenda[0].number = 'a)';
    }),
    'meetings/som-17.yaml: agenda[0].number: expected an item number such as 2, 2a or a',
  ],
  [
    'unknown reference',
    inYaml('networks.yaml', (f) => {
      f.networks[0].programme.slug = 'marine-protected-area';
    }),
    'networks.yaml: networks[0].programme.slug: unknown programme "marine-protected-area"',
  ],
  [
    'reference to an entry of another kind',
    inYaml(som18, (f) => {
      f.agenda[2].reviews = ['amur-tiger'];
    }),
    'meetings/som-18.yaml: agenda[2].reviews[0]: "amur-tiger" is a species, not a programme',
  ],
  [
    'a region that is not a place (the relationship table says what a link may join)',
    inYaml('projects.yaml', (f) => {
      f.projects[0].regions[0].places = ['amur-tiger'];
    }),
    'projects.yaml: projects[0].regions[0].places[0]: "amur-tiger" is a species, not a place',
  ],
  [
    'a decision subject listed under the wrong kind',
    inYaml(som18, (f) => {
      f.decisions[0].subjects.projects = ['marine-protected-areas'];
    }),
    'meetings/som-18.yaml: decisions[0].subjects.projects[0]: "marine-protected-areas" is a programme, not a project',
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
    'networks.yaml: networks[0].members[0].states[1]: unknown member state "XYZ"',
  ],
  [
    'malformed ISO code',
    inYaml(som19, (f) => {
      f.meeting.host.state = 'Russia';
    }),
    'meetings/som-19.yaml: meeting.host.state: expected an ISO 3166 alpha-3 code such as KOR',
  ],
  [
    'a host written the old way, without its own evidence',
    inYaml(som19, (f) => {
      f.meeting.host = 'RUS';
    }),
    'meetings/som-19.yaml: meeting.host: expected a map, got string "RUS"',
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
    { file: som18, change: (t) => t.replace('    proposedBy: RUS', '    proposedby: RUS') },
    'meetings/som-18.yaml: decisions[1]: unknown field proposedby',
  ],
  ['empty file', { file: 'species.yaml', change: () => '' }, 'species.yaml: the file is empty'],
  [
    'YAML syntax error',
    { file: 'places.yaml', change: (t) => t.replace('places:', 'places: [') },
    'places.yaml: YAML syntax error: Nested mappings are not allowed in compact mappings at line',
  ],
  [
    'missing file',
    { file: 'organisations.yaml', change: () => undefined },
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
  [
    'a host whose evidence does not say who hosted',
    inYaml(som19, (f) => {
      f.meeting.host.evidence = plainNote('som-19-page');
    }),
    'meetings/som-19.yaml: meeting.host.evidence: a host needs evidence that says who hosted ("hosted by ..." or "... hosts ...", with the hosting body)',
  ],
  [
    'a host taken from the venue',
    inYaml(som18, (f) => {
      f.meeting.host = {
        state: 'MNG',
        evidence: [{ source: 'som-18-page', quote: '5-6 November 2013, Ulaanbaatar, Mongolia' }],
      };
    }),
    'meetings/som-18.yaml: meeting.host.evidence: a host needs evidence that says who hosted',
  ],
  [
    'an OUTCOME whose evidence quotes a decision verb',
    inYaml(som18, (f) => {
      f.decisions[2].kind = 'OUTCOME';
    }),
    'meetings/som-18.yaml: decisions[2].kind: OUTCOME is for an outcome whose source names no verb, but the evidence says "decided": use DECIDED',
  ],
  [
    'an OUTCOME whose note uses a decision verb',
    inYaml(som19, (f) => {
      f.decisions.push({
        key: 'test-outcome',
        kind: 'OUTCOME',
        summary: 'A test outcome.',
        evidence: [{ source: 'som-19-page', note: 'The meeting took note of the plan.' }],
      });
    }),
    'meetings/som-19.yaml: decisions[4].kind: OUTCOME is for an outcome whose source names no verb, but the evidence says "took note": use NOTED',
  ],
  [
    'online without evidence that says so',
    inYaml(som19, (f) => {
      delete f.meeting.city;
      f.meeting.online = true;
    }),
    'meetings/som-19.yaml: meeting.online: online: true needs evidence that says it was online, virtual or by video',
  ],
  [
    'a city\'s State without the source\'s "City, Country"',
    inYaml('places.yaml', (f) => {
      f.places[0].in.evidence = plainNote('neaspec-som-outcomes');
    }),
    `places.yaml: places[0].in.evidence: a city's State needs evidence that writes "Seoul, Republic of Korea" as the source does`,
  ],
  [
    'a city\'s State the source\'s "City, Country" does not name',
    inYaml('places.yaml', (f) => {
      f.places[0].in.state = 'PRK';
    }),
    `places.yaml: places[0].in.evidence: a city's State needs evidence that writes "Seoul, Democratic People's Republic of Korea"`,
  ],
  [
    'attendance that its evidence does not list',
    inYaml(som19, (f) => {
      f.meeting.attendance = [{ states: ['RUS', 'PRK'], evidence: plainNote('som-19-page') }];
    }),
    'meetings/som-19.yaml: meeting.attendance[0].states: attendance comes from an explicit list: the evidence names no RUS, PRK',
  ],
];

describe('a bad dataset', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(cases)('is refused, naming file, entry and field: %s', async (_kind, edit, problem) => {
    const error = await errorWith(edit);
    expect(error).toBeInstanceOf(DatasetError);
    const lines = (error as DatasetError).message.split('\n');
    const folder = reportedName(dataDir, '.');
    expect(lines.filter((line) => line.startsWith(`${folder}/${problem}`))).toHaveLength(1);
  });

  it('lists every problem at once, not only the first', async () => {
    const copy = await copyDataset();
    dir = copy;
    await editYaml(dir, som18, (f) => {
      f.meeting.endDate = '2013-11-01';
      f.decisions[0].evidence[0].quote = 'not in the text';
    });
    await editYaml(dir, som19, (f) => {
      f.meeting.host.evidence = plainNote('som-19-page');
    });
    const error = (await readDataset(dir).catch((e: unknown) => e)) as DatasetError;
    expect(error.problems.map((p) => `${p.file.slice(copy.length + 1)}: ${p.path}`).sort()).toEqual(
      [
        'meetings/som-18.yaml: decisions[0].evidence[0].quote',
        'meetings/som-18.yaml: meeting.endDate',
        'meetings/som-19.yaml: meeting.host.evidence',
      ],
    );
  });

  it('reports malformed files before their facts: a file that does not parse hides no other file', async () => {
    dir = await copyDataset();
    await editYaml(dir, 'species.yaml', (f) => {
      f.species[0].slug = 'Amur Tiger';
    });
    await editYaml(dir, som18, (f) => {
      f.decisions[0].evidence[0].quote = 'not in the text';
    });
    const error = (await readDataset(dir).catch((e: unknown) => e)) as DatasetError;
    expect(error.problems.map((p) => p.path)).toEqual(['species[0].slug']);
  });
});
