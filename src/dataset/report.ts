import type { ChangeCounts } from '../sync/diff.ts';
import type { ImportReport } from './importer.ts';

const columns = ['created', 'updated', 'removed', 'total'] as const;

function table(title: string, rows: readonly ChangeCounts[], width: number): string[] {
  const cell = (value: string | number) => String(value).padStart(9);
  return [
    `${title.padEnd(width)}${columns.map(cell).join('')}`,
    ...rows.map(
      (row) =>
        `${`  ${row.name}`.padEnd(width)}${columns.map((column) => cell(row[column])).join('')}`,
    ),
  ];
}

/** How many ids of each kind of change a dry run lists before it says "and N more". */
const listed = 10;

function changedIds(verb: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, listed).join(', ');
  return [`  ${verb}: ${shown}${ids.length > listed ? `, and ${ids.length - listed} more` : ''}`];
}

/** The import summary as the CLI prints it: per label and relationship type. */
export function formatReport(report: ImportReport): string {
  const { change } = report;
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const outcome = report.unchanged
    ? 'The graph already matches the dataset: nothing to change.'
    : report.dryRun
      ? 'Dry run: nothing was written. An import would make these changes:'
      : 'Imported:';
  const width =
    2 + Math.max(...[...report.nodes, ...report.relationships].map((row) => row.name.length), 12);
  const node = (n: { label: string; id: string }) => `${n.label} ${n.id}`;
  const link = (r: { type: string; from: string; to: string }) =>
    `(${r.from})-[${r.type}]->(${r.to})`;
  const details = report.dryRun
    ? [
        ...changedIds('create nodes', change.nodes.create.map(node)),
        ...changedIds('update nodes', change.nodes.update.map(node)),
        ...changedIds('remove nodes', change.nodes.remove.map(node)),
        ...changedIds('create relationships', change.relationships.create.map(link)),
        ...changedIds('update relationships', change.relationships.update.map(link)),
        ...changedIds('remove relationships', change.relationships.remove.map(link)),
      ]
    : [];
  return [
    outcome,
    ...details,
    '',
    ...table('Nodes', report.nodes, width),
    ...table('Relationships', report.relationships, width),
    '',
    `${report.dryRun ? 'Compared' : 'Done'} in ${seconds} s.`,
  ].join('\n');
}
