import Cypher from '@neo4j/cypher-builder';

/** A tuple of `N` Cypher variables. */
type Variables<N extends number, Made extends Cypher.Variable[] = []> = Made['length'] extends N
  ? Made
  : Variables<N, [...Made, Cypher.Variable]>;

const hasLength = <N extends number>(list: Cypher.Variable[], n: N): list is Variables<N> =>
  list.length === n;

/** `count` fresh Cypher variables: `const [year, count] = variables(2)`. */
export function variables<N extends number>(count: N): Variables<N> {
  const made = Array.from({ length: count }, () => new Cypher.Variable());
  if (!hasLength(made, count)) throw new Error(`expected ${count} variables`);
  return made;
}
