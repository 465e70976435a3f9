/**
 * Which member States take part in what, as one statement: membership of networks,
 * participation in projects, and through those the programme areas they belong to. Each row
 * carries every relationship on its way, for the evidence.
 */
import Cypher from '@neo4j/cypher-builder';
import { type FieldPlan, labelOf, project, type Scope, type Statement } from './plan.ts';
import type { Selected } from './selection.ts';

/** A node of the row, projected as the selection asks (null where the row has none). */
export const rowNodePlan = (name: string): FieldPlan => ({
  cypher: (scope: Scope, selected: Selected) => {
    const node = scope.row?.[name] as Cypher.Node | undefined;
    if (node === undefined) throw new Error(`no ${name} in scope`);
    return new Cypher.Case()
      .when(Cypher.isNull(node))
      .then(Cypher.Null)
      .else(project(selected, { node }));
  },
});

/** The evidence of every relationship in the row's `links`. */
export const linksEvidencePlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => {
    const links = scope.row?.links;
    if (links === undefined) throw new Error('no links in scope');
    const link = new Cypher.Relationship();
    const index = new Cypher.Variable();
    const sources = link.property('evidenceSources');
    return new Cypher.Collect(
      new Cypher.Unwind([links, link])
        .unwind([
          Cypher.range(
            new Cypher.Literal(0),
            Cypher.minus(Cypher.size(sources), new Cypher.Literal(1)),
          ),
          index,
        ])
        .return(project(selected, { evidence: { holder: link, index } })),
    );
  },
  fanOut: () => 10,
};

export function participationStatement(state: string | undefined, selected: Selected): Statement {
  const member = new Cypher.Node();
  const target = new Cypher.Node();
  const through = new Cypher.Node();
  const link = new Cypher.Relationship();
  const part = new Cypher.Relationship();
  const kind = new Cypher.Variable();
  const links = new Cypher.Variable();
  const takesPart = { type: Cypher.labelExpr.or('MEMBER_OF', 'PARTICIPATES_IN') };
  const only = (match: Cypher.Match) =>
    state === undefined
      ? match
      : match.where(Cypher.eq(member.property('id'), new Cypher.Param(state)));
  const direct = only(
    new Cypher.Match(
      new Cypher.Pattern(member, { labels: ['MemberState'] }).related(link, takesPart).to(target),
    ),
  ).return(
    member,
    target,
    [Cypher.type(link), kind],
    [Cypher.Null, through],
    [new Cypher.List([link]), links],
  );
  const viaWork = only(
    new Cypher.Match(
      new Cypher.Pattern(member, { labels: ['MemberState'] })
        .related(link, takesPart)
        .to(through)
        .related(part, { type: 'PART_OF' })
        .to(target, { labels: ['Programme'] }),
    ),
  ).return(
    member,
    target,
    [Cypher.concat(new Cypher.Literal('VIA_'), Cypher.type(link)), kind],
    through,
    [new Cypher.List([link, part]), links],
  );
  const clause = new Cypher.Call(new Cypher.Union(direct, viaWork).all(), [])
    .return([project(selected, { row: { state: member, target, kind, through, links } }), 'row'])
    .orderBy(
      [member.property('id'), 'ASC'],
      [labelOf(target), 'ASC'],
      [target.property('id'), 'ASC'],
      [through.property('id'), 'ASC'],
    );
  return { clause, finish: (rows) => rows.map((row) => row.row) };
}
