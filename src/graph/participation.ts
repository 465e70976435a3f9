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
 * once however many States take part in it, sends them once, and reads a State's once for all
 * its rows. Each kind's relationships are grouped by what they lead to: a network or project,
 * or a programme area through one of them. These few rows are sorted by kind and name and their
 * fields projected: the targets, sent once. The States' relationships they hold are regrouped
 * by State (their start) in that order: one result row per State with the positions of its
 * targets and, when selected, the values of its own relationships (`role`, `evidence`). The
 * targets are dealt over these rows as cards are (target p in row p mod rows), since the driver
 * decodes a large record far more slowly than small ones. On the graph 100 times larger, the
 * rows take 0.36 MB on the wire rather than 0.92 MB when each repeated its target. A
 * relationship removed while the statement runs is left out (`stillThere`). It reads nothing
 * more from the graph (the values it tests are the ones the statement sorts by: the same dbHits),
 * but its steps cost Neo4j time: 10-20 % of this read's requests/s on the dataset.
 */
export function participationStatement(state: string | undefined, selected: Selected): Statement {
  const member = new Cypher.Node();
  const work = new Cypher.Node();
  const area = new Cypher.Node();
  const link = new Cypher.Relationship();
  const part = new Cypher.Relationship();
  const [target, kind, targetType, through, throughType, parts] = variables(6);
  const [links, shared, targets, linksOf, partsOf, index, memberLink, memberState] = variables(8);
  const [positions, values, states, positionsOf, valuesOf, row, dealt] = variables(7);
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
  const literal = (value: string) => new Cypher.Literal(value);
  const programme = endsOfType('PART_OF').to[0] as string;
  const typeOf = (way: (typeof ways)[number]) => literal(endsOfType(way).to[0] as string);
  /** One State's rows: each kind's relationships from it, and on to programme areas. */
  function oneState() {
    const branches = ways.flatMap((way) => {
      const direct = new Cypher.Match(takingPart(way))
        .with(work, [Cypher.collect(link), links])
        .return(
          [work, target],
          [literal(way), kind],
          [typeOf(way), targetType],
          [Cypher.Null, through],
          [Cypher.Null, throughType],
          [new Cypher.List([]), parts],
          links,
        );
      const viaWork = new Cypher.Match(takingPart(way).related(part, ofType('PART_OF')).to(area))
        .with(area, work, part, [Cypher.collect(link), links])
        .return(
          [area, target],
          [literal(`VIA_${way}`), kind],
          [literal(programme), targetType],
          [work, through],
          [typeOf(way), throughType],
          [new Cypher.List([part]), parts],
          links,
        );
      return [direct, viaWork];
    });
    return new Cypher.Call(new Cypher.Union(...branches).all(), []);
  }
  /**
   * All States' rows: each kind's relationships, and every relationship to a programme area,
   * are read once, by one scan each, and joined by the network or project they meet at (found
   * from each network or project, its relationship to a programme area would be read through
   * all its relationships: on the dataset 151 dbHits from its 12 networks and projects, against
   * 16 for the scan). A network or project then gives a row of its own and one for each
   * programme area it is part of.
   */
  function allStates() {
    const [way, workType, workParts] = variables(3);
    const ofWay = (w: (typeof ways)[number]) =>
      new Cypher.Match(takingPart(w)).return(
        work,
        [literal(w), way],
        [typeOf(w), workType],
        [Cypher.collect(link), links],
        [Cypher.Null, part],
      );
    const partOf = new Cypher.Match(
      new Cypher.Pattern(work).related(part, ofType('PART_OF')).to(new Cypher.Node()),
    ).return(work, [Cypher.Null, way], [Cypher.Null, workType], [Cypher.Null, links], part);
    const each = new Cypher.Variable();
    const itsRows = new Cypher.Union(
      new Cypher.Return(
        [work, target],
        [way, kind],
        [workType, targetType],
        [Cypher.Null, through],
        [Cypher.Null, throughType],
        [new Cypher.List([]), parts],
      ),
      new Cypher.Unwind([workParts, each]).return(
        [Cypher.endNode(each), target],
        [Cypher.plus(literal('VIA_'), way), kind],
        [literal(programme), targetType],
        [work, through],
        [workType, throughType],
        [new Cypher.List([each]), parts],
      ),
    ).all();
    // Every other row of a network or project lacks its kind and relationships: collect skips them.
    return new Cypher.Call(new Cypher.Union(...ways.map(ofWay), partOf).all(), [])
      .with(
        work,
        [Cypher.head(Cypher.collect(way)), way],
        [Cypher.head(Cypher.collect(workType)), workType],
        [Cypher.head(Cypher.collect(links)), links],
        [Cypher.collect(part), workParts],
      )
      .where(Cypher.isNotNull(way))
      .call(itsRows, [work, way, workType, workParts]);
  }
  const type = selected.type.name;
  const fields = childrenOf(selected);
  const ofState = fields.filter((field) => field.field.name === 'state');
  const ofLink = fields.filter((field) => ofRelationship.has(field.field.name));
  const ofTarget = fields.filter((field) => !ofState.includes(field) && !ofLink.includes(field));
  // The values of a State's own relationship to the target at `index`, if selected.
  const ofItsLink =
    ofLink.length === 0
      ? undefined
      : projectObject(type, ofLink, {
          row: {
            links: Cypher.plus(new Cypher.List([memberLink]), partsOf.property(index)),
            role: memberLink.property('role'),
          },
        });
  const byState = new Cypher.Unwind([indexesOf(linksOf), index])
    .unwind([linksOf.property(index), memberLink])
    .with(
      [Cypher.startNode(memberLink), memberState],
      [Cypher.collect(index), positions],
      [Cypher.collect(ofItsLink ?? Cypher.Null), values],
    )
    .where(stillThere(memberState, 'id'))
    .with(memberState, positions, values)
    .orderBy([memberState.property('id'), 'ASC'])
    .return(
      [Cypher.collect(projectObject(type, ofState, { row: { state: memberState } })), states],
      [Cypher.collect(positions), positionsOf],
      [Cypher.collect(values), valuesOf],
    );
  const targetScope = { row: { target, targetType, kind, through, throughType } };
  const clause = (state === undefined ? allStates() : oneState())
    .with('*')
    .where(stillThere(target, 'name'))
    .with(links, parts, [projectObject(type, ofTarget, targetScope), shared])
    .orderBy([kind, 'ASC'], [target.property('name'), 'ASC'])
    .with(
      [Cypher.collect(shared), targets],
      [Cypher.collect(links), linksOf],
      [Cypher.collect(parts), partsOf],
    )
    .call(byState, [linksOf, partsOf])
    .unwind([indexesOf(states), row])
    .return(
      [
        new Cypher.ListComprehension(dealt)
          .in(Cypher.range(row, lastIndexOf(targets), Cypher.size(states)))
          .map(targets.property(dealt)),
        'targets',
      ],
      [states.property(row), 'state'],
      [positionsOf.property(row), 'positions'],
      [valuesOf.property(row), 'links'],
    );
  return {
    clause,
    finish: (results) => {
      const rows = results as unknown as StateRow[];
      const targetAt = (position: number) =>
        rows[position % rows.length]?.targets[Math.floor(position / rows.length)];
      // Each participation its own object: its target's fields, its relationship's, its State's.
      return rows.flatMap(({ state, positions, links }) =>
        positions.map((position, i) => ({ ...targetAt(position), ...links[i], ...state })),
      );
    },
  };
}

const lastIndexOf = (list: Cypher.Expr) => Cypher.minus(Cypher.size(list), new Cypher.Literal(1));

/**
 * Whether the end of a relationship matched earlier in the statement is still there, by a value
 * every such node has (`key`): Neo4j reads what is committed as it goes, and a relationship
 * removed meanwhile has ends with no values, a State with no ISO code. Its rows are left out: the
 * answer has each relationship as it was, or not at all.
 */
const stillThere = (end: Cypher.Variable, key: string) => Cypher.isNotNull(end.property(key));

/** The indexes of a list's items: `range(0, size(list) - 1)`. */
const indexesOf = (list: Cypher.Expr) => Cypher.range(new Cypher.Literal(0), lastIndexOf(list));

type Row = Record<string, unknown>;

/**
 * A result row: a State's projection, the positions of its targets in their sorted list, its
 * relationships' values to each (none unless selected), and its share of the targets.
 */
interface StateRow {
  targets: Row[];
  state: Row;
  positions: number[];
  links: Row[];
}
