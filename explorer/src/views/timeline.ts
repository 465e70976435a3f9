import { axisX, dot, plot, ruleX, ruleY, stackY2, text } from '@observablehq/plot';
import { request } from '../api/client.ts';
import type { Meeting } from '../api/results.ts';
import {
  chartStyle,
  chartWidth,
  kindColour,
  kindColours,
  kindSymbols,
  wholeNumbers,
} from '../charts.ts';
import { fill, h, once } from '../dom.ts';
import { csvButton } from '../downloads.ts';
import { typeName } from '../labels.ts';
import { go } from '../state.ts';
import type { View } from './view.ts';

/** Every meeting, a page of 100 at a time. */
async function allMeetings(): Promise<Meeting[]> {
  const meetings: Meeting[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof request<'Meetings'>>> = await request('Meetings', {
      after,
    });
    meetings.push(...page.meetings.edges.map((edge) => edge.node));
    if (!page.meetings.pageInfo.hasNextPage) return meetings;
    after = page.meetings.pageInfo.endCursor;
  }
}

const select = (id: string) => go({ node: id, edge: undefined });

/** Meetings on a timeline, each with its decisions by kind; every decision opens its evidence. */
export class TimelineView implements View {
  readonly title = 'Meetings';
  readonly element: HTMLElement;
  private readonly chart = h('figure', { class: 'chart' });
  private readonly list = h('div', { class: 'meetings' }, h('p', { class: 'muted' }, 'Loading…'));
  private meetings: Meeting[] = [];

  constructor() {
    this.element = h(
      'section',
      { class: 'view timeline-view' },
      h(
        'div',
        { class: 'view-heading' },
        h('h1', {}, 'Senior Officials Meetings and their decisions'),
        csvButton('neaspec-meetings-decisions.csv', () => meetingRows(this.meetings)),
      ),
      this.chart,
      this.list,
    );
  }

  readonly show = once(this.list, async () => {
    const meetings = await allMeetings();
    this.meetings = meetings;
    this.chart.replaceChildren(
      chart(meetings, chartWidth(this.element)),
      h('p', { class: 'not-recorded' }, 'Dashed line: decisions not recorded'),
    );
    fill(this.list, table(meetings));
  });
}

/** A meeting's date as a chart reads it (the chart leaves out meetings without one). */
const dated = (m: Meeting) => new Date(m.startDate ?? '');

function chart(all: Meeting[], width: number): Node {
  const meetings = all.filter((m) => m.startDate !== null);
  const undated = all.filter((m) => m.startDate === null).map((m) => `SOM-${m.number}`);
  // Decisions not recorded are not "no decisions": a dashed grey rule, not a number at 0.
  const unrecorded = meetings.filter((m) => m.coverage.decisions === 'NOT_RECORDED');
  const decisions = meetings.flatMap((meeting) =>
    meeting.decisions.map((decision) => ({
      ...decision,
      date: dated(meeting),
      meeting: `SOM-${meeting.number}`,
    })),
  );
  const colours = kindColours(decisions.map((d) => d.kind));
  const most = Math.max(1, ...meetings.map((m) => m.decisions.length));
  const svg = plot({
    style: chartStyle,
    width,
    height: 300,
    marginTop: 30,
    ariaLabel: 'Timeline of the Senior Officials Meetings',
    ariaDescription: `${meetings.length} meetings from ${meetings[0]?.startDate ?? ''} to ${meetings.at(-1)?.startDate ?? ''}; each dot is a decision, coloured by its kind; a dashed grey line is a meeting whose decisions are not recorded (${unrecorded.map((m) => `SOM-${m.number}`).join(', ') || 'none'}). ${undated.length > 0 ? ` Meetings without a recorded date are not drawn (${undated.join(', ')}).` : ''} The table below lists them all.`,
    x: { type: 'utc', label: null },
    y: { label: 'Decisions', grid: true, domain: [0, most + 1], tickFormat: wholeNumbers },
    color: colours,
    symbol: { ...kindSymbols(decisions.map((d) => d.kind)), legend: true, tickFormat: typeName },
    marks: [
      ruleY([0]),
      ruleX(unrecorded, {
        x: dated,
        y1: 0,
        y2: most + 1,
        stroke: '#8c959f',
        strokeDasharray: '4,3',
        title: (m: Meeting) => `SOM-${m.number}: decisions not recorded`,
        ariaLabel: 'Meetings whose decisions are not recorded',
      }),
      axisX({ ariaLabel: 'Year' }),
      dot(
        decisions,
        stackY2({
          x: 'date',
          y: () => 1,
          fill: 'kind',
          symbol: 'kind',
          r: 6,
          stroke: 'white',
          title: (d: (typeof decisions)[number]) =>
            `${d.meeting}: ${typeName(d.kind)}\n${d.summary}`,
          ariaLabel: 'Decisions',
        }),
      ),
      text(meetings, {
        x: dated,
        y: (m: Meeting) =>
          m.coverage.decisions === 'NOT_RECORDED' ? most + 1 : m.decisions.length,
        text: (m: Meeting) => String(m.number),
        dy: -14,
        fontSize: 10,
        fill: '#57606a',
        ariaLabel: 'Meeting numbers',
      }),
    ],
  });
  svg.addEventListener('click', (event) => {
    const index = (event.target as { __data__?: unknown }).__data__;
    const decision = typeof index === 'number' ? decisions[index] : undefined;
    if (decision && (event.target as Element).tagName === 'circle') select(decision.id);
  });
  return svg;
}

/** A row per decision, and one per meeting without any: what the chart and table show. */
function meetingRows(meetings: Meeting[]): (string | number)[][] {
  const where = (m: Meeting) =>
    m.online ? 'online' : [m.city?.name, m.hostState?.name].filter(Boolean).join(', ');
  return [
    ['meeting', 'start_date', 'end_date', 'where', 'decision', 'kind', 'summary'],
    ...meetings.flatMap((m) => {
      // An empty date or place is one no source gives.
      const meeting = [`SOM-${m.number}`, m.startDate ?? '', m.endDate ?? '', where(m)];
      return m.decisions.length === 0
        ? [
            [
              ...meeting,
              '',
              '',
              m.coverage.decisions === 'NONE' ? '(none)' : '(decisions not recorded)',
            ],
          ]
        : m.decisions.map((d) => [...meeting, d.id, d.kind, d.summary]);
    }),
  ];
}

/** A fact no source gives: not "none". */
const notRecorded = () => h('span', { class: 'not-recorded' }, 'not recorded');

function table(meetings: Meeting[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'meeting-table' },
      h('caption', {}, 'Each meeting, where it was held and what it decided'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Meeting'),
          h('th', { scope: 'col' }, 'Dates'),
          h('th', { scope: 'col' }, 'Where'),
          h('th', { scope: 'col' }, 'Decisions'),
        ),
      ),
      h(
        'tbody',
        {},
        meetings.map((m) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => select(m.id) },
                `SOM-${m.number}`,
              ),
            ),
            h(
              'td',
              {},
              m.startDate === null
                ? notRecorded()
                : m.startDate === m.endDate
                  ? m.startDate
                  : `${m.startDate} – ${m.endDate}`,
            ),
            h(
              'td',
              {},
              m.online
                ? 'online'
                : [m.city?.name, m.hostState?.name].filter(Boolean).join(', ') || notRecorded(),
            ),
            h(
              'td',
              {},
              m.decisions.length === 0
                ? m.coverage.decisions === 'NONE'
                  ? 'none'
                  : notRecorded()
                : h(
                    'ul',
                    { class: 'decisions' },
                    m.decisions.map((d) =>
                      h(
                        'li',
                        {},
                        h(
                          'button',
                          { type: 'button', class: 'link', onclick: () => select(d.id) },
                          h(
                            'span',
                            { class: 'kind', style: `--colour: ${kindColour(d.kind)}` },
                            typeName(d.kind),
                          ),
                          ' ',
                          d.summary,
                        ),
                      ),
                    ),
                  ),
            ),
          ),
        ),
      ),
    ),
  );
}
