/**
 * The decisions that concern something, read from that thing: a few relationships of one node
 * found by its key, where testing every decision would read them all.
 */
import Cypher from '@neo4j/cypher-builder';

const decisionOf = (decision: Cypher.Node): [Cypher.Node, { labels: string[] }] => [
  decision,
  { labels: ['Decision'] },
];

/** The decisions about a programme area or about its networks or projects, once each. */
export function decisionsOfProgramme(programme: Cypher.Node, decision: Cypher.Node) {
  const direct = new Cypher.Match(
    new Cypher.Pattern(programme)
      .related({ type: 'CONCERNS', direction: 'left' })
      .to(...decisionOf(decision)),
  ).return(decision);
  const viaWork = new Cypher.Match(
    new Cypher.Pattern(programme)
      .related({ type: 'PART_OF', direction: 'left' })
      .to(new Cypher.Node())
      .related({ type: 'CONCERNS', direction: 'left' })
      .to(...decisionOf(decision)),
  ).return(decision);
  return new Cypher.Union(direct, viaWork);
}

/** The decisions about a network. */
export function decisionsOfNetwork(network: Cypher.Node, decision: Cypher.Node) {
  return new Cypher.Match(
    new Cypher.Pattern(network)
      .related({ type: 'CONCERNS', direction: 'left' })
      .to(...decisionOf(decision)),
  ).return(decision);
}

/**
 * The decisions a State is involved in, once each: those it proposed, and those about a network
 * it is a member of or a project it takes part in.
 */
export function decisionsOfState(state: Cypher.Node, decision: Cypher.Node) {
  const proposed = new Cypher.Match(
    new Cypher.Pattern(state).related({ type: 'PROPOSED' }).to(...decisionOf(decision)),
  ).return(decision);
  const aboutItsWork = new Cypher.Match(
    new Cypher.Pattern(state)
      .related({ type: Cypher.labelExpr.or('MEMBER_OF', 'PARTICIPATES_IN') })
      .to(new Cypher.Node())
      .related({ type: 'CONCERNS', direction: 'left' })
      .to(...decisionOf(decision)),
  ).return(decision);
  return new Cypher.Union(proposed, aboutItsWork);
}
