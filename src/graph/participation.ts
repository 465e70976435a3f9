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

export function participationStatement(state: string | undefined, selected: Selected): Statement {
  const member = new Cypher.Node();
  const target = new Cypher.Node();
  const through = new Cypher.Node();
  const link = new Cypher.Relationship();
  const part = new Cypher.Relationship();
  const [kind, targetType, throughType, links, rows, role] = variables(6);
  // One State is found by its key; all of them, from the relationships themselves.
  const from = () =>
    new Cypher.Pattern(
      member,
      state === undefined
        ? {}
        : { ...withLabel('MemberState'), properties: { id: new Cypher.Param(state) } },
    );
  const literal = (value: string | null) =>
    value === null ? Cypher.Null : new Cypher.Literal(value);
  const programme = endsOfType('PART_OF').to[0] as string;
  const branches = ways.flatMap((way) => {
    const work = endsOfType(way).to[0] as string;
    const direct = new Cypher.Match(from().related(link, ofType(way)).to(target)).return(
      member,
      target,
      [literal(way), kind],
      [literal(work), targetType],
      [Cypher.Null, through],
      [Cypher.Null, throughType],
      [new Cypher.List([link]), links],
      [link.property('role'), role],
    );
    const viaWork = new Cypher.Match(
      from().related(link, ofType(way)).to(through).related(part, ofType('PART_OF')).to(target),
    ).return(
      member,
      target,
      [literal(`VIA_${way}`), kind],
      [literal(programme), targetType],
      through,
      [literal(work), throughType],
      [new Cypher.List([link, part]), links],
      [link.property('role'), role],
    );
    return [direct, viaWork];
  });
  // A State's fields are projected once for all its rows, the rest of each row for the row: one
  // result row per State, which Neo4j sends and the driver decodes far more cheaply than one per
  // participation (3,100 on a graph 100 times the dataset's size). Rows are collected in order.
  const scope = {
    row: { state: member, target, targetType, kind, through, throughType, links, role },
  };
  const fields = childrenOf(selected);
  const ofState = fields.filter((field) => field.field.name === 'state');
  const ofRow = fields.filter((field) => field.field.name !== 'state');
  const clause = new Cypher.Call(new Cypher.Union(...branches).all(), [])
    .with('*')
    .orderBy([member.property('id'), 'ASC'], [kind, 'ASC'], [target.property('name'), 'ASC'])
    .with(member, [Cypher.collect(projectObject(selected.type.name, ofRow, scope)), rows])
    .return([projectObject(selected.type.name, ofState, scope), 'state'], [rows, 'rows'])
    .orderBy([member.property('id'), 'ASC']);
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
