/**
 * The graph's sizes as the cost estimate needs them, read from the graph itself: nodes per label,
 * and per label, relationship type and direction how many relationships there are and how many
 * one node has at most, with the evidence they carry. Kept for the graph revision they were read
 * at and read again once the revision changes.
 */
import type { Label } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { CypherReader } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import type { Revision } from './revision.ts';

/**
 * How a list spreads over the objects it is read from: `total` items over `over` objects, at
 * most `most` on one. `distinct`: the items are different objects when those they are read from
 * are (relationships and evidence are; far nodes of relationships may repeat). `shares`: where
 * the items are of several types, the part of them each type has.
 */
export interface Spread {
  most: number;
  total: number;
  over: number;
  distinct: boolean;
  shares?: Record<string, number>;
}

type Degree = Awaited<ReturnType<typeof readRows>>['degrees'][number];
type Direction = 'out' | 'in';

const readRows = async (reader: CypherReader) => ({
  labels: await reader.read(statements.read.labelSizes),
  degrees: await reader.read(statements.read.relationshipDegrees),
});

/** Several spreads as one: read from all their objects. */
const joined = (spreads: Spread[], distinct: boolean): Spread => ({
  most: Math.max(0, ...spreads.map((s) => s.most)),
  total: spreads.reduce((sum, s) => sum + s.total, 0),
  over: spreads.reduce((sum, s) => sum + s.over, 0),
  distinct,
});

export class GraphStatistics {
  readonly #nodes = new Map<string, { nodes: number; evidence: number; mostEvidence: number }>();
  readonly #degrees: Degree[];

  constructor({ labels, degrees }: Awaited<ReturnType<typeof readRows>>) {
    for (const row of labels) this.#nodes.set(row.label, row);
    this.#degrees = degrees;
  }

  /** How many nodes of `label` there are. */
  nodes(label: Label): number {
    return this.#nodes.get(label)?.nodes ?? 0;
  }

  /**
   * The relationships of the nodes of `on`: of `types` (every type when absent) and one
   * direction (both when absent).
   */
  relationships(
    on: readonly Label[],
    types?: readonly RelationshipType[],
    direction?: Direction,
  ): Spread {
    return joined(
      on.map((label) => {
        const rows = this.#rows(label, types, direction);
        return {
          most: rows.length === 1 ? (rows[0]?.most ?? 0) : rows.reduce((s, r) => s + r.most, 0),
          total: rows.reduce((s, r) => s + r.total, 0),
          over: this.nodes(label),
          distinct: true,
        };
      }),
      true,
    );
  }

  /**
   * The far nodes of the relationships of `on` of `type` one way, among `far`: whether they are
   * different for different nodes of `on` (none has two such relationships the other way), and
   * the part of them each of `far` has.
   */
  farEnds(type: RelationshipType, direction: Direction, far: readonly Label[]) {
    const other = direction === 'out' ? 'in' : 'out';
    const ends = far.map((label) => ({ label, ...this.relationships([label], [type], other) }));
    const total = ends.reduce((sum, end) => sum + end.total, 0);
    return {
      distinct: ends.every((end) => end.most <= 1),
      shares: Object.fromEntries(ends.map((end) => [end.label, total ? end.total / total : 0])),
    };
  }

  /** The evidence items of the relationships of `on`, over the relationships. */
  relationshipEvidence(on: readonly Label[]): Spread {
    const rows = on.flatMap((label) => this.#rows(label));
    return {
      most: Math.max(0, ...rows.map((r) => r.mostEvidence)),
      total: rows.reduce((s, r) => s + r.evidence, 0),
      over: rows.reduce((s, r) => s + r.total, 0),
      distinct: true,
    };
  }

  /** The evidence items of the nodes of `on`. */
  nodeEvidence(on: readonly Label[]): Spread {
    const rows = on.flatMap((label) => this.#nodes.get(label) ?? []);
    return {
      most: Math.max(0, ...rows.map((r) => r.mostEvidence)),
      total: rows.reduce((s, r) => s + r.evidence, 0),
      over: rows.reduce((s, r) => s + r.nodes, 0),
      distinct: true,
    };
  }

  /** The rows of a label for some types and a direction; the all-types row when unfiltered. */
  #rows(label: Label, types?: readonly RelationshipType[], direction?: Direction) {
    return this.#degrees.filter((row) =>
      row.label !== label
        ? false
        : types === undefined && direction === undefined
          ? row.type === null
          : row.type !== null &&
            (types === undefined || types.includes(row.type)) &&
            (direction === undefined || row.direction === direction),
    );
  }
}

/** Reads the graph's statistics. */
export const readStatistics = async (reader: CypherReader) =>
  new GraphStatistics(await readRows(reader));

/**
 * The statistics of the graph's current revision. The last ones read serve at once while the
 * revision is checked, and read again when it changed, in the background; before any were read,
 * the first read is waited for. Undefined while Neo4j cannot say and none were read: the
 * estimate then takes the model's declared bounds.
 *
 * Reading them goes over every relationship (70 ms of Neo4j's time on the dataset, idle), and
 * new statistics make every kept plan stale (plans are kept per statistics), while a curation
 * write changes them by a relationship or a node. So they are read again at most every
 * `everyMs`: under a stream of writes, estimates are at most that much behind the graph, instead
 * of Neo4j reading every relationship after each write.
 */
export class Statistics {
  #kept: { revision: number; statistics: GraphStatistics; at: number } | undefined;
  #reading: Promise<GraphStatistics | undefined> | undefined;

  private readonly reader: CypherReader;
  private readonly revision: Revision;
  private readonly everyMs: number;
  private readonly now: () => number;

  constructor(
    reader: CypherReader,
    revision: Revision,
    everyMs = 10_000,
    now = () => performance.now(),
  ) {
    this.reader = reader;
    this.revision = revision;
    this.everyMs = everyMs;
    this.now = now;
  }

  /** The statistics read last, without waiting: undefined before any were read. */
  latest(): GraphStatistics | undefined {
    return this.#kept?.statistics;
  }

  current(): GraphStatistics | undefined | Promise<GraphStatistics | undefined> {
    const reading = this.#refresh();
    return this.#kept?.statistics ?? reading;
  }

  #refresh(): Promise<GraphStatistics | undefined> {
    this.#reading ??= (async () => {
      if (this.#kept && this.now() - this.#kept.at < this.everyMs) return this.#kept.statistics;
      const revision = await this.revision.current();
      if (revision === undefined || this.#kept?.revision === revision)
        return this.#kept?.statistics;
      const at = this.now();
      const statistics = await readStatistics(this.reader);
      this.#kept = { revision, statistics, at };
      return statistics;
    })()
      // Neo4j away: the query itself will say so; its cost is estimated from what is known.
      .catch(() => this.#kept?.statistics)
      .finally(() => {
        this.#reading = undefined;
      });
    return this.#reading;
  }
}
