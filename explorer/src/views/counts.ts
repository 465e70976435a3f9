import { axisY, barX, barY, plot, ruleX, ruleY, text } from '@observablehq/plot';
import { request } from '../api/client.ts';
import type { Operations } from '../api/results.ts';
import { chartStyle, chartWidth, kindColour, kindColours, wholeNumbers } from '../charts.ts';
import { fill, h, once } from '../dom.ts';
import { csvButton } from '../downloads.ts';
import { labelColour, labelName, typeName } from '../labels.ts';
import type { View } from './view.ts';

type Stats = Operations['Counts']['data']['stats'];

interface Bar {
  name: string;
  count: number;
  colour: string;
}

/** Pixels per character of a tick label, near enough to wrap names before they are clipped. */
const charPx = 7;

/**
 * A horizontal bar chart, most first, each bar with its number. Names longer than the margin
 * (at most 40% of the width) wrap onto more lines instead of being cut off.
 */
function bars(title: string, rows: Bar[], width: number): HTMLElement {
  const longest = Math.max(...rows.map((r) => r.name.length));
  const marginLeft = Math.round(Math.min(width * 0.4, 16 + charPx * longest));
  const fits = Math.floor((marginLeft - 14) / charPx);
  const lines = Math.ceil(longest / fits);
  const svg = plot({
    style: chartStyle,
    width,
    height: Math.max(24, 15 * lines + 6) * rows.length + 40,
    marginLeft,
    marginRight: 40,
    ariaLabel: title,
    ariaDescription: rows.map((r) => `${r.name}: ${r.count}`).join('; '),
    x: { label: null, grid: true, axis: 'top' },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [
      axisY({ label: null, lineWidth: fits * 0.62, tickSize: 0 }),
      barX(rows, {
        x: 'count',
        y: 'name',
        fill: 'colour',
        title: (r: Bar) => `${r.name}: ${r.count}`,
      }),
      text(rows, {
        x: 'count',
        y: 'name',
        text: (r: Bar) => String(r.count),
        dx: 4,
        textAnchor: 'start',
      }),
      ruleX([0]),
    ],
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg);
}

/**
 * Decisions per year (every year, none: zero), each bar split by kind; a year without a meeting
 * whose decisions are recorded is a dashed empty bar, "not recorded", not a zero.
 */
function years(title: string, rows: Stats['decisionsByYearAndKind'], stats: Stats, width: number) {
  const recorded = new Set(
    stats.coverage.years.filter((y) => y.decisionsRecorded > 0).map((y) => y.year),
  );
  const totals = new Map<number, number | string>();
  for (const r of rows) totals.set(r.year, (Number(totals.get(r.year)) || 0) + r.count);
  const top = Math.max(1, ...[...totals.values()].map(Number));
  const gaps = [...totals.keys()].filter((year) => !recorded.has(year));
  for (const year of gaps) totals.set(year, 'not recorded');
  const svg = plot({
    style: chartStyle,
    width,
    height: 260,
    ariaLabel: title,
    ariaDescription: [...totals].map(([year, count]) => `${year}: ${count}`).join('; '),
    // Every year of the series, so that years without decisions keep their place.
    x: {
      label: null,
      domain: [...totals.keys()],
      tickFormat: (y: number) => (y % 5 === 0 ? String(y) : ''),
    },
    y: { label: 'Decisions', grid: true, tickFormat: wholeNumbers },
    color: { ...kindColours(rows.map((r) => r.kind)), legend: true, tickFormat: typeName },
    marks: [
      barY(gaps, {
        x: (year: number) => year,
        y: top,
        fill: '#f6f8fa',
        stroke: '#8c959f',
        strokeDasharray: '3,2',
        title: (year: number) => `${year}: not recorded`,
        ariaLabel: 'Years whose decisions are not recorded',
      }),
      barY(
        rows.filter((r) => r.count > 0),
        {
          x: 'year',
          y: 'count',
          fill: 'kind',
          title: (r: Stats['decisionsByYearAndKind'][number]) =>
            `${r.year}: ${r.count} ${typeName(r.kind)}`,
        },
      ),
      ruleY([0]),
    ],
  });
  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', {}, title, h('span', { class: 'not-recorded' }, ' (dashed: not recorded)')),
    svg,
  );
}

/** Every count the charts show, one row each: which chart, what, and for the series the year. */
function countRows(stats: Stats): (string | number)[][] {
  return [
    ['count_of', 'name', 'year', 'kind', 'count'],
    ...stats.nodeCounts.map((r) => ['nodes', r.label, '', '', r.count]),
    ...stats.relationshipCounts.map((r) => ['relationships', r.type, '', '', r.count]),
    ...stats.decisionsByKind.map((r) => ['decisions by kind', '', '', r.kind, r.count]),
    ...stats.decisionsByYearAndKind.map((r) => [
      'decisions by year and kind',
      '',
      r.year,
      r.kind,
      r.count,
    ]),
    ...stats.decisionsByProgramme.map((r) => [
      'decisions by programme area',
      r.programme.name,
      '',
      '',
      r.count,
    ]),
    ...stats.meetingsByHost.map((r) => ['meetings by host State', r.state.name, '', '', r.count]),
  ];
}

/** Counts from `stats`: what the graph holds, and the decisions by kind, year and programme. */
export class CountsView implements View {
  readonly title = 'Counts';
  readonly element: HTMLElement;
  private readonly grid = h('div', { class: 'chart-grid' }, h('p', { class: 'muted' }, 'Loading…'));

  constructor() {
    this.element = h(
      'section',
      { class: 'view counts-view' },
      h(
        'div',
        { class: 'view-heading' },
        h('h1', {}, 'The graph in numbers'),
        csvButton('neaspec-counts.csv', () => (this.stats ? countRows(this.stats) : [])),
      ),
      this.grid,
    );
  }

  private stats: Stats | undefined;

  readonly show = once(this.grid, async () => {
    const { stats } = await request('Counts', {});
    this.stats = stats;
    const width = chartWidth(this.grid, 560) - 16;
    const byCount = (rows: Bar[]) =>
      rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
    fill(
      this.grid,
      bars(
        'Objects by type',
        byCount(
          stats.nodeCounts.map((r) => ({
            name: labelName(r.label),
            count: r.count,
            colour: labelColour(r.label),
          })),
        ),
        width,
      ),
      bars(
        'Relationships by type',
        byCount(
          stats.relationshipCounts.map((r) => ({
            name: typeName(r.type),
            count: r.count,
            colour: '#57606a',
          })),
        ),
        width,
      ),
      bars(
        'Decisions by kind',
        byCount(
          stats.decisionsByKind.map((r) => ({
            name: typeName(r.kind),
            count: r.count,
            colour: kindColour(r.kind),
          })),
        ),
        width,
      ),
      years('Decisions by year and kind', stats.decisionsByYearAndKind, stats, width),
      bars(
        'Decisions by programme area',
        byCount(
          stats.decisionsByProgramme.map((r) => ({
            name: r.programme.name,
            count: r.count,
            colour: labelColour('Programme'),
          })),
        ),
        width,
      ),
      bars(
        'Meetings by host State (where a source names it)',
        byCount([
          ...stats.meetingsByHost.map((r) => ({
            name: r.state.name,
            count: r.count,
            colour: labelColour('MemberState'),
          })),
          {
            name: 'Host not recorded',
            count: stats.coverage.aspects.find((a) => a.aspect === 'HOST')?.notRecorded ?? 0,
            colour: '#d0d7de',
          },
        ]),
        width,
      ),
    );
  });
}
