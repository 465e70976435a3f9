/**
 * Evidence as Cypher. Every node and relationship keeps its evidence in three parallel list
 * properties (sources, quotes, notes; '' where absent); a list comprehension turns them into one
 * item per piece of evidence, and the source is read only when it is selected.
 */
import Cypher from '@neo4j/cypher-builder';
import { isLabel, labels } from '../model/labels.ts';
import { withLabel } from './patterns.ts';
import { type FieldPlan, project, type Scope } from './plan.ts';
import type { Selected } from './selection.ts';

const lists = {
  source: 'evidenceSources',
  quote: 'evidenceQuotes',
  note: 'evidenceNotes',
} as const;

/** Item `index` of one evidence list of `holder`. */
const itemOf = (scope: Scope, part: keyof typeof lists): Cypher.Expr => {
  const { holder, index } = scope.evidence ?? {};
  if (holder === undefined || index === undefined) throw new Error('no evidence in scope');
  return holder.property(lists[part]).property(index);
};

/**
 * The indexes of the evidence items of `holder`: none when it has no evidence list, as a node
 * or relationship deleted by a write committed after the statement matched it reads.
 */
export const evidenceIndexes = (holder: Cypher.Node | Cypher.Relationship): Cypher.Expr => {
  const count = Cypher.size(Cypher.coalesce(holder.property(lists.source), new Cypher.List([])));
  return Cypher.range(new Cypher.Literal(0), Cypher.minus(count, new Cypher.Literal(1)));
};

/** The evidence of the node or relationship in scope: `evidence { source quote note }`. */
export const evidenceListPlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => {
    const holder = scope.relationship ?? scope.node;
    if (holder === undefined) throw new Error('evidence needs a node or relationship in scope');
    const index = new Cypher.Variable();
    return new Cypher.ListComprehension(index)
      .in(evidenceIndexes(holder))
      .map(project(selected, { evidence: { holder, index } }));
  },
  fanOut: () => 5,
  spread: (selected, statistics) =>
    isLabel(selected.parent)
      ? statistics.nodeEvidence([selected.parent])
      : statistics.relationshipEvidence(labels),
};

/** A quote or note: null where the item has the other. */
export const evidenceTextPlan = (part: 'quote' | 'note'): FieldPlan => ({
  cypher: (scope: Scope) => {
    const value = itemOf(scope, part);
    return new Cypher.Case()
      .when(Cypher.eq(value, new Cypher.Literal('')))
      .then(Cypher.Null)
      .else(value);
  },
});

/** The source of an evidence item, read by its id. */
export const evidenceSourcePlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => {
    const source = new Cypher.Node();
    const match = new Cypher.Match(
      new Cypher.Pattern(source, {
        ...withLabel('Source'),
        properties: { id: itemOf(scope, 'source') },
      }),
    ).return(project(selected, { node: source }));
    return Cypher.head(new Cypher.Collect(match));
  },
};
