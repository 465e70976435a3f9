import type { GraphFacts, NodeFact, RelationshipFact } from '../dataset/facts.ts';
import type { GraphChange } from './diff.ts';

/**
 * The relationships an import may not remove (curators added them) that hang on nodes it
 * removes (gone from the files) or remakes (their label changed): deleting those nodes would
 * take the curated relationships with them.
 */
export function curatedInTheWay(
  change: GraphChange,
  current: GraphFacts,
  removable: (fact: NodeFact | RelationshipFact) => boolean,
): RelationshipFact[] {
  const going = new Set(change.nodes.remove.map((node) => node.id));
  return current.relationships.filter(
    (relationship) =>
      !removable(relationship) && (going.has(relationship.from) || going.has(relationship.to)),
  );
}

/** The import was refused: it would have deleted relationships curators added. Nothing was written. */
export class CuratedRelationshipsInTheWayError extends Error {
  override name = 'CuratedRelationshipsInTheWayError';

  constructor(
    readonly relationships: readonly RelationshipFact[],
    change: GraphChange,
  ) {
    const remade = new Set(change.nodes.create.map((node) => node.id));
    const going = new Set(change.nodes.remove.map((node) => node.id));
    const why = (id: string) =>
      remade.has(id) ? `${id} changes label in the files` : `${id} is no longer in the files`;
    const lines = relationships.slice(0, 50).map(({ type, from, to, properties }) => {
      const by = properties.curatedBy === undefined ? '' : `, added by ${properties.curatedBy}`;
      return `  ${from} -[${type}]-> ${to}${by}: ${why(going.has(from) ? from : to)}`;
    });
    const more = relationships.length - lines.length;
    const count = relationships.length;
    super(
      [
        `The import would delete ${count} relationship${count === 1 ? '' : 's'} that curators added, with the nodes at ${count === 1 ? 'its' : 'their'} ends:`,
        ...lines,
        ...(more > 0 ? [`  … and ${more} more`] : []),
        'Remove them through the API first, or import with --replace to make the graph exactly the files.',
      ].join('\n'),
    );
  }
}
