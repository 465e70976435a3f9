/**
 * The parts of a Cypher pattern the model names: relationship types and node labels. Patterns
 * take them only from here, so a type or label the model does not declare does not compile.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Label } from '../model/labels.ts';
import { endsOfType, type RelationshipType } from '../model/relationships.ts';

type Direction = 'right' | 'left' | 'undirected';

/** A relationship of one of `types`: `-[:TYPE]->`, or `<-[:TYPE]-` with direction `left`. */
export const ofType = (
  types: RelationshipType | readonly RelationshipType[],
  direction: Direction = 'right',
): Cypher.RelationshipPatternOptions => ({
  type:
    typeof types === 'string'
      ? types
      : types.length === 1
        ? (types[0] as string)
        : Cypher.labelExpr.or(...types),
  direction,
});

/** A node with one of `labels`. */
export const withLabel = (...labels: readonly Label[]): Cypher.NodePatternOptions => ({
  labels: labels.length === 1 ? [labels[0] as string] : Cypher.labelExpr.or(...labels),
});

/**
 * A node at the `end` of relationships of `types`, with `labels` only where the types admit
 * others there: MADE_AT starts at a decision and ends at a meeting, so neither label is read.
 */
export const atEnd = (
  types: RelationshipType | readonly RelationshipType[],
  end: 'from' | 'to',
  ...labels: readonly Label[]
): Cypher.NodePatternOptions => {
  const admitted = [types].flat().flatMap((type) => endsOfType(type)[end]);
  return admitted.every((label) => labels.includes(label)) ? {} : withLabel(...labels);
};
