import type { RelationshipFact } from '../dataset/facts.ts';
import type { WriteRunner } from '../neo4j/database.ts';
import type { GraphChange } from './diff.ts';

/** Rows per UNWIND: large enough to be quick, small enough to keep messages modest. */
const batchSize = 2_000;

/** Runs `name` once per batch of `rows`, reporting progress on long runs. */
async function inBatches<T>(
  run: WriteRunner,
  name: string,
  key: string,
  rows: readonly T[],
  say: (message: string) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await run(name, { [key]: batch });
    if (rows.length > batchSize) say(`  … ${name}: ${start + batch.length} of ${rows.length}`);
  }
}

/**
 * Writes a change to the graph inside the caller's transaction. The change was computed in that
 * same transaction, so facts it calls new are created outright, without a MERGE.
 */
export async function writeChange(
  run: WriteRunner,
  change: GraphChange,
  say: (message: string) => void,
) {
  const { nodes, relationships } = change;
  const ends = ({ type, from, to }: RelationshipFact) => ({ type, from, to });
  await inBatches(
    run,
    'write/delete-relationships',
    'relationships',
    relationships.remove.map(ends),
    say,
  );
  await inBatches(
    run,
    'write/delete-nodes',
    'ids',
    nodes.remove.map((node) => node.id),
    say,
  );
  await inBatches(run, 'write/create-nodes', 'nodes', nodes.create, say);
  await inBatches(run, 'write/update-nodes', 'nodes', nodes.update, say);
  await inBatches(run, 'write/create-relationships', 'relationships', relationships.create, say);
  await inBatches(run, 'write/update-relationships', 'relationships', relationships.update, say);
}
