/**
 * Counts over the whole graph, for dashboards. Every field is a subquery of one statement, so
 * that all the counts a dashboard asks for cost one round trip; counts of a whole label or
 * relationship type come from Neo4j's count store. Year series run from the first year with a
 * decision to the last, with zeros for the years between that have none, so a chart's axis has
 * no gaps.
 */
import Cypher from '@neo4j/cypher-builder';
import { labels } from '../model/labels.ts';
import { relationshipTypes } from '../model/relationships.ts';
import { concerns, decisionsOf } from './concerning.ts';
import { ofType, withLabel } from './patterns.ts';
import { type FieldPlan, project, projectObject, type Statement } from './plan.ts';
import { childrenOf, type Selected } from './selection.ts';
import { variables } from './variables.ts';

const zero = new Cypher.Literal(0);

/** A list of one row per name, each with the count of `pattern(name)`. */
const countsOf = <Name extends string>(
  names: readonly Name[],
  key: string,
  pattern: (name: Name) => Cypher.Pattern,
): FieldPlan => ({
  cypher: (_scope, selected) =>
    new Cypher.List(
      names.map((name) =>
        projectObject(selected.type.name, childrenOf(selected), {
          row: { [key]: new Cypher.Literal(name), count: new Cypher.Count(pattern(name)) },
        }),
      ),
    ),
  fanOut: () => names.length,
});

export const nodeCountsPlan = countsOf(
  labels,
  'label',
  (label) => new Cypher.Pattern(new Cypher.Node(), withLabel(label)),
);

export const relationshipCountsPlan = countsOf(relationshipTypes, 'type', (type) =>
  new Cypher.Pattern(new Cypher.Node()).related(ofType(type)).to(new Cypher.Node()),
);

/** `MATCH (decision:Decision)-[:MADE_AT]->(meeting:Meeting)` and the meeting's year. */
function decisionsWithYears() {
  const decision = new Cypher.Node();
  const meeting = new Cypher.Node();
  const match = new Cypher.Match(
    new Cypher.Pattern(decision, withLabel('Decision'))
      .related(ofType('MADE_AT'))
      .to(meeting, withLabel('Meeting')),
  );
  return { match, decision, year: meeting.property('startDate', 'year') };
}

/** The count in `counted` (a list of maps with `n`) whose keys equal `values`, or 0. */
function countIn(counted: Cypher.Variable, values: Record<string, Cypher.Expr>) {
  const c = new Cypher.Variable();
  return Cypher.coalesce(
    Cypher.head(
      new Cypher.ListComprehension(c)
        .in(counted)
        .where(
          Cypher.and(
            ...Object.entries(values).map(([key, value]) => Cypher.eq(c.property(key), value)),
          ),
        )
        .map(c.property('n')),
    ),
    zero,
  );
}

/**
 * Decisions per year, every year from the first to the last; `byKind`: per year and kind, every
 * kind that occurs in every year (zeros included, so a stacked chart has every bar).
 */
function yearSeries(selected: Selected, byKind: boolean): Cypher.Expr {
  const { match, decision, year } = decisionsWithYears();
  const [y, k, n, counted, kinds, first, last, eachYear, eachKind] = variables(9);
  const grouped = byKind
    ? match.with([year, y], [decision.property('kind'), k], [Cypher.count(decision), n])
    : match.with([year, y], [Cypher.count(decision), n]);
  const years = grouped
    .with(
      [Cypher.collect(new Cypher.Map(byKind ? { year: y, kind: k, n } : { year: y, n })), counted],
      [Cypher.collect(byKind ? k : Cypher.Null).distinct(), kinds],
      [Cypher.min(y), first],
      [Cypher.max(y), last],
    )
    .unwind([Cypher.range(first, last), eachYear]);
  const cells = byKind ? years.unwind([kinds, eachKind]) : years;
  const at: Record<string, Cypher.Expr> = byKind
    ? { year: eachYear, kind: eachKind }
    : { year: eachYear };
  return new Cypher.Collect(
    cells
      .return(project(selected, { row: { ...at, count: countIn(counted, at) } }))
      .orderBy(...Object.values(at).map((v): [Cypher.Expr, 'ASC'] => [v, 'ASC'])),
  );
}

/** Decisions per year, every year from the first to the last. */
export const decisionsByYearPlan: FieldPlan = {
  cypher: (_scope, selected) => yearSeries(selected, false),
  fanOut: () => 50,
};

/** Decisions per year and kind: every year from the first to the last, every kind that occurs. */
export const decisionsByYearAndKindPlan: FieldPlan = {
  cypher: (_scope, selected) => yearSeries(selected, true),
  fanOut: () => 500,
};

/** Decisions per programme area (about it, its networks or projects), most first. */
export const decisionsByProgrammePlan: FieldPlan = {
  cypher: (_scope, selected) => {
    const programme = new Cypher.Node();
    const decision = new Cypher.Node();
    const count = new Cypher.Variable();
    return new Cypher.Collect(
      new Cypher.Match(new Cypher.Pattern(programme, withLabel('Programme')))
        .with(programme, [
          new Cypher.Count(
            new Cypher.Call(decisionsOf(concerns.programme, programme, decision), [
              programme,
            ]).return(decision),
          ),
          count,
        ])
        .return(project(selected, { node: programme, row: { count } }))
        .orderBy([count, 'DESC'], [programme.property('id'), 'ASC']),
    );
  },
  fanOut: () => 20,
};

/** Decisions per programme area and year, every area, every year from the first to the last. */
export const decisionsByProgrammeAndYearPlan: FieldPlan = {
  cypher: (_scope, selected) => {
    const years = decisionsWithYears();
    const first = new Cypher.Variable();
    const last = new Cypher.Variable();
    const programme = new Cypher.Node();
    const decision = new Cypher.Node();
    const meeting = new Cypher.Node();
    const counted = new Cypher.Variable();
    const y = new Cypher.Variable();
    const n = new Cypher.Variable();
    const eachYear = new Cypher.Variable();
    const span = new Cypher.Call(
      years.match.return([Cypher.min(years.year), first], [Cypher.max(years.year), last]),
      [],
    );
    const counts = new Cypher.Call(
      new Cypher.Match(new Cypher.Pattern(programme, withLabel('Programme')))
        .call(decisionsOf(concerns.programme, programme, decision), [programme])
        .match(
          new Cypher.Pattern(decision).related(ofType('MADE_AT')).to(meeting, withLabel('Meeting')),
        )
        .with(programme, [meeting.property('startDate', 'year'), y], [Cypher.count(decision), n])
        .return([
          Cypher.collect(new Cypher.Map({ programme: programme.property('id'), year: y, n })),
          counted,
        ]),
      [],
    );
    const area = new Cypher.Node();
    return new Cypher.Collect(
      Cypher.utils.concat(
        span,
        counts,
        new Cypher.Match(new Cypher.Pattern(area, withLabel('Programme')))
          .unwind([Cypher.range(first, last), eachYear])
          .return(
            project(selected, {
              node: area,
              row: {
                year: eachYear,
                count: countIn(counted, { programme: area.property('id'), year: eachYear }),
              },
            }),
          )
          .orderBy([area.property('id'), 'ASC'], [eachYear, 'ASC']),
      ),
    );
  },
  fanOut: () => 500,
};

/** Decisions per kind, most frequent first. */
export const decisionsByKindPlan: FieldPlan = {
  cypher: (_scope, selected) => {
    const decision = new Cypher.Node();
    const kind = new Cypher.Variable();
    const count = new Cypher.Variable();
    return new Cypher.Collect(
      new Cypher.Match(new Cypher.Pattern(decision, withLabel('Decision')))
        .with([decision.property('kind'), kind], [Cypher.count(decision), count])
        .return(project(selected, { row: { kind, count } }))
        .orderBy([count, 'DESC'], [kind, 'ASC']),
    );
  },
  fanOut: () => 20,
};

/** Meetings per hosting State, for the meetings whose host a source names. */
export const meetingsByHostPlan: FieldPlan = {
  cypher: (_scope, selected) => {
    const state = new Cypher.Node();
    const meeting = new Cypher.Node();
    const count = new Cypher.Variable();
    return new Cypher.Collect(
      new Cypher.Match(
        new Cypher.Pattern(state, withLabel('MemberState'))
          .related(ofType('HOSTED'))
          .to(meeting, withLabel('Meeting')),
      )
        .with(state, [Cypher.count(meeting), count])
        .return(project(selected, { node: state, row: { count } }))
        .orderBy([count, 'DESC'], [state.property('id'), 'ASC']),
    );
  },
  fanOut: () => 10,
};

/** Every count the selection asks for, in one statement of one row. */
export const statsStatement = (selected: Selected): Statement => ({
  clause: new Cypher.Return([project(selected, {}), 'stats']),
  finish: ([row]) => row?.stats,
});
