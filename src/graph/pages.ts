/** Cursor pages of meetings and decisions, in a stable order, with their filters. */
import type { DecisionKind } from '../dataset/format.ts';
import type { CypherReader } from '../neo4j/database.ts';
import { type EntityRecord, toEntity } from './records.ts';

/** Where a page starts and ends: keys of the last item seen, as in a Relay cursor. */
export interface PageWindow<Key> {
  after?: Key | undefined;
  before?: Key | undefined;
  limit: number;
  inverted: boolean;
}

export interface MeetingFilters {
  fromYear: number | null;
  toYear: number | null;
  /** ISO 3166 alpha-3 code of the hosting State. */
  hostState: string | null;
}

export interface DecisionFilters {
  fromYear: number | null;
  toYear: number | null;
  kind: DecisionKind | null;
  /** Programme slug. */
  programme: string | null;
  /** Network acronym. */
  network: string | null;
  /** ISO 3166 alpha-3 code of a State involved. */
  state: string | null;
}

/** A decision's place in the decisions order: its meeting's number, its place in the meeting. */
export interface DecisionKey {
  number: number;
  position: number;
}

type Properties = Record<string, unknown>;

export async function meetingsPage(
  reader: CypherReader,
  filters: MeetingFilters,
  { after, before, limit, inverted }: PageWindow<number>,
): Promise<EntityRecord[]> {
  const rows = await reader.read<{ properties: Properties }>('read/meetings-page', {
    ...filters,
    after: after ?? null,
    before: before ?? null,
    limit,
    inverted,
  });
  return rows.map((row) => toEntity('Meeting', row.properties));
}

export async function meetingsCount(
  reader: CypherReader,
  filters: MeetingFilters,
): Promise<number> {
  const [row] = await reader.read<{ count: number }>('read/meetings-count', { ...filters });
  return row?.count ?? 0;
}

export async function decisionsPage(
  reader: CypherReader,
  filters: DecisionFilters,
  { after, before, limit, inverted }: PageWindow<DecisionKey>,
): Promise<(EntityRecord & { meetingNumber: number })[]> {
  const rows = await reader.read<{ number: number; properties: Properties }>(
    'read/decisions-page',
    {
      ...filters,
      after: after ?? null,
      before: before ?? null,
      limit,
      inverted,
    },
  );
  return rows.map((row) => ({
    ...toEntity('Decision', row.properties),
    meetingNumber: row.number,
  }));
}

export async function decisionsCount(
  reader: CypherReader,
  filters: DecisionFilters,
): Promise<number> {
  const [row] = await reader.read<{ count: number }>('read/decisions-count', { ...filters });
  return row?.count ?? 0;
}
