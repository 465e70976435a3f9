import { randomUUID } from 'node:crypto';
import type { NodeFact, Properties, RelationshipFact } from '../model/facts.ts';
import {
  type ChangeMeta,
  type FactAction,
  type FactChangeRecord,
  factState,
} from '../model/history.ts';
import { identityOf, storedIdentity } from '../model/relationship-identity.ts';
import type { WriteRunner } from '../neo4j/database.ts';
import { type Statement, statements } from '../neo4j/statements.ts';
import { type GraphChange, isEmptyChange } from './diff.ts';

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

const json = (properties: Properties | undefined) =>
  properties === undefined ? null : JSON.stringify(factState(properties));

/**
 * What a change did to each fact, in the order it did it, as history records it; positions
 * start at `first` (a part of a change written on its own, see staged-write.ts).
 */
export function factChanges(change: GraphChange, id: string, first = 0): FactChangeRecord[] {
  const records: Omit<FactChangeRecord, 'change' | 'position'>[] = [];
  const add = (
    action: FactAction,
    fact: NodeFact | RelationshipFact,
    before: Properties | undefined,
    after: Properties | undefined,
  ) =>
    records.push({
      action,
      label: 'label' in fact ? fact.label : null,
      id: 'label' in fact ? fact.id : null,
      type: 'type' in fact ? fact.type : null,
      from: 'type' in fact ? fact.from : null,
      to: 'type' in fact ? fact.to : null,
      identity: 'type' in fact ? storedIdentity(fact) : null,
      before: json(before),
      after: json(after),
    });
  const { nodes, relationships } = change;
  for (const r of relationships.remove) add('REMOVED', r, r.properties, undefined);
  for (const n of nodes.remove) add('REMOVED', n, n.properties, undefined);
  for (const n of nodes.create) add('CREATED', n, undefined, n.properties);
  for (const n of nodes.update) add('UPDATED', n, n.before, n.properties);
  for (const r of relationships.create) add('CREATED', r, undefined, r.properties);
  for (const r of relationships.update) add('UPDATED', r, r.before, r.properties);
  return records.map((record, position) => ({ change: id, position: first + position, ...record }));
}

/** The facts of a change in the order it writes them (and history records them). */
export const orderedFacts = (change: GraphChange) =>
  [
    change.relationships.remove,
    change.nodes.remove,
    change.nodes.create,
    change.nodes.update,
    change.relationships.create,
    change.relationships.update,
  ] as const;

/** How many facts a change touches. */
export const changeSize = (change: GraphChange) =>
  orderedFacts(change).reduce((sum, facts) => sum + facts.length, 0);

/**
 * Writes a change to the graph inside the caller's transaction, and records it in the graph's
 * history in that same transaction (who, how, and every fact before and after), so a change
 * and its history commit together or not at all. The change was computed in that transaction,
 * so facts it calls new are created outright, without a MERGE. Answers the id of the change
 * recorded (none when there was nothing to change).
 */
export async function writeChange(
  run: WriteRunner,
  change: GraphChange,
  say: (message: string) => void,
  meta: ChangeMeta,
): Promise<string | undefined> {
  await writeFacts(run, change, say);
  if (isEmptyChange(change)) return undefined;
  const id = randomUUID();
  await recordChange(run, id, meta);
  await recordFactChanges(run, factChanges(change, id), say);
  return id;
}

/** Records that change `id` was made, by whom and how (its facts are recorded apart). */
export async function recordChange(run: WriteRunner, id: string, meta: ChangeMeta) {
  const { by, origin, operation, reverts } = meta;
  await run(statements.write.recordChange, {
    change: { id, by, origin, operation, reverts: reverts ?? null },
  });
}

/** Records what a change did to each fact. */
export const recordFactChanges = (
  run: WriteRunner,
  records: readonly FactChangeRecord[],
  say: (message: string) => void,
) => inBatches(run, statements.write.recordFactChanges, records, (facts) => ({ facts }), say);

/** Writes the facts of a change to the graph in the order `orderedFacts` gives; records nothing. */
export async function writeFacts(
  run: WriteRunner,
  change: GraphChange,
  say: (message: string) => void,
): Promise<void> {
  const { nodes, relationships } = change;
  const { write } = statements;
  const ends = (r: RelationshipFact) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    match: identityOf(r),
  });
  const node = ({ label, id, properties }: NodeFact) => ({ label, id, properties });
  const relationship = (r: RelationshipFact) => ({ ...ends(r), properties: r.properties });
  const nodeRows = (batch: readonly NodeFact[]) => ({ nodes: batch.map(node) });
  const relationshipRows = (batch: readonly RelationshipFact[]) => ({
    relationships: batch.map(relationship),
  });
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
