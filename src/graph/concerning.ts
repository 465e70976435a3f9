/**
 * What it means for a decision to concern something, declared once as the paths from that thing
 * to the decision. Read from the thing (a few relationships of one node found by its key), they
 * give its decisions; tested from a decision, they filter decisions.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Label } from '../model/labels.ts';
import { ofType, withLabel } from './patterns.ts';

/** The paths from the node `start` begins with to `decision`, each a way of concerning it. */
type Paths = (start: () => Cypher.Pattern, decision: Cypher.Node) => Cypher.Pattern[];

const decisionLabel = withLabel('Decision');

/** Each kind of thing decisions are filtered by: its label, the key it is named by, its paths. */
export const concerns = {
  /** A programme area: a decision about it, or about one of its networks or projects. */
  programme: {
    label: 'Programme',
    key: 'id',
    paths: (start, decision) => [
      start().related(ofType('CONCERNS', 'left')).to(decision, decisionLabel),
      start()
        .related(ofType('PART_OF', 'left'))
        .to(new Cypher.Node())
        .related(ofType('CONCERNS', 'left'))
        .to(decision, decisionLabel),
    ],
  },
  /** A network: a decision about it. */
  network: {
    label: 'Network',
    key: 'acronym',
    paths: (start, decision) => [
      start().related(ofType('CONCERNS', 'left')).to(decision, decisionLabel),
    ],
  },
  /**
   * A State involved: a decision it proposed, or one about a network it is a member of or a
   * project it takes part in.
   */
  state: {
    label: 'MemberState',
    key: 'id',
    paths: (start, decision) => [
      start().related(ofType('PROPOSED')).to(decision, decisionLabel),
      start()
        .related(ofType(['MEMBER_OF', 'PARTICIPATES_IN']))
        .to(new Cypher.Node())
        .related(ofType('CONCERNS', 'left'))
        .to(decision, decisionLabel),
    ],
  },
} as const satisfies Record<string, { label: Label; key: string; paths: Paths }>;

export type Concern = (typeof concerns)[keyof typeof concerns];

/** The decisions `concern` reaches from `node` (bound before), once each: a UNION of its paths. */
export function decisionsOf(concern: Concern, node: Cypher.Node, decision: Cypher.Node) {
  const [first, ...more] = concern
    .paths(() => new Cypher.Pattern(node), decision)
    .map((path) => new Cypher.Match(path).return(decision));
  if (first === undefined) throw new Error(`${concern.label} has no path to a decision`);
  return more.length === 0 ? first : new Cypher.Union(first, ...more);
}

/** Whether `decision` concerns the node with `value` as its key: one EXISTS per path. */
export function concernsKeyed(concern: Concern, value: string, decision: Cypher.Node) {
  const start = () =>
    new Cypher.Pattern(new Cypher.Node(), {
      ...withLabel(concern.label),
      properties: { [concern.key]: new Cypher.Param(value) },
    });
  return Cypher.or(...concern.paths(start, decision).map((path) => new Cypher.Exists(path)));
}
