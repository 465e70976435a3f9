import {
  decisionsByKindPlan,
  decisionsByProgrammeAndYearPlan,
  decisionsByProgrammePlan,
  decisionsByYearAndKindPlan,
  decisionsByYearPlan,
  meetingsByHostPlan,
  nodeCountsPlan,
  relationshipCountsPlan,
  statsStatement,
} from '../graph/stats.ts';
import { nodePlan } from '../graph/values.ts';
import { builder, type Row } from './builder.ts';
import { DecisionKindEnum } from './decision.ts';
import { rooted } from './planned.ts';
import { type PlannedField, plannedObject } from './planned-object.ts';
import { MemberState, Programme } from './refs.ts';

const count = (description: string): PlannedField => ({ type: 'Int', description });
const year: PlannedField = { type: 'Int', description: 'The year.' };
const kind: PlannedField = { type: DecisionKindEnum, description: 'The kind.' };
/** The node a count is for, as the selection asks. */
const counted = (type: PlannedField['type'], description: string): PlannedField => ({
  type,
  description,
  plan: nodePlan,
});

const LabelCountRef = plannedObject('LabelCount', 'How many nodes of one label the graph holds.', {
  label: { type: 'String', description: 'The node label, e.g. `MemberState`.' },
  count: count('The number of nodes with that label.'),
});

const TypeCountRef = plannedObject(
  'TypeCount',
  'How many relationships of one type the graph holds.',
  {
    type: { type: 'String', description: 'The relationship type, e.g. `MEMBER_OF`.' },
    count: count('The number of relationships of that type.'),
  },
);

const YearCountRef = plannedObject('YearCount', 'A count for one year.', {
  year,
  count: count('How many in that year (0 for a year without any).'),
});

const KindCountRef = plannedObject('KindCount', 'How many decisions of one kind.', {
  kind,
  count: count('How many decisions of that kind.'),
});

const YearKindCountRef = plannedObject(
  'YearKindCount',
  'How many decisions of one kind in one year.',
  {
    year,
    kind,
    count: count('How many (0 when none).'),
  },
);

const ProgrammeCount = plannedObject('ProgrammeCount', 'A count for one programme area.', {
  programme: counted(Programme, 'The programme area.'),
  count: count('How many for it.'),
});

const ProgrammeYearCount = plannedObject(
  'ProgrammeYearCount',
  'How many decisions about one programme area in one year.',
  {
    programme: counted(Programme, 'The programme area.'),
    year,
    count: count('How many (0 when none).'),
  },
);

const StateCount = plannedObject('StateCount', 'A count for one member State.', {
  state: counted(MemberState, 'The State.'),
  count: count('How many for it.'),
});

export const GraphStats = plannedObject(
  'GraphStats',
  'Counts over the whole graph, for dashboards. All the fields asked for are read in one query.',
  {
    nodeCounts: {
      type: [LabelCountRef],
      description: 'Nodes per label, every label of the model listed (zero when none).',
      plan: nodeCountsPlan,
    },
    relationshipCounts: {
      type: [TypeCountRef],
      description: 'Relationships per type, every type of the model listed (zero when none).',
      plan: relationshipCountsPlan,
    },
    decisionsByYear: {
      type: [YearCountRef],
      description:
        'Decisions per year of the meeting that made them, every year from the first to the last (0 for a year without any).',
      plan: decisionsByYearPlan,
    },
    decisionsByKind: {
      type: [KindCountRef],
      description: 'Decisions per kind, most frequent first.',
      plan: decisionsByKindPlan,
    },
    decisionsByYearAndKind: {
      type: [YearKindCountRef],
      description:
        'Decisions per year and kind: every year from the first to the last, times every kind that occurs (0 where none), by year then kind.',
      plan: decisionsByYearAndKindPlan,
    },
    decisionsByProgramme: {
      type: [ProgrammeCount],
      description:
        'Decisions per programme area (about it or its networks or projects), most first.',
      plan: decisionsByProgrammePlan,
    },
    decisionsByProgrammeAndYear: {
      type: [ProgrammeYearCount],
      description:
        'Decisions per programme area (about it or its networks or projects) and year: every area, times every year from the first to the last (0 where none).',
      plan: decisionsByProgrammeAndYearPlan,
    },
    meetingsByHost: {
      type: [StateCount],
      description: 'Meetings per hosting State, for the meetings whose host a source names.',
      plan: meetingsByHostPlan,
    },
  },
);

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStats,
    description:
      'Counts for dashboards: nodes and relationships, decisions per year, kind and programme, meetings per host. The whole graph as CSV, GraphML, JSON-LD or Turtle, with the same counts: see /export.',
    ...rooted<Row>({ plan: statsStatement, fanOut: () => 1 }),
  }),
);
