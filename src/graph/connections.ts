/**
 * The items of the meetings and decisions connections. Meetings are read in the order of their
 * SOM number (an index); decisions meeting by meeting in that order, and within a meeting by
 * their place in it, so a page reads only the meetings it needs. A filter adds its predicate only
 * when it is given.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Items, Window } from './pages.ts';

export interface MeetingFilters {
  fromYear?: number | undefined;
  toYear?: number | undefined;
  /** ISO 3166 alpha-3 code of the hosting State. */
  hostState?: string | undefined;
}

export interface DecisionFilters {
  fromYear?: number | undefined;
  toYear?: number | undefined;
  kind?: string | undefined;
  /** Programme slug. */
  programme?: string | undefined;
  /** Network acronym. */
  network?: string | undefined;
  /** ISO 3166 alpha-3 code of a State involved. */
  state?: string | undefined;
}

/** A decision's place in the decisions order: its meeting's number, its place in the meeting. */
export interface DecisionKey {
  number: number;
  position: number;
}

const param = (value: unknown) => new Cypher.Param(value);

const all = (predicates: (Cypher.Predicate | undefined)[]) =>
  Cypher.and(...predicates.filter((p): p is Cypher.Predicate => p !== undefined));

/** Predicates on a meeting's year. */
const years = (
  meeting: Cypher.Node,
  { fromYear, toYear }: { fromYear?: number | undefined; toYear?: number | undefined },
) => [
  fromYear === undefined
    ? undefined
    : Cypher.gte(meeting.property('startDate', 'year'), param(fromYear)),
  toYear === undefined
    ? undefined
    : Cypher.lte(meeting.property('startDate', 'year'), param(toYear)),
];

const direction = (inverted: boolean) => (inverted ? 'DESC' : 'ASC');

function meetingPredicates(meeting: Cypher.Node, filters: MeetingFilters) {
  const host = new Cypher.Node();
  return [
    ...years(meeting, filters),
    filters.hostState === undefined
      ? undefined
      : new Cypher.Exists(
          new Cypher.Pattern(host, {
            labels: ['MemberState'],
            properties: { id: param(filters.hostState) },
          })
            .related({ type: 'HOSTED' })
            .to(meeting),
        ),
  ];
}

export function meetingItems(filters: MeetingFilters): Items<number> {
  const predicates = (meeting: Cypher.Node) => meetingPredicates(meeting, filters);
  return {
    label: 'Meeting',
    read: ({ after, before, limit, inverted }: Window<number>) => {
      const node = new Cypher.Node();
      const number = node.property('number');
      const where = all([
        ...predicates(node),
        // The bound lets Neo4j read the meetings from the number index, in its order.
        Cypher.isNotNull(number),
        after === undefined ? undefined : Cypher.gt(number, param(after)),
        before === undefined ? undefined : Cypher.lt(number, param(before)),
      ]);
      const clause = new Cypher.Match(new Cypher.Pattern(node, { labels: ['Meeting'] }))
        .where(where)
        .with(node)
        .orderBy([number, direction(inverted)])
        .limit(param(limit))
        .with(node);
      return { clause, node, cursor: number };
    },
    count: () => {
      const node = new Cypher.Node();
      const conditions = predicates(node).filter((p) => p !== undefined);
      const match = new Cypher.Match(new Cypher.Pattern(node, { labels: ['Meeting'] }));
      return new Cypher.Count(conditions.length > 0 ? match.where(all(conditions)) : match);
    },
  };
}

/** `(decision)-[:CONCERNS]->(...)`, optionally on through `PART_OF`, to a node with `key`. */
const concerns = (
  decision: Cypher.Node,
  label: string,
  key: Record<string, Cypher.Expr>,
  via = false,
) => {
  const start = new Cypher.Pattern(decision).related({ type: 'CONCERNS' });
  const target = { labels: [label], properties: key };
  return new Cypher.Exists(
    via
      ? start.to(new Cypher.Node()).related({ type: 'PART_OF' }).to(new Cypher.Node(), target)
      : start.to(new Cypher.Node(), target),
  );
};

function decisionPredicates(decision: Cypher.Node, filters: DecisionFilters) {
  const { kind, programme, network, state } = filters;
  const stateNode = () =>
    new Cypher.Pattern(new Cypher.Node(), {
      labels: ['MemberState'],
      properties: { id: param(state) },
    });
  return [
    kind === undefined ? undefined : Cypher.eq(decision.property('kind'), param(kind)),
    programme === undefined
      ? undefined
      : Cypher.or(
          concerns(decision, 'Programme', { id: param(programme) }),
          concerns(decision, 'Programme', { id: param(programme) }, true),
        ),
    network === undefined ? undefined : concerns(decision, 'Network', { acronym: param(network) }),
    // A State is involved in a decision it proposed, or one about a network it is a member of
    // or a project it takes part in.
    state === undefined
      ? undefined
      : Cypher.or(
          new Cypher.Exists(stateNode().related({ type: 'PROPOSED' }).to(decision)),
          new Cypher.Exists(
            stateNode()
              .related({ type: Cypher.labelExpr.or('MEMBER_OF', 'PARTICIPATES_IN') })
              .to(new Cypher.Node())
              .related({ type: 'CONCERNS', direction: 'left' })
              .to(decision),
          ),
        ),
  ];
}

export function decisionItems(filters: DecisionFilters): Items<DecisionKey> {
  const made = (decision: Cypher.Node, meeting: Cypher.Node) =>
    new Cypher.Pattern(decision, { labels: ['Decision'] })
      .related({ type: 'MADE_AT' })
      .to(meeting, { labels: ['Meeting'] });
  return {
    label: 'Decision',
    read: ({ after, before, limit, inverted }: Window<DecisionKey>) => {
      const node = new Cypher.Node();
      const meeting = new Cypher.Node();
      const number = meeting.property('number');
      const position = node.property('position');
      /** After (or before) `key` in the decisions order. */
      const beyond = (key: DecisionKey, past: typeof Cypher.gt) =>
        Cypher.or(
          past(number, param(key.number)),
          Cypher.and(Cypher.eq(number, param(key.number)), past(position, param(key.position))),
        );
      const meetings = new Cypher.Match(new Cypher.Pattern(meeting, { labels: ['Meeting'] }))
        .where(
          all([
            ...years(meeting, filters),
            // Only the meetings from the cursor's on, read from the number index in its order.
            after === undefined
              ? Cypher.isNotNull(number)
              : Cypher.gte(number, param(after.number)),
            before === undefined ? undefined : Cypher.lte(number, param(before.number)),
          ]),
        )
        .with(meeting)
        .orderBy([number, direction(inverted)]);
      const clause = meetings
        .match(made(node, meeting))
        .where(
          all([
            ...decisionPredicates(node, filters),
            after === undefined ? undefined : beyond(after, Cypher.gt),
            before === undefined ? undefined : beyond(before, Cypher.lt),
          ]),
        )
        .with(node, meeting)
        .orderBy([number, direction(inverted)], [position, direction(inverted)])
        .limit(param(limit))
        .with(node, meeting);
      return {
        clause,
        node,
        cursor: new Cypher.Map({ number, position }),
      };
    },
    count: () => {
      const node = new Cypher.Node();
      const meeting = new Cypher.Node();
      const conditions = [...years(meeting, filters), ...decisionPredicates(node, filters)].filter(
        (p) => p !== undefined,
      );
      // Unfiltered, the count of the label comes from Neo4j's count store.
      if (conditions.length === 0)
        return new Cypher.Count(new Cypher.Pattern(node, { labels: ['Decision'] }));
      return new Cypher.Count(new Cypher.Match(made(node, meeting)).where(all(conditions)));
    },
  };
}
