/** How much of the graph statements read: the dbHits Neo4j's PROFILE reports, summed. */
import neo4j, { type Driver } from 'neo4j-driver';

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
