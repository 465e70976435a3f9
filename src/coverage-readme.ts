/**
 * The README's "What the data covers" section, written from the API's coverage answers
 * (`npm run coverage:readme`; a test fails when the README's section differs from the graph
 * imported from data/).
 */

/** The operation the section is written from. */
export const coverageQuery = `query Coverage {
  stats {
    coverage {
      meetings { number coverage { date city host attendance agenda decisions } }
      aspects { aspect recorded none notRecorded }
      years { year decisionsRecorded }
      unrecordedNumbers
    }
  }
  networks { name participationCoverage }
  projects { name participationCoverage }
}`;

type Aspect = 'date' | 'city' | 'host' | 'attendance' | 'agenda' | 'decisions';

export interface CoverageAnswer {
  stats: {
    coverage: {
      meetings: { number: number; coverage: Record<Aspect, string> }[];
      aspects: { aspect: string; recorded: number; none: number; notRecorded: number }[];
      years: { year: number; decisionsRecorded: number }[];
      unrecordedNumbers: number[];
    };
  };
  networks: { name: string; participationCoverage: string }[];
  projects: { name: string; participationCoverage: string }[];
}

export const sectionStart =
  '<!-- coverage:start: written by `npm run coverage:readme` from the API; do not edit -->';
export const sectionEnd = '<!-- coverage:end -->';

const soms = (numbers: readonly number[]) =>
  numbers.length === 0 ? '' : `SOM-${numbers.join(', ')}`;

/** The section's text between its markers. */
export function coverageSection({ stats: { coverage }, networks, projects }: CoverageAnswer) {
  const { meetings, aspects, years, unrecordedNumbers } = coverage;
  const numbers = meetings.map((m) => m.number);
  const rows = aspects.map(({ aspect, recorded, none, notRecorded }) => {
    const name = aspect.toLowerCase() as Aspect;
    const missing = meetings.filter((m) => m.coverage[name] === 'NOT_RECORDED');
    return `| ${name} | ${recorded} | ${none} | ${notRecorded} | ${soms(missing.map((m) => m.number))} |`;
  });
  const unrecorded = (list: CoverageAnswer['networks']) =>
    list
      .filter((n) => n.participationCoverage === 'NOT_RECORDED')
      .map((n) => n.name)
      .join('; ') || 'none';
  const silentYears = years.filter((y) => y.decisionsRecorded === 0).map((y) => y.year);
  return [
    `The graph holds ${meetings.length} Senior Officials Meetings, SOM-${Math.min(...numbers)} to SOM-${Math.max(...numbers)}. ` +
      `"Not recorded" is not "none": \`Meeting.coverage\` and \`participationCoverage\` say which, and ` +
      `\`stats { coverage }\` counts it. ${
        unrecordedNumbers.length === 0
          ? 'Every number in that range has its meeting in the graph, some known by their number alone.'
          : `By the numbering these meetings took place, but nothing else of them is recorded: ${soms(unrecordedNumbers)}.`
      }`,
    '',
    '| fact of a meeting | recorded | none (a source says so) | not recorded | not recorded for |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `- Networks whose members no source lists: ${unrecorded(networks)}.`,
    `- Projects whose participants no source lists: ${unrecorded(projects)}.`,
    `- Years without a meeting whose decisions are recorded (charts leave them out, not at 0): ${silentYears.join(', ') || 'none'}.`,
  ].join('\n');
}

/** `readme` with its section replaced by `section`; an error when the markers are missing. */
export function withSection(readme: string, section: string): string {
  const start = readme.indexOf(sectionStart);
  const end = readme.indexOf(sectionEnd);
  if (start < 0 || end < start)
    throw new Error(`README.md has no "${sectionStart}" ... "${sectionEnd}" markers`);
  return `${readme.slice(0, start + sectionStart.length)}\n${section}\n${readme.slice(end)}`;
}
