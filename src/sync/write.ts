import type { NodeFact, RelationshipFact } from '../model/facts.ts';
import type { WriteRunner } from '../neo4j/database.ts';
import { type Statement, statements } from '../neo4j/statements.ts';
import type { GraphChange } from './diff.ts';

/** Rows per UNWIND: large enough to be quick, small enough to keep messages modest. */
const batchSize = 2_000;

/** Runs `statement` once per batch of `rows`, as the parameters `params` makes of it. */
async function inBatches<P, T>(
  run: WriteRunner,
  statement: Statement<P, unknown>,
  rows: readonly T[],
  params: (batch: readonly T[]) => P,
  say: (message: string) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await run(statement, params(batch));
    if (rows.length > batchSize)
      say(`  … ${statement.file}: ${start + batch.length} of ${rows.length}`);
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
  const { write } = statements;
  const ends = ({ type, from, to }: RelationshipFact) => ({ type, from, to });
  const nodeRows = (batch: readonly NodeFact[]) => ({ nodes: batch });
  const relationshipRows = (batch: readonly RelationshipFact[]) => ({ relationships: batch });
  await inBatches(
    run,
    write.deleteRelationships,
    relationships.remove.map(ends),
    (batch) => ({
      relationships: batch,
    }),
    say,
  );
  await inBatches(
    run,
    write.deleteNodes,
    nodes.remove.map((node) => node.id),
    (ids) => ({ ids }),
    say,
  );
  await inBatches(run, write.createNodes, nodes.create, nodeRows, say);
  await inBatches(run, write.updateNodes, nodes.update, nodeRows, say);
  await inBatches(run, write.createRelationships, relationships.create, relationshipRows, say);
  await inBatches(run, write.updateRelationships, relationships.update, relationshipRows, say);
}
