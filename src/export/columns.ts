/**
 * The columns of a label's or relationship type's export. A relationship's are what the model
 * declares for its type (src/model/relationships.ts) and where it came from; a label's are the
 * properties its nodes hold, read from the graph, key and name first.
 */
import type { Label } from '../model/labels.ts';
import { endsOfType, type RelationshipType } from '../model/relationships.ts';
import type { ReadSnapshot } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { notColumns } from './cells.ts';

/** A property column, with the type of its values where every node agrees on one. */
export interface Column {
  key: string;
  type: 'string' | 'long' | 'double' | 'boolean';
}

const first = ['id', 'name'];

const columnType = (types: readonly string[]): Column['type'] => {
  const [only, ...others] = types.map((type) => type.replace(/ NOT NULL$/, ''));
  if (others.length > 0) return 'string';
  if (only === 'INTEGER') return 'long';
  if (only === 'FLOAT') return 'double';
  if (only === 'BOOLEAN') return 'boolean';
  return 'string';
};

export async function nodeColumns(snapshot: ReadSnapshot, label: Label): Promise<Column[]> {
  const columns: Column[] = [];
  for await (const { key, types } of snapshot.rows(statements.read.exportNodeKeys, { label })) {
    if (!notColumns.has(key)) columns.push({ key, type: columnType(types) });
  }
  const rank = (column: Column) => {
    const at = first.indexOf(column.key);
    return at === -1 ? first.length : at;
  };
  return columns.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

/** The declared properties of a relationship type, then `origin`. */
export const relationshipColumns = (type: RelationshipType): string[] => [
  ...Object.keys(endsOfType(type).properties ?? {}),
  'origin',
];

/** The declared columns of a relationship type, each typed as its stored values are. */
export async function typedRelationshipColumns(
  snapshot: ReadSnapshot,
  type: RelationshipType,
): Promise<Column[]> {
  const types = new Map<string, Column['type']>();
  for await (const row of snapshot.rows(statements.read.exportRelationshipKeys, { type }))
    types.set(row.key, columnType(row.types));
  return relationshipColumns(type).map((key) => ({ key, type: types.get(key) ?? 'string' }));
}
