import type { GraphFacts, NodeFact, RelationshipFact } from '../model/facts.ts';
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

  constructor(readonly inTheWay: readonly InTheWay[]) {
    const count = inTheWay.length;
    const lines = inTheWay.map(({ relationship: { type, from, to, properties }, why }) => {
      const by = properties.curatedBy === undefined ? '' : `, added by ${properties.curatedBy}`;
      return `${from} -[${type}]-> ${to}${by}: ${why}`;
    });
    super(
      [
        `The import would delete ${count} relationship${count === 1 ? '' : 's'} that curators added, with the nodes at ${count === 1 ? 'its' : 'their'} ends:`,
        ...firstLines(lines).map((line) => `  ${line}`),
        'Remove them through the API first, or import with --replace to make the graph exactly the files.',
      ].join('\n'),
    );
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
