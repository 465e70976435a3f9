/**
 * The items of the meetings and decisions connections. Meetings are read in the order of their
 * SOM number or their date (each an index); decisions meeting by meeting in number order, and
 * within a meeting by their place in it, so a page reads only the meetings it needs; either way
 * round. A filter adds its predicate only when it is given.
 */
import Cypher from '@neo4j/cypher-builder';
import { concerns, concernsKeyed, decisionsOf } from './concerning.ts';
import type { Items, Window } from './pages.ts';
import { atEnd, ofType, withLabel } from './patterns.ts';

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
            ...withLabel('MemberState'),
            properties: { id: param(filters.hostState) },
          })
            .related(ofType('HOSTED'))
            .to(meeting),
        ),
  ];
}

/** How meetings are ordered: by SOM number or by date, either way. */
export interface MeetingOrder {
  field: 'NUMBER' | 'START_DATE';
  descending: boolean;
}

/** A cursor's values, one per key of the order. */
export type KeyValues = (string | number)[];

/**
 * Beyond `values` in the order of `keys`: `k1 > v1 OR (k1 = v1 AND k2 > v2) ...`, with `past`
 * the comparison that goes forward (`gt`, or `lt` read backwards).
 */
function beyond(
  keys: Cypher.Expr[],
  values: Cypher.Expr[],
  past: typeof Cypher.gt,
): Cypher.Predicate {
  const [key, ...moreKeys] = keys;
  const [value, ...moreValues] = values;
  if (key === undefined || value === undefined) return Cypher.false;
  const first = past(key, value);
  if (moreKeys.length === 0) return first;
  return Cypher.or(first, Cypher.and(Cypher.eq(key, value), beyond(moreKeys, moreValues, past)));
}

export function meetingItems(filters: MeetingFilters, order: MeetingOrder): Items<KeyValues> {
  const predicates = (meeting: Cypher.Node) => meetingPredicates(meeting, filters);
  return {
    label: 'Meeting',
    read: ({ after, before, limit, inverted }: Window<KeyValues>) => {
      const node = new Cypher.Node();
      const number = node.property('number');
      const startDate = node.property('startDate');
      // Both have an index, which gives the order; the number makes dates unique.
      const keys = order.field === 'NUMBER' ? [number] : [startDate, number];
      const values = (cursor: KeyValues) =>
        cursor.map((value, i) =>
          keys[i] === startDate ? Cypher.date(param(value)) : param(value),
        );
      const [forward, backward] = order.descending
        ? [Cypher.lt, Cypher.gt]
        : [Cypher.gt, Cypher.lt];
      const where = all([
        ...predicates(node),
        Cypher.isNotNull(keys[0] as Cypher.Expr),
        after === undefined ? undefined : beyond(keys, values(after), forward),
        before === undefined ? undefined : beyond(keys, values(before), backward),
      ]);
      const clause = new Cypher.Match(new Cypher.Pattern(node, withLabel('Meeting')))
        .where(where)
        .with(node)
        .orderBy(
          ...keys.map((key): [Cypher.Expr, 'ASC' | 'DESC'] => [
            key,
            direction(inverted !== order.descending),
          ]),
        )
        .limit(param(limit))
        .with(node);
      return { clause, node, cursor: new Cypher.List(keys) };
    },
    count: () => {
      const node = new Cypher.Node();
      // In date order, as on its pages, a meeting without a recorded date is not counted.
      const dated = order.field === 'NUMBER' ? [] : [Cypher.isNotNull(node.property('startDate'))];
      const conditions = [...predicates(node), ...dated].filter((p) => p !== undefined);
      const match = new Cypher.Match(new Cypher.Pattern(node, withLabel('Meeting')));
      return new Cypher.Count(conditions.length > 0 ? match.where(all(conditions)) : match);
    },
  };
}

/** The filters on what a decision concerns, in the order in which one leads a statement. */
const concernFilters = ['programme', 'network', 'state'] as const;

function decisionPredicates(decision: Cypher.Node, filters: DecisionFilters) {
  return [
    filters.kind === undefined
      ? undefined
      : Cypher.eq(decision.property('kind'), param(filters.kind)),
    ...concernFilters.map((name) => {
      const value = filters[name];
      return value === undefined ? undefined : concernsKeyed(concerns[name], value, decision);
    }),
  ];
}

/**
 * With a filter on what decisions concern, the statement starts from that node, found by its key,
 * and reads its few decisions (`CALL { ... UNION ... }`) instead of testing every decision of
 * every meeting; the first such filter given leads, the others stay predicates.
 */
function decisionSource(
  decision: Cypher.Node,
  filters: DecisionFilters,
): { clause: Cypher.Call; rest: DecisionFilters } | undefined {
  const name = concernFilters.find((filter) => filters[filter] !== undefined);
  if (name === undefined) return undefined;
  const concern = concerns[name];
  const node = new Cypher.Node();
  const keyed = new Cypher.Pattern(node, {
    ...withLabel(concern.label),
    properties: { [concern.key]: param(filters[name]) },
  });
  return {
    clause: new Cypher.Call(
      new Cypher.Match(keyed).call(decisionsOf(concern, node, decision), [node]).return(decision),
      [],
    ),
    rest: { ...filters, [name]: undefined },
  };
}

export function decisionItems(
  filters: DecisionFilters,
  { descending }: { descending: boolean },
): Items<DecisionKey> {
  const made = (decision: Cypher.Node, meeting: Cypher.Node) =>
    new Cypher.Pattern(decision, atEnd('MADE_AT', 'from', 'Decision'))
      .related(ofType('MADE_AT'))
      .to(meeting, atEnd('MADE_AT', 'to', 'Meeting'));
  return {
    label: 'Decision',
    read: ({ after, before, limit, inverted }: Window<DecisionKey>) => {
      const node = new Cypher.Node();
      const meeting = new Cypher.Node();
      const number = meeting.property('number');
      const position = node.property('position');
      const keys = [number, position];
      const values = (key: DecisionKey) => [param(key.number), param(key.position)];
      const [forward, backward] = descending ? [Cypher.lt, Cypher.gt] : [Cypher.gt, Cypher.lt];
      const [from, to] = descending ? [Cypher.lte, Cypher.gte] : [Cypher.gte, Cypher.lte];
      const order = direction(inverted !== descending);
      const meetingConditions = [
        ...years(meeting, filters),
        // Only the meetings from the cursor's on, read from the number index in its order.
        after === undefined ? Cypher.isNotNull(number) : from(number, param(after.number)),
        before === undefined ? undefined : to(number, param(before.number)),
      ];
      const decisionConditions = (rest: DecisionFilters) => [
        ...decisionPredicates(node, rest),
        after === undefined ? undefined : beyond(keys, values(after), forward),
        before === undefined ? undefined : beyond(keys, values(before), backward),
      ];
      const source = decisionSource(node, filters);
      const matched =
        source === undefined
          ? new Cypher.Match(new Cypher.Pattern(meeting, withLabel('Meeting')))
              .where(all(meetingConditions))
              .with(meeting)
              .orderBy([number, order])
              .match(made(node, meeting))
              .where(all(decisionConditions(filters)))
          : source.clause
              .match(made(node, meeting))
              .where(all([...meetingConditions, ...decisionConditions(source.rest)]));
      const clause = matched
        .with(node, meeting)
        .orderBy([number, order], [position, order])
        .limit(param(limit))
        .with(node, meeting);
      return {
        clause,
        node,
        cursor: new Cypher.Map({ number, position }),
        along: { type: 'MADE_AT', direction: 'out', node: meeting },
      };
    },
    count: () => {
      const node = new Cypher.Node();
      const meeting = new Cypher.Node();
      const source = decisionSource(node, filters);
      const conditions = [
        ...years(meeting, filters),
        ...decisionPredicates(node, source?.rest ?? filters),
      ].filter((p) => p !== undefined);
      // Unfiltered, the count of the label comes from Neo4j's count store.
      if (source === undefined && conditions.length === 0)
        return new Cypher.Count(new Cypher.Pattern(node, withLabel('Decision')));
      const match =
        source === undefined
          ? new Cypher.Match(made(node, meeting))
          : source.clause.match(made(node, meeting));
      return new Cypher.Count(conditions.length > 0 ? match.where(all(conditions)) : match);
    },
  };
}
