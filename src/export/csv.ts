/**
 * CSV exports (RFC 4180: comma-separated, fields with a comma, quote or line break quoted, quotes
 * doubled, CRLF after every record; UTF-8): one file per label, one per relationship type, and
 * the participation table. Rows are written as Neo4j sends them.
 */
import type { Label } from '../model/labels.ts';
import { identifyingProperties } from '../model/relationship-identity.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { ReadSnapshot } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { cell, evidenceCells, evidenceColumns, evidenceOf } from './cells.ts';
import { nodeColumns, relationshipColumns } from './columns.ts';

const field = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** One CSV record, with its line break. */
export const csvRecord = (fields: readonly string[]) => `${fields.map(field).join(',')}\r\n`;

/** The nodes of `label`: their properties, then their evidence. */
export async function* labelCsv(snapshot: ReadSnapshot, label: Label): AsyncGenerator<string> {
  const columns = (await nodeColumns(snapshot, label)).map((column) => column.key);
  yield csvRecord([...columns, ...evidenceColumns]);
  for await (const node of snapshot.rows(statements.read.exportNodes, { label })) {
    const values = columns.map((key) => cell(node.properties[key]));
    yield csvRecord([...values, ...evidenceCells(evidenceOf(node))]);
  }
}

/** The relationships of `type`: their ends' keys, their declared properties, their evidence. */
export async function* relationshipCsv(
  snapshot: ReadSnapshot,
  type: RelationshipType,
): AsyncGenerator<string> {
  const columns = relationshipColumns(type);
  yield csvRecord(['from', 'to', ...columns, ...evidenceColumns]);
  for await (const link of snapshot.rows(statements.read.exportRelationships, {
    type,
    identifying: identifyingProperties(type),
  })) {
    const values = columns.map((key) => cell(link.properties[key]));
    yield csvRecord([link.from, link.to, ...values, ...evidenceCells(evidenceOf(link))]);
  }
}

/**
 * Which member State takes part in which network, project or programme area, one row per way
 * (a programme area through each of its networks and projects), with the evidence of every
 * relationship on the way.
 */
export async function* participationCsv(snapshot: ReadSnapshot): AsyncGenerator<string> {
  yield csvRecord([
    'state',
    'state_name',
    'kind',
    'target_label',
    'target',
    'target_name',
    'through',
    ...evidenceColumns,
  ]);
  for await (const row of snapshot.rows(statements.read.exportParticipation)) {
    const items = row.evidence.flatMap(({ sources, quotes, notes, urls }) =>
      sources.map((source, i) => ({
        source,
        quote: quotes[i] ?? '',
        note: notes[i] ?? '',
        url: urls[i] ?? '',
      })),
    );
    yield csvRecord([
      row.state,
      row.stateName,
      row.kind,
      row.targetLabel,
      row.target,
      row.targetName,
      row.through ?? '',
      ...evidenceCells(items),
    ]);
  }
}
