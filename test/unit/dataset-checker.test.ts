import { describe, expect, it } from 'vitest';
import { FactChecker } from '../../src/dataset/checker.ts';
import { decisionKinds, decisionKindTable } from '../../src/dataset/decision-kinds.ts';

/**
 * A checker that knows two sources, a report ('page') and an announcement ('ad'), the six
 * member States and two programme areas, as data/ names them.
 */
const checker = () =>
  new FactChecker({
    labelOf: (id) => (id === 'page' || id === 'ad' ? 'Source' : undefined),
    source: (id) =>
      id === 'page'
        ? { id, url: 'https://example.org/page' }
        : id === 'ad'
          ? { id, url: 'https://example.org/ad', announces: true }
          : undefined,
    programmeNames: new Map([
      [
        'desertification-land-degradation',
        ['Desertification and land degradation', 'Mitigation of Dust and Sandstorms'],
      ],
      [
        'eco-efficiency',
        ['Green Development/Green Economy and Eco-efficiency Partnership', 'Eco-efficiency'],
      ],
    ]),
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

  it('keeps what only an announcement supports announced: said so, not held, no outcomes', () => {
    const check = checker();
    const ad = [{ source: 'ad', note: 'The page announces the meeting for May 2021.' }];
    check.announced(
      'Announced as a meeting on funding; the source does not report on it.',
      [],
      ad,
      'a',
    );
    check.announced('The focal points met on funding.', [], ad, 'b');
    check.announced(undefined, [], ad, 'c');
    check.announced('Announced; it was held online.', [], ad, 'd');
    check.announced('Announced; it adopted the work plan.', [], ad, 'e');
    check.announced('Announced for May 2021.', ['f.decisions'], ad, 'f');
    check.announced(
      'The focal points met and adopted the plan.',
      ['decisions'],
      note('It met.'),
      'g',
    );
    check.announced('It was held.', [], [...ad, ...note('A report.')], 'h');
    expect(check.problems).toEqual([
      {
        path: 'b.summary',
        message: 'its only source (ad) announces it: the summary must say it was announced',
      },
      {
        path: 'c.summary',
        message: 'its only source (ad) announces it: the summary must say it was announced',
      },
      {
        path: 'd.summary',
        message:
          'its only source (ad) announces it: the summary must not say "was held", which only a report of it can',
      },
      {
        path: 'e.summary',
        message:
          'its only source (ad) announces it: the summary must not say "adopted", which only a report of it can',
      },
      {
        path: 'f.decisions',
        message: 'its only source (ad) announces it and reports no outcome: give no decisions',
      },
    ]);
  });

  it('takes certainty: uncertain only from evidence that says what is uncertain', () => {
    const check = checker();
    check.certainty('uncertain', note('The sources differ on the second day.'), 'a');
    check.certainty('uncertain', note('The page calls the date unconfirmed.'), 'b');
    check.certainty('uncertain', note('Held in Tokyo on 17-18 March 2010.'), 'c');
    check.certainty('certain', note('Held in Tokyo on 17-18 March 2010.'), 'd');
    expect(check.problems.map((p) => p.path)).toEqual(['c']);
  });

  it("makes an agenda item titled with a programme area's name or alias review that area", () => {
    const check = checker();
    check.agendaReviews(
      'Mitigation of Dust and Sandstorms',
      ['desertification-land-degradation'],
      'a',
    );
    check.agendaReviews('mitigation of dust and  sandstorms.', [], 'b');
    check.agendaReviews('Eco-efficiency', ['air-pollution'], 'c');
    check.agendaReviews('Marine Environment', [], 'd');
    check.agendaReviews('Eco-efficiency Partnership in North-East Asia', [], 'e');
    expect(check.problems).toEqual([
      {
        path: 'b',
        message:
          'the item\'s title "mitigation of dust and  sandstorms." is a name of the programme area desertification-land-degradation: the item reviews it, so add desertification-land-degradation to its reviews',
      },
      {
        path: 'c',
        message:
          'the item\'s title "Eco-efficiency" is a name of the programme area eco-efficiency: the item reviews it, so add eco-efficiency to its reviews',
      },
    ]);
  });

  it('takes one review of the areas sharing a title as enough, and names them all when none is', () => {
    const check = new FactChecker({
      labelOf: () => 'Source',
      source: (id) => ({ id, url: 'https://example.org/page' }),
      programmeNames: new Map([
        ['air-pollution', ['Transboundary Air Pollution']],
        ['air-pollution-copy', ['Transboundary Air Pollution']],
      ]),
    });
    check.agendaReviews('Transboundary Air Pollution', ['air-pollution-copy'], 'a');
    check.agendaReviews('Transboundary Air Pollution', [], 'b');
    expect(check.problems).toEqual([
      {
        path: 'b',
        message:
          'the item\'s title "Transboundary Air Pollution" is a name of the programme areas air-pollution, air-pollution-copy: the item reviews one of them, so add it to its reviews',
      },
    ]);
  });
});
