/**
 * Which member States take part in what, as one statement: membership of networks,
 * participation in projects, and through those the programme areas they belong to. Each kind
 * of participation is a branch that knows the types at its ends (from the model), so no node's
 * labels are read; each row carries every relationship on its way, for the evidence.
 */
import Cypher from '@neo4j/cypher-builder';
import { endsOfType } from '../model/relationships.ts';
import { evidenceIndexes } from './evidence.ts';
import { ofType, withLabel } from './patterns.ts';
import { type FieldPlan, project, projectObject, type Scope, type Statement } from './plan.ts';
import { childrenOf, type Selected } from './selection.ts';
import type { GraphStatistics, Spread } from './statistics.ts';
import { variables } from './variables.ts';

/**
 * A node of the row, projected as the selection asks; its type from the row's `type` value.
 * A node the row may lack (`nullable`) is null there.
 */
export const rowNodePlan = (name: string, { nullable = false } = {}): FieldPlan => ({
  cypher: (scope: Scope, selected: Selected) => {
    const node = scope.row?.[name] as Cypher.Node | undefined;
    if (node === undefined) throw new Error(`no ${name} in scope`);
    const value = project(selected, {
      node,
      ...(scope.row?.[`${name}Type`] ? { type: scope.row[`${name}Type`] } : {}),
    });
    return nullable
      ? new Cypher.Case().when(Cypher.isNull(node)).then(Cypher.Null).else(value)
      : value;
  },
});

/** The evidence of every relationship in the row's `links`. */
export const linksEvidencePlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => {
    const links = scope.row?.links;
    if (links === undefined) throw new Error('no links in scope');
    const link = new Cypher.Relationship();
    const index = new Cypher.Variable();
    return new Cypher.Collect(
      new Cypher.Unwind([links, link])
        .unwind([evidenceIndexes(link), index])
        .return(project(selected, { evidence: { holder: link, index } })),
    );
  },
  fanOut: () => 10,
  // A row's links are a State's relationship, and the network's or project's PART_OF.
  spread: (_selected, statistics) =>
    statistics.relationshipEvidence(['MemberState', 'Network', 'Project']),
};

/**
 * The rows of participation by the graph's statistics: a row for each relationship of `ways`
 * of a State, and one more for each programme area the network or project is part of; with
 * `one`, the rows of one State.
 */
export function participationSpread(statistics: GraphStatistics, one: boolean): Spread {
  const direct = statistics.relationships(['MemberState'], ways, 'out');
  const through = (type: (typeof ways)[number]) => {
    const far = endsOfType(type).to;
    const partOf = statistics.relationships(far, ['PART_OF'], 'out');
    const reached = statistics.relationships(['MemberState'], [type], 'out').total;
    return {
      rows: Math.ceil((reached * partOf.total) / Math.max(partOf.over, 1)),
      most: partOf.most,
    };
  };
  const via = ways.map(through);
  const rows = direct.total + via.reduce((sum, v) => sum + v.rows, 0);
  const mostThrough = Math.max(0, ...via.map((v) => v.most));
  return one
    ? { most: direct.most * (1 + mostThrough), total: rows, over: direct.over, distinct: true }
    : { most: rows, total: rows, over: 1, distinct: true };
}

/** How a State takes part: the relationships that make it a member or participant. */
const ways = ['MEMBER_OF', 'PARTICIPATES_IN'] as const;

/** The fields of a participation that are values of the State's own relationship. */
const ofRelationship = new Set(['role', 'evidence']);

/**
 * Participation in one statement that reads a network's, project's or programme area's values
 * once however many States take part in it, and a State's once for all its rows. Each kind's
 * relationships are grouped by what they lead to: a network or project, or a programme area
 * through one of them. These few rows are sorted by kind and name and their fields projected;
 * the States' relationships they hold are then regrouped by State (their start) in that order,
 * each row given the selected values of its own relationship (`role`, `evidence`): one result
 * row per State, which Neo4j sends and the driver decodes far more cheaply than one per
 * participation.
 */
export function participationStatement(state: string | undefined, selected: Selected): Statement {
  const member = new Cypher.Node();
  const work = new Cypher.Node();
  const area = new Cypher.Node();
  const link = new Cypher.Relationship();
  const part = new Cypher.Relationship();
  const [target, kind, targetType, through, throughType, parts] = variables(6);
  const [links, shared, memberLink, memberState, rows] = variables(5);
  // One State is found by its key; all of them, from the relationships themselves.
  const takingPart = (way: (typeof ways)[number]) =>
    new Cypher.Pattern(
      member,
      state === undefined
        ? {}
        : { ...withLabel('MemberState'), properties: { id: new Cypher.Param(state) } },
    )
      .related(link, ofType(way))
      .to(work);
  // With all States, every relationship to a programme area is read: they are scanned once and
  // joined to the States' by their network or project, which found from each network or project
  // would be read through all its relationships (on the dataset: 151 dbHits from its 12
  // networks and projects, 16 for the scan).
  const throughWork = (way: (typeof ways)[number]) => {
    if (state !== undefined)
      return new Cypher.Match(takingPart(way).related(part, ofType('PART_OF')).to(area));
    const joined = new Cypher.Node();
    return new Cypher.Match(
      takingPart(way),
      new Cypher.Pattern(joined).related(part, ofType('PART_OF')).to(area),
    ).where(Cypher.eq(joined, work));
  };
  const grouped = (match: Cypher.Match, ...by: Cypher.Variable[]) =>
    match.with(...by, [Cypher.collect(link), links]);
  const literal = (value: string) => new Cypher.Literal(value);
  const programme = endsOfType('PART_OF').to[0] as string;
  const branches = ways.flatMap((way) => {
    const workType = endsOfType(way).to[0] as string;
    const direct = grouped(new Cypher.Match(takingPart(way)), work).return(
      [work, target],
      [literal(way), kind],
      [literal(workType), targetType],
      [Cypher.Null, through],
      [Cypher.Null, throughType],
      [new Cypher.List([]), parts],
      links,
    );
    const viaWork = grouped(throughWork(way), area, work, part).return(
      [area, target],
      [literal(`VIA_${way}`), kind],
      [literal(programme), targetType],
      [work, through],
      [literal(workType), throughType],
      [new Cypher.List([part]), parts],
      links,
    );
    return [direct, viaWork];
  });
  const type = selected.type.name;
  const fields = childrenOf(selected);
  const ofState = fields.filter((field) => field.field.name === 'state');
  const ofLink = fields.filter((field) => ofRelationship.has(field.field.name));
  const ofTarget = fields.filter((field) => !ofState.includes(field) && !ofLink.includes(field));
  // A row is its target's projection, with the values of its State's relationship if selected.
  const row =
    ofLink.length === 0
      ? shared
      : projectObject(
          type,
          ofLink,
          {
            row: {
              links: Cypher.plus(new Cypher.List([memberLink]), parts),
              role: memberLink.property('role'),
            },
          },
          undefined,
          Object.fromEntries(ofTarget.map((field) => [field.key, shared.property(field.key)])),
        );
  const targetScope = { row: { target, targetType, kind, through, throughType } };
  const clause = new Cypher.Call(new Cypher.Union(...branches).all(), [])
    .with(links, parts, [projectObject(type, ofTarget, targetScope), shared])
    .orderBy([kind, 'ASC'], [target.property('name'), 'ASC'])
    .unwind([links, memberLink])
    .with([Cypher.startNode(memberLink), memberState], [Cypher.collect(row), rows])
    .return(
      [projectObject(type, ofState, { row: { state: memberState } }), 'state'],
      [rows, 'rows'],
    )
    .orderBy([memberState.property('id'), 'ASC']);
  return {
    clause,
    finish: (states) =>
      states.flatMap(({ state, rows }) =>
        (rows as Record<string, unknown>[]).map((row) =>
          Object.assign(row, state as Record<string, unknown>),
        ),
      ),
  };
}
