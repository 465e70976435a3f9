import type { GraphFacts, NodeFact, Properties, RelationshipFact } from '../model/facts.ts';
import { describeRelationship, relationshipKey } from '../model/relationship-identity.ts';
import { firstLines, UserError } from '../user-error.ts';
import type { GraphChange } from './diff.ts';

/** A relationship curators added, and why the import would delete it. */
interface InTheWay {
  relationship: RelationshipFact;
  why: string;
}

/** The import was refused: it would have deleted relationships curators added. Nothing was written. */
export class CuratedRelationshipsInTheWayError extends UserError {
  override name = 'CuratedRelationshipsInTheWayError';

  readonly inTheWay: readonly InTheWay[];

  constructor(inTheWay: readonly InTheWay[]) {
    const count = inTheWay.length;
    const lines = inTheWay.map(({ relationship, why }) => {
      const { curatedBy } = relationship.properties;
      const by = curatedBy === undefined ? '' : `, added by ${curatedBy}`;
      return `${describeRelationship(relationship)}${by}: ${why}`;
    });
    super(
      [
        `The import would delete ${count} relationship${count === 1 ? '' : 's'} that curators added, with the nodes at ${count === 1 ? 'its' : 'their'} ends:`,
        ...firstLines(lines).map((line) => `  ${line}`),
        'Remove them through the API first, or import with --replace to make the graph exactly the files.',
      ].join('\n'),
    );
    this.inTheWay = inTheWay;
  }
}

/**
 * Refuses a change that would delete relationships the import may not remove (curators added
 * them) with the nodes they hang on: nodes it removes (gone from the files) or remakes (their
 * label changed).
 */
export function refuseCuratedInTheWay(
  change: GraphChange,
  current: GraphFacts,
  removable: (fact: NodeFact | RelationshipFact) => boolean,
): void {
  const going = new Set(change.nodes.remove.map((node) => node.id));
  const remade = new Set(change.nodes.create.map((node) => node.id));
  const why = (id: string) =>
    remade.has(id) ? `${id} changes label in the files` : `${id} is no longer in the files`;
  const inTheWay = current.relationships
    .filter((r) => !removable(r) && (going.has(r.from) || going.has(r.to)))
    .map((relationship) => ({
      relationship,
      why: why(going.has(relationship.from) ? relationship.from : relationship.to),
    }));
  if (inTheWay.length > 0) throw new CuratedRelationshipsInTheWayError(inTheWay);
}

/** The import was refused: it would put back older versions of facts editors curated since. */
export class CuratedSinceExportError extends UserError {
  override name = 'CuratedSinceExportError';

  readonly facts: readonly string[];

  constructor(facts: readonly string[]) {
    const count = facts.length;
    super(
      [
        `${count} fact${count === 1 ? ' was' : 's were'} curated again after the patch of the files was written; the import would put back the patch's older version:`,
        ...firstLines(facts).map((line) => `  ${line}`),
        'Write them to the files first (npm run curated:export), or import with --replace to make the graph exactly the files.',
      ].join('\n'),
    );
    this.facts = facts;
  }
}

/**
 * Refuses a change that would overwrite curated facts with another curated version of them, the
 * one the files' patch holds: the graph's was curated later (at another time), so the import
 * would undo an editor's work that is not yet in the files.
 */
export function refuseCuratedSinceExport(change: GraphChange, current: GraphFacts): void {
  const held = new Map<string, Properties>([
    ...current.nodes.map((node): [string, Properties] => [node.id, node.properties]),
    ...current.relationships.map((r): [string, Properties] => [relationshipKey(r), r.properties]),
  ]);
  const overwritten = (key: string, wanted: Properties) => {
    const graph = held.get(key);
    return (
      wanted.origin === 'curation' &&
      graph?.origin === 'curation' &&
      graph.curatedAt !== wanted.curatedAt
    );
  };
  const facts = [
    ...change.nodes.update
      .filter((node) => overwritten(node.id, node.properties))
      .map((node) => `${node.label} ${node.id}, curated at ${held.get(node.id)?.curatedAt}`),
    ...change.relationships.update
      .filter((r) => overwritten(relationshipKey(r), r.properties))
      .map(
        (r) => `${describeRelationship(r)}, curated at ${held.get(relationshipKey(r))?.curatedAt}`,
      ),
  ];
  if (facts.length > 0) throw new CuratedSinceExportError(facts);
}
