/**
 * What the graph records, told apart from what the sources state there is none of. A fact is
 * RECORDED when the graph holds it (the relationship or property is there), NONE when a source
 * states there is none (the node's `none` list names it, see dataset/stated-none.ts; a meeting
 * held online has no city), and NOT_RECORDED otherwise: no source in the graph says either way.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Label } from '../model/labels.ts';
import { endsOfType, type RelationshipType } from '../model/relationships.ts';
import { ofType, withLabel } from './patterns.ts';
import { type FieldPlan, project } from './plan.ts';
import type { Selected } from './selection.ts';
import { variables } from './variables.ts';

export const coverageValues = ['RECORDED', 'NONE', 'NOT_RECORDED'] as const;
export type CoverageValue = (typeof coverageValues)[number];

const literal = (value: string) => new Cypher.Literal(value);

/** `(node)-[:TYPE]-()` in the direction the relationship table gives for `label`. */
function linked(node: Cypher.Node, label: Label, types: readonly RelationshipType[]) {
  const [type] = types;
  const from = (endsOfType(type as RelationshipType).from as readonly string[]).includes(label);
  return new Cypher.Pattern(node)
    .related({
      type: types.length === 1 ? (type as string) : Cypher.labelExpr.or(...types),
      direction: from ? 'right' : 'left',
    })
    .to(new Cypher.Node());
}

/** The node's `none` list names `aspect`. */
const statedNone = (node: Cypher.Node, aspect: string) =>
  Cypher.in(literal(aspect), Cypher.coalesce(node.property('none'), new Cypher.List([])));

/** RECORDED when `recorded`, else NONE when `none`, else NOT_RECORDED. */
const coverage = (recorded: Cypher.Predicate, none: Cypher.Predicate) =>
  new Cypher.Case()
    .when(recorded)
    .then(literal('RECORDED'))
    .when(none)
    .then(literal('NONE'))
    .else(literal('NOT_RECORDED'));

/** The facts of a meeting whose coverage the API gives, and what records each. */
interface Aspect {
  description: string;
  /** The relationships that record it; without, its dates record it. */
  types?: readonly RelationshipType[];
}

export const meetingAspects: Record<
  'date' | 'city' | 'host' | 'attendance' | 'agenda' | 'decisions',
  Aspect
> = {
  date: { description: 'Its dates (`startDate`, `endDate`, `year`).' },
  city: {
    description: 'Where it was held (`city`); NONE when it was held online.',
    types: ['HELD_IN'],
  },
  host: { description: 'The State that hosted it (`hostState`).', types: ['HOSTED'] },
  attendance: { description: 'The States that attended (`attendees`).', types: ['ATTENDED'] },
  agenda: { description: 'Its agenda (`agenda`).', types: ['HAS_AGENDA_ITEM'] },
  decisions: { description: 'What it decided (`decisions`).', types: ['MADE_AT'] },
};
export type MeetingAspect = keyof typeof meetingAspects;
export const meetingAspectNames = Object.keys(meetingAspects) as MeetingAspect[];

/** The coverage of one aspect of the meeting `meeting`. */
export function meetingCoverage(meeting: Cypher.Node, aspect: MeetingAspect): Cypher.Expr {
  const declared = meetingAspects[aspect];
  const recorded = declared.types
    ? new Cypher.Exists(linked(meeting, 'Meeting', declared.types))
    : Cypher.isNotNull(meeting.property('startDate'));
  const none = statedNone(meeting, aspect);
  return coverage(
    recorded,
    aspect === 'city' ? Cypher.or(Cypher.eq(meeting.property('online'), Cypher.true), none) : none,
  );
}

/** How States take part in a network or project: the relationship and the aspect's name. */
export const takingPart = {
  Network: { type: 'MEMBER_OF', aspect: 'members' },
  Project: { type: 'PARTICIPATES_IN', aspect: 'participants' },
} as const satisfies Partial<Record<Label, { type: RelationshipType; aspect: string }>>;

/** Whether the States taking part in the network or project `node` are recorded. */
export const participationCoverage = (node: Cypher.Node, label: keyof typeof takingPart) =>
  coverage(
    new Cypher.Exists(linked(node, label, [takingPart[label].type])),
    statedNone(node, takingPart[label].aspect),
  );

/**
 * Whether the States taking part in the programme area `programme` are recorded: States take
 * part through its networks and projects, so only when each of them records its members or
 * states it has none. RECORDED when some State takes part, NONE when none does.
 */
export function programmeParticipationCoverage(programme: Cypher.Node): Cypher.Expr {
  const part = new Cypher.Node();
  const ways = Cypher.labelExpr.or(...Object.values(takingPart).map((way) => way.type));
  const partOf = (from: Cypher.Pattern) => from.related(ofType('PART_OF')).to(programme);
  const unrecordedPart = new Cypher.Exists(
    new Cypher.Match(partOf(new Cypher.Pattern(part))).where(
      Cypher.and(
        Cypher.not(
          new Cypher.Exists(
            new Cypher.Pattern(part)
              .related({ type: ways, direction: 'left' })
              .to(new Cypher.Node()),
          ),
        ),
        Cypher.eq(
          Cypher.size(Cypher.coalesce(part.property('none'), new Cypher.List([]))),
          new Cypher.Literal(0),
        ),
      ),
    ),
  );
  const someState = new Cypher.Exists(
    partOf(new Cypher.Pattern(new Cypher.Node()).related({ type: ways }).to(new Cypher.Node())),
  );
  return new Cypher.Case()
    .when(
      Cypher.or(
        Cypher.not(new Cypher.Exists(partOf(new Cypher.Pattern(new Cypher.Node())))),
        unrecordedPart,
      ),
    )
    .then(literal('NOT_RECORDED'))
    .when(someState)
    .then(literal('RECORDED'))
    .else(literal('NONE'));
}

/** `MATCH (meeting:Meeting)`. */
function meetings() {
  const meeting = new Cypher.Node();
  return { meeting, match: new Cypher.Match(new Cypher.Pattern(meeting, withLabel('Meeting'))) };
}

/** Every meeting in SOM-number order, projected as selected. */
export const everyMeetingPlan: FieldPlan = {
  cypher: (_scope, selected) => {
    const { meeting, match } = meetings();
    return new Cypher.Collect(
      match
        .return(project(selected, { node: meeting }))
        .orderBy([meeting.property('number'), 'ASC']),
    );
  },
  fanOut: () => 200,
};

/**
 * For each aspect of a meeting, how many meetings have it recorded, none, not recorded: every
 * meeting's coverage read once (`[covered IN [COLLECT {...}] | ...]` binds the list), then
 * counted per aspect and value.
 */
export const aspectCountsPlan: FieldPlan = {
  cypher: (_scope, selected) => {
    const { meeting, match } = meetings();
    const covered = new Cypher.Variable();
    const everyMeeting = new Cypher.Collect(
      match.return(
        new Cypher.Map(
          Object.fromEntries(
            meetingAspectNames.map((aspect) => [aspect, meetingCoverage(meeting, aspect)]),
          ),
        ),
      ),
    );
    const counted = (aspect: MeetingAspect, value: CoverageValue) => {
      const one = new Cypher.Variable();
      return Cypher.size(
        new Cypher.ListComprehension(one)
          .in(covered)
          .where(Cypher.eq(one.property(aspect), literal(value))),
      );
    };
    const rows = new Cypher.List(
      meetingAspectNames.map((aspect) =>
        project(selected, {
          row: {
            aspect: literal(aspect.toUpperCase()),
            recorded: counted(aspect, 'RECORDED'),
            none: counted(aspect, 'NONE'),
            notRecorded: counted(aspect, 'NOT_RECORDED'),
          },
        }),
      ),
    );
    return Cypher.head(
      new Cypher.ListComprehension(covered).in(new Cypher.List([everyMeeting])).map(rows),
    );
  },
  fanOut: () => meetingAspectNames.length,
};

/**
 * Every year from the first meeting's to the last's: how many meetings opened in it, and of
 * those how many have their decisions recorded or stated to be none. A year whose count is 0
 * has no recorded decisions to count: a chart leaves it out rather than draw 0.
 */
export const yearCoveragePlan: FieldPlan = {
  cypher: (_scope, selected: Selected) => {
    const { meeting, match } = meetings();
    const [year, held, covered, rows, first, last, each, found, row] = variables(9);
    const decisionsCovered = new Cypher.Case()
      .when(Cypher.neq(meetingCoverage(meeting, 'decisions'), literal('NOT_RECORDED')))
      .then(new Cypher.Literal(1))
      .else(new Cypher.Literal(0));
    const clause = match
      .where(Cypher.isNotNull(meeting.property('startDate')))
      .with(
        [meeting.property('startDate', 'year'), year],
        [Cypher.count(meeting), held],
        [Cypher.sum(decisionsCovered), covered],
      )
      .with(
        [Cypher.collect(new Cypher.Map({ year, held, covered })), rows],
        [Cypher.min(year), first],
        [Cypher.max(year), last],
      )
      .unwind([Cypher.range(first, last), each])
      .with(each, [
        Cypher.head(
          new Cypher.ListComprehension(row).in(rows).where(Cypher.eq(row.property('year'), each)),
        ),
        found,
      ])
      .return(
        project(selected, {
          row: {
            year: each,
            meetings: Cypher.coalesce(found.property('held'), new Cypher.Literal(0)),
            decisionsRecorded: Cypher.coalesce(found.property('covered'), new Cypher.Literal(0)),
          },
        }),
      )
      .orderBy([each, 'ASC']);
    return new Cypher.Collect(clause);
  },
  fanOut: () => 60,
};

/** SOM numbers up to the highest the graph holds that it holds no meeting for. */
export const unrecordedNumbersPlan: FieldPlan = {
  cypher: () => {
    const { meeting, match } = meetings();
    const [numbers, highest, n] = variables(3);
    return Cypher.coalesce(
      Cypher.head(
        new Cypher.Collect(
          match
            .with(
              [Cypher.collect(meeting.property('number')), numbers],
              [Cypher.max(meeting.property('number')), highest],
            )
            .return(
              new Cypher.ListComprehension(n)
                .in(Cypher.range(1, Cypher.coalesce(highest, new Cypher.Literal(0))))
                .where(Cypher.not(Cypher.in(n, numbers))),
            ),
        ),
      ),
      new Cypher.List([]),
    );
  },
  fanOut: () => 100,
};
