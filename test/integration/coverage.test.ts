import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { DatasetError } from '../../src/dataset/problems.ts';
import { migrate } from '../../src/neo4j/migrate.ts';
import { graphql, testApp, testDatabase } from '../support/database.ts';
import { copyDataset, editYaml } from '../support/dataset.ts';

const db = testDatabase();
const app = testApp(db);
let dir: string;

/** The data of a query that must succeed. */
async function data<T>(text: string): Promise<T> {
  const result = await graphql(app, text);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** A note of the SOM-18 page, as the evidence of what the copy states. */
const note = (text: string) => [{ source: 'som-18-page', note: text }];

beforeAll(async () => {
  await migrate(db);
  dir = await copyDataset();
  // SOM-7 known only by its number; SOM-18 stated to have had no host; the Eco-efficiency
  // Partnership stated to have no members yet.
  await writeFile(
    join(dir, 'meetings/som-07.yaml'),
    [
      'meeting:',
      '  number: 7',
      '  title: 7th Senior Officials Meeting',
      '  evidence:',
      '    - source: som-18-page',
      '      note: The numbering of the meetings says a seventh meeting took place.',
      '',
    ].join('\n'),
  );
  await editYaml(dir, 'meetings/som-18.yaml', (content) => {
    content.meeting.none = [{ of: ['host'], evidence: note('No State hosted the meeting.') }];
  });
  await editYaml(dir, 'networks.yaml', (content) => {
    const network = content.networks.find(
      (n: { id: string }) => n.id === 'eco-efficiency-partnership',
    );
    network.none = [{ of: ['members'], evidence: note('The partnership has no members yet.') }];
  });
  await importDataset(db, dir, { replace: true });
});
afterAll(() => db.close());

interface Coverage {
  date: string;
  city: string;
  host: string;
  attendance: string;
  agenda: string;
  decisions: string;
}
interface MeetingRow {
  number: number;
  startDate: string | null;
  year: number | null;
  hostState: { iso3: string } | null;
  attendees: { iso3: string }[];
  coverage: Coverage;
}

const meetingFields =
  'number startDate year hostState { iso3 } attendees { iso3 } coverage { date city host attendance agenda decisions }';

describe('a dashboard tells "not recorded" from "none"', () => {
  it('hosts: a named host is RECORDED, a host a source says there was none of is NONE, an unnamed one NOT_RECORDED; all three read null but SOM-19', async () => {
    const { a, b, c } = await data<Record<'a' | 'b' | 'c', MeetingRow>>(
      `{ a: meeting(number: 19) { ${meetingFields} } b: meeting(number: 18) { ${meetingFields} } c: meeting(number: 20) { ${meetingFields} } }`,
    );
    expect([a.hostState?.iso3, a.coverage.host]).toEqual(['RUS', 'RECORDED']);
    expect([b.hostState, b.coverage.host]).toEqual([null, 'NONE']);
    expect([c.hostState, c.coverage.host]).toEqual([null, 'NOT_RECORDED']);
  });

  it('attendance: a listed attendance is RECORDED, an empty list without a list in the sources NOT_RECORDED', async () => {
    const { a, b } = await data<Record<'a' | 'b', MeetingRow>>(
      `{ a: meeting(number: 2) { ${meetingFields} } b: meeting(number: 18) { ${meetingFields} } }`,
    );
    expect(a.attendees.length).toBeGreaterThan(0);
    expect(a.coverage.attendance).toBe('RECORDED');
    expect([b.attendees, b.coverage.attendance]).toEqual([[], 'NOT_RECORDED']);
  });

  it('participation: a network with members is RECORDED, one a source says has none NONE, one whose members no source lists NOT_RECORDED; programme areas follow their networks and projects', async () => {
    const {
      networks,
      projects: allProjects,
      programmes,
      participation,
    } = await data<{
      networks: { name: string; acronym: string | null; participationCoverage: string }[];
      programmes: {
        slug: string;
        participationCoverage: string;
        networks: { participationCoverage: string }[];
        projects: { participationCoverage: string }[];
      }[];
      projects: { name: string; participationCoverage: string }[];
      participation: { target: { name: string } }[];
    }>(
      `{ networks { name acronym participationCoverage } projects { name participationCoverage }
         programmes { slug participationCoverage networks { participationCoverage } projects { participationCoverage } }
         participation { target { ... on Entity { name } } } }`,
    );
    const linked = new Set(participation.map((p) => p.target.name));
    const of = (acronym: string) => {
      const network = networks.find((n) => n.acronym === acronym || n.name.startsWith(acronym));
      return [network?.participationCoverage, linked.has(network?.name ?? '')];
    };
    expect(of('NEAMPAN')).toEqual(['RECORDED', true]);
    // Whatever the files record: a network or project whose participants no source lists has no
    // participation rows, and one whose participants are recorded has some.
    const unrecorded = [...networks, ...allProjects].filter(
      (p) => p.participationCoverage === 'NOT_RECORDED',
    );
    expect(unrecorded.length).toBeGreaterThan(0);
    for (const p of unrecorded) expect([p.name, linked.has(p.name)]).toEqual([p.name, false]);
    for (const p of [...networks, ...allProjects].filter(
      (p) => p.participationCoverage === 'RECORDED',
    ))
      expect([p.name, linked.has(p.name)]).toEqual([p.name, true]);
    expect(of('Eco-efficiency Partnership')).toEqual(['NONE', false]);
    for (const { networks: n, projects, participationCoverage, slug } of programmes) {
      const parts = [...n, ...projects].map((p) => p.participationCoverage);
      const expected =
        parts.length === 0 || parts.includes('NOT_RECORDED')
          ? 'NOT_RECORDED'
          : parts.includes('RECORDED')
            ? 'RECORDED'
            : 'NONE';
      expect([slug, participationCoverage]).toEqual([slug, expected]);
    }
    expect(programmes.find((p) => p.slug === 'eco-efficiency')?.participationCoverage).toBe('NONE');
  });

  it('a meeting known only by its number is there, with no date and nothing recorded', async () => {
    type Page = { totalCount: number; edges: { node: { number: number } }[] };
    const { meeting, meetings, byDate, byNumber } = await data<{
      meeting: MeetingRow;
      meetings: Page;
      byDate: Page;
      byNumber: Page;
    }>(`{ meeting(number: 7) { ${meetingFields} }
          meetings(fromYear: 1990, first: 100) { totalCount edges { node { number } } }
          byDate: meetings(first: 100, orderBy: { field: START_DATE }) { totalCount edges { node { number } } }
          byNumber: meetings(first: 100) { totalCount edges { node { number } } } }`);
    // In number order it is listed; in date order it has no place, and is not counted there.
    expect(byNumber.edges.map((e) => e.node.number)).toContain(7);
    expect(byNumber.totalCount).toBe(byNumber.edges.length);
    expect(byDate.edges.map((e) => e.node.number)).not.toContain(7);
    expect(byDate.totalCount).toBe(byDate.edges.length);
    expect(meeting).toEqual({
      number: 7,
      startDate: null,
      year: null,
      hostState: null,
      attendees: [],
      coverage: {
        date: 'NOT_RECORDED',
        city: 'NOT_RECORDED',
        host: 'NOT_RECORDED',
        attendance: 'NOT_RECORDED',
        agenda: 'NOT_RECORDED',
        decisions: 'NOT_RECORDED',
      },
    });
    // A year filter asks about dates: a meeting without one is not in any year.
    expect(meetings.edges.map((e) => e.node.number)).not.toContain(7);
    expect(meetings.totalCount).toBe(meetings.edges.length);
  });

  it("stats' coverage counts the meetings each fact is recorded for, as each meeting's coverage says, and names the numbers without a meeting", async () => {
    const { stats } = await data<{
      stats: {
        coverage: {
          meetings: { number: number; coverage: Coverage }[];
          aspects: { aspect: string; recorded: number; none: number; notRecorded: number }[];
          years: { year: number; meetings: number; decisionsRecorded: number }[];
          unrecordedNumbers: number[];
        };
      };
    }>(
      `{ stats { coverage { meetings { number coverage { date city host attendance agenda decisions } }
         aspects { aspect recorded none notRecorded } years { year meetings decisionsRecorded } unrecordedNumbers } } }`,
    );
    const { meetings, aspects, years, unrecordedNumbers } = stats.coverage;
    const files = (await readdir(join(dir, 'meetings'))).map((f) => Number(/\d+/.exec(f)?.[0]));
    expect(meetings.map((m) => m.number)).toEqual([...files].sort((a, b) => a - b));
    const tally = (aspect: keyof Coverage, value: string) =>
      meetings.filter((m) => m.coverage[aspect] === value).length;
    expect(aspects).toEqual(
      (['date', 'city', 'host', 'attendance', 'agenda', 'decisions'] as const).map((aspect) => ({
        aspect: aspect.toUpperCase(),
        recorded: tally(aspect, 'RECORDED'),
        none: tally(aspect, 'NONE'),
        notRecorded: tally(aspect, 'NOT_RECORDED'),
      })),
    );
    expect(aspects.find((a) => a.aspect === 'HOST')).toMatchObject({ none: 1 });
    const highest = Math.max(...files);
    expect(unrecordedNumbers).toEqual(
      Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !files.includes(n)),
    );
    // Every year from the first to the last; 2013 (SOM-18) has its decisions recorded.
    expect(years.map((y) => y.year)).toEqual(
      Array.from({ length: years.length }, (_, i) => (years[0]?.year ?? 0) + i),
    );
    expect(years.find((y) => y.year === 2013)).toEqual({
      year: 2013,
      meetings: 1,
      decisionsRecorded: 1,
    });
    expect(years.some((y) => y.meetings === 0 && y.decisionsRecorded === 0)).toBe(true);
  });

  it('a file that states none of what it lists is refused, naming the field, and changes nothing', async () => {
    await editYaml(dir, 'meetings/som-19.yaml', (content) => {
      content.meeting.none = [{ of: ['host'], evidence: note('No State hosted it.') }];
    });
    const refused = await importDataset(db, dir, { replace: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatasetError);
    expect(String((refused as Error).message)).toContain(
      'meeting.none[0].of[0]: the entry gives its host, so a source cannot state it has none',
    );
    const { meeting } = await data<{ meeting: MeetingRow }>(
      `{ meeting(number: 19) { ${meetingFields} } }`,
    );
    expect(meeting.coverage.host).toBe('RECORDED');
  });
});
