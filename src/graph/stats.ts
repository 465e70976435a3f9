/** Counts over the whole graph, for dashboards. */
import type { CypherReader } from '../neo4j/database.ts';
import { type EntityRecord, toEntity } from './records.ts';

export interface LabelCount {
  label: string;
  count: number;
}

export interface TypeCount {
  type: string;
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface KindCount {
  kind: string;
  count: number;
}

export interface EntityCount {
  entity: EntityRecord;
  count: number;
}

type Properties = Record<string, unknown>;

export const nodeCounts = (reader: CypherReader) =>
  reader.read<LabelCount>('read/stats-node-counts');

export const relationshipCounts = (reader: CypherReader) =>
  reader.read<TypeCount>('read/stats-relationship-counts');

export const decisionsByYear = (reader: CypherReader) =>
  reader.read<YearCount>('read/stats-decisions-by-year');

export const decisionsByKind = (reader: CypherReader) =>
  reader.read<KindCount>('read/stats-decisions-by-kind');

export async function decisionsByProgramme(reader: CypherReader): Promise<EntityCount[]> {
  const rows = await reader.read<{ programme: Properties; count: number }>(
    'read/stats-decisions-by-programme',
  );
  return rows.map((row) => ({ entity: toEntity('Programme', row.programme), count: row.count }));
}

export async function meetingsByHost(reader: CypherReader): Promise<EntityCount[]> {
  const rows = await reader.read<{ state: Properties; count: number }>(
    'read/stats-meetings-by-host',
  );
  return rows.map((row) => ({ entity: toEntity('MemberState', row.state), count: row.count }));
}
