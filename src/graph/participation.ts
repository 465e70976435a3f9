import type { Label } from '../model/labels.ts';
import type { CypherReader } from '../neo4j/database.ts';
import { type EntityRecord, type Evidence, evidenceOf, toEntity } from './records.ts';

/** How a State takes part: as a network member, a project participant, or in a programme through one. */
export type ParticipationKind =
  | 'MEMBER_OF'
  | 'PARTICIPATES_IN'
  | 'VIA_MEMBER_OF'
  | 'VIA_PARTICIPATES_IN';

export interface ParticipationRecord {
  state: EntityRecord;
  target: EntityRecord;
  kind: ParticipationKind;
  /** For a programme: the network or project the State takes part in it through. */
  through: EntityRecord | null;
  /** The evidence of every relationship on the way. */
  evidence: Evidence[];
}

type Properties = Record<string, unknown>;

export async function participation(
  reader: CypherReader,
  state: string | null,
): Promise<ParticipationRecord[]> {
  const rows = await reader.read<{
    state: Properties;
    targetLabel: Label;
    target: Properties;
    kind: ParticipationKind;
    throughLabel: Label | null;
    through: Properties | null;
    links: Properties[];
  }>('read/participation', { state });
  return rows.map((row) => ({
    state: toEntity('MemberState', row.state),
    target: toEntity(row.targetLabel, row.target),
    kind: row.kind,
    through: row.throughLabel && row.through ? toEntity(row.throughLabel, row.through) : null,
    evidence: row.links.flatMap(evidenceOf),
  }));
}
