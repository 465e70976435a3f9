import { barX, barY, plot, ruleX, ruleY, text } from '@observablehq/plot';
import { request } from '../api/client.ts';
import type { Operations } from '../api/results.ts';
import { chartStyle, chartWidth, kindColour, kindColours, wholeNumbers } from '../charts.ts';
import { fill, h, once } from '../dom.ts';
import { labelColour, labelName, typeName } from '../labels.ts';
import type { View } from './view.ts';

type Stats = Operations['Counts']['data']['stats'];

interface Bar {
  name: string;
  count: number;
  colour: string;
}

/** A horizontal bar chart, most first, each bar with its number. */
function bars(title: string, rows: Bar[], width: number): HTMLElement {
  const svg = plot({
    style: chartStyle,
    width,
    height: 24 * rows.length + 40,
    marginLeft: Math.min(260, 10 + 8 * Math.max(...rows.map((r) => r.name.length))),
    marginRight: 40,
    ariaLabel: title,
    ariaDescription: rows.map((r) => `${r.name}: ${r.count}`).join('; '),
    x: { label: null, grid: true, axis: 'top' },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [
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

/** Counts from `stats`: what the graph holds, and the decisions by kind, year and programme. */
export class CountsView implements View {
  readonly title = 'Counts';
  readonly element: HTMLElement;
  private readonly grid = h('div', { class: 'chart-grid' }, h('p', { class: 'muted' }, 'Loading…'));

  constructor() {
    this.element = h(
      'section',
      { class: 'view counts-view' },
      h('h1', {}, 'The graph in numbers'),
      this.grid,
    );
  }

  readonly show = once(this.grid, async () => {
    const { stats } = await request('Counts', {});
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
