/** How much of the graph statements read: the dbHits Neo4j's PROFILE reports, summed. */
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/neo4j/cypher.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { statements } from '../../src/neo4j/statements.ts';

export interface SentStatement {
  text: string;
  params: Record<string, unknown>;
}

/** Parameters as the driver sends them from JavaScript: whole numbers as integers. */
const asSent = (params: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(params), (_key, value) =>
    Number.isInteger(value) ? neo4j.int(value) : value,
  ) as Record<string, unknown>;

/** A statement and its parameters as the driver sends them. */
export const sent = ({ text, params }: SentStatement): SentStatement => ({
  text,
  params: asSent(params),
});

/**
 * Records the statements `db` runs for this API: `take()` answers those since the last take. The
 * graph's revision, read once a second whatever the load, and its statistics, read once per
 * revision, are no operation's own cost and are left out.
 */
export function recordStatements(db: Database) {
  const shared = new Set(
    [
      statements.read.graphRevision,
      statements.read.labelSizes,
      statements.read.relationshipDegrees,
    ].map((statement) => cypher(statement.file)),
  );
  let recorded: SentStatement[] = [];
  const query = db.query.bind(db);
  db.query = (text, params = {}) => {
    if (!shared.has(text)) recorded.push({ text, params });
    return query(text, params);
  };
  return {
    take: () => {
      const taken = recorded;
      recorded = [];
      return taken;
    },
  };
}

const sumHits = (plan: { dbHits: unknown; children?: unknown[] } | null | undefined): number =>
  plan
    ? Number(plan.dbHits) +
      (plan.children ?? []).reduce<number>((s, c) => s + sumHits(c as never), 0)
    : 0;

/** Total dbHits of running `statements` with PROFILE (reads only: nothing is written). */
export async function dbHits(
  driver: Driver,
  statements: { text: string; params: Record<string, unknown> }[],
  database?: string,
) {
  let hits = 0;
  for (const { text, params } of statements) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      // PROFILE runs the statement as it is and reports what it touched.
      const result = await session.executeRead((tx) =>
        tx.run(`PROFILE ${text.replace(/^CYPHER 5\s*/, '')}`, params),
      );
      hits += sumHits(result.summary.profile as never);
    } finally {
      await session.close();
    }
  }
  return hits;
}
