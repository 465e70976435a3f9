import { describe, expect, it } from 'vitest';
import { FactChecker } from '../../src/dataset/checker.ts';
import { decisionKinds, decisionKindTable } from '../../src/dataset/decision-kinds.ts';

/** A checker that knows one source and the six member States, as data/ names them. */
const checker = () =>
  new FactChecker({
    labelOf: (id) => (id === 'page' ? 'Source' : undefined),
    source: (id) => (id === 'page' ? { id, url: 'https://example.org/page' } : undefined),
    stateNames: new Map([
      ['CHN', ['China']],
      ['PRK', ["Democratic People's Republic of Korea", 'DPRK']],
      ['JPN', ['Japan']],
      ['MNG', ['Mongolia']],
      ['KOR', ['Republic of Korea', 'ROK']],
      ['RUS', ['Russian Federation', 'Russia']],
    ]),
  });

const note = (text: string) => [{ source: 'page', note: text }];

describe('the fact checker', () => {
  it('takes a host only from evidence that says who hosted', () => {
    const check = checker();
    check.host(note('The page says it was hosted by the Government of Mongolia.'), 'a');
    check.host(note('The Ministry of Foreign Affairs Hosts the Senior Officials Meeting.'), 'b');
    check.host(note('Held in Ulaanbaatar, Mongolia; the meetings rotate among States.'), 'c');
    check.host(note('Welcoming remarks by the host government.'), 'd');
    expect(check.problems.map((p) => p.path)).toEqual(['c', 'd']);
  });

  it.each(decisionKinds.filter((kind) => kind !== 'OUTCOME'))(
    'refuses an OUTCOME whose evidence uses a verb of %s, and names that kind',
    (kind) => {
      const verb = decisionKindTable[kind].verbs[0] as string;
      const check = checker();
      check.decisionKind('OUTCOME', note(`The meeting ${verb} the plan.`), 'kind');
      expect(check.problems).toEqual([
        {
          path: 'kind',
          message: `OUTCOME is for an outcome whose source names no verb, but the evidence says "${verb}": use ${kind}`,
        },
      ]);
    },
  );

  it('accepts an OUTCOME whose evidence names no verb, and any kind with one', () => {
    const check = checker();
    check.decisionKind(
      'OUTCOME',
      note('Its principal contribution was three priority areas.'),
      'a',
    );
    check.decisionKind('NOTED', note('The meeting noted the plan.'), 'b');
    expect(check.problems).toEqual([]);
  });

  it('takes online only from evidence that says online, virtual or videoconference', () => {
    const check = checker();
    check.online(true, note('Held by videoconference on 12-13 October 2020.'), 'a');
    check.online(true, note('Organized virtually on 6 August 2020.'), 'b');
    check.online(true, note('Held on 2-3 June 2020.'), 'c');
    check.online(false, note('Held on 2-3 June 2020.'), 'd');
    expect(check.problems.map((p) => p.path)).toEqual(['c']);
  });

  it('reads a city\'s State from "City, Country", the country ending the phrase', () => {
    const check = checker();
    check.cityState('Seoul', 'KOR', note('Held in Seoul, Republic of Korea, in 2011.'), 'a');
    check.cityState('Moscow', 'RUS', note('Held in Moscow, the Russian Federation.'), 'b');
    check.cityState(
      'Erenhot',
      'CHN',
      note('Across the border from Erenhot, Inner Mongolia Autonomous Region of China.'),
      'c',
    );
    check.cityState(
      'Pyongyang',
      'KOR',
      note("Pyongyang, Democratic People's Republic of Korea"),
      'd',
    );
    check.cityState('Seoul', 'KOR', note('Seoul is in the Republic of Korea.'), 'e');
    expect(check.problems).toEqual([
      {
        path: 'd',
        message: `a city's State needs evidence that writes "Pyongyang, Republic of Korea" as the source does`,
      },
      {
        path: 'e',
        message: `a city's State needs evidence that writes "Seoul, Republic of Korea" as the source does`,
      },
    ]);
  });

  it('takes attendance only from evidence that names every State, the DPRK not read as the Republic of Korea', () => {
    const check = checker();
    check.attendance(
      ['PRK', 'CHN', 'JPN', 'MNG', 'KOR', 'RUS'],
      note('The DPRK, China, Japan, Mongolia, the Republic of Korea and Russia took part.'),
      'a',
    );
    check.attendance(
      ['PRK', 'KOR'],
      note("The Democratic People's Republic of Korea took part."),
      'b',
    );
    expect(check.problems).toEqual([
      {
        path: 'b',
        message: 'attendance comes from an explicit list: the evidence names no KOR',
      },
    ]);
  });

  it('reads a name that two States share as naming both (the benchmark copies every State)', () => {
    const check = new FactChecker({
      labelOf: () => undefined,
      source: () => undefined,
      stateNames: new Map([
        ['KOR', ['Republic of Korea']],
        ['QAB', ['Republic of Korea']],
      ]),
    });
    check.cityState('Seoul', 'QAB', note('Held in Seoul, Republic of Korea.'), 'a');
    check.attendance(['KOR', 'QAB'], note('The Republic of Korea took part.'), 'b');
    expect(check.problems).toEqual([]);
  });

  it('names what a reference points to when it is of the wrong kind, and unknown ids', () => {
    const check = checker();
    expect(check.reference(['Source'], 'page', 'a')).toBe(true);
    expect(check.reference(['Place', 'Event'], 'page', 'b')).toBe(false);
    expect(check.reference(['Place'], 'nowhere', 'c')).toBe(false);
    expect(check.problems).toEqual([
      { path: 'b', message: '"page" is a source, not a place or event' },
      { path: 'c', message: 'unknown place "nowhere"' },
    ]);
  });
});
