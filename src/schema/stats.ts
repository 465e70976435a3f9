import { fromRow } from '../graph/plan.ts';
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
import { planned, rooted } from './planned.ts';
import { MemberState, Programme } from './refs.ts';

const count = (description: string) => ({ description, ...planned(fromRow('count')) });

const LabelCountRef = builder.objectRef<Row>('LabelCount').implement({
  description: 'How many nodes of one label the graph holds.',
  fields: (t) => ({
    label: t.string({
      description: 'The node label, e.g. `MemberState`.',
      ...planned(fromRow('label')),
    }),
    count: t.int(count('The number of nodes with that label.')),
  }),
});

const TypeCountRef = builder.objectRef<Row>('TypeCount').implement({
  description: 'How many relationships of one type the graph holds.',
  fields: (t) => ({
    type: t.string({
      description: 'The relationship type, e.g. `MEMBER_OF`.',
      ...planned(fromRow('type')),
    }),
    count: t.int(count('The number of relationships of that type.')),
  }),
});

const YearCountRef = builder.objectRef<Row>('YearCount').implement({
  description: 'A count for one year.',
  fields: (t) => ({
    year: t.int({ description: 'The year.', ...planned(fromRow('year')) }),
    count: t.int(count('How many in that year (0 for a year without any).')),
  }),
});

const KindCountRef = builder.objectRef<Row>('KindCount').implement({
  description: 'How many decisions of one kind.',
  fields: (t) => ({
    kind: t.field({
      type: DecisionKindEnum,
      description: 'The kind.',
      ...planned(fromRow('kind')),
    }),
    count: t.int(count('How many decisions of that kind.')),
  }),
});

const YearKindCountRef = builder.objectRef<Row>('YearKindCount').implement({
  description: 'How many decisions of one kind in one year.',
  fields: (t) => ({
    year: t.int({ description: 'The year.', ...planned(fromRow('year')) }),
    kind: t.field({
      type: DecisionKindEnum,
      description: 'The kind.',
      ...planned(fromRow('kind')),
    }),
    count: t.int(count('How many (0 when none).')),
  }),
});

/** The node a count is for, as the selection asks. */
const counted = planned(nodePlan);

const ProgrammeCount = builder.objectRef<Row>('ProgrammeCount').implement({
  description: 'A count for one programme area.',
  fields: (t) => ({
    programme: t.field({ type: Programme, description: 'The programme area.', ...counted }),
    count: t.int(count('How many for it.')),
  }),
});

const ProgrammeYearCount = builder.objectRef<Row>('ProgrammeYearCount').implement({
  description: 'How many decisions about one programme area in one year.',
  fields: (t) => ({
    programme: t.field({ type: Programme, description: 'The programme area.', ...counted }),
    year: t.int({ description: 'The year.', ...planned(fromRow('year')) }),
    count: t.int(count('How many (0 when none).')),
  }),
});

const StateCount = builder.objectRef<Row>('StateCount').implement({
  description: 'A count for one member State.',
  fields: (t) => ({
    state: t.field({
      type: MemberState,
      description: 'The State.',
      ...counted,
    }),
    count: t.int(count('How many for it.')),
  }),
});

export const GraphStats = builder.objectRef<Row>('GraphStats').implement({
  description:
    'Counts over the whole graph, for dashboards. All the fields asked for are read in one query.',
  fields: (t) => ({
    nodeCounts: t.field({
      type: [LabelCountRef],
      description: 'Nodes per label, every label of the model listed (zero when none).',
      ...planned(nodeCountsPlan),
    }),
    relationshipCounts: t.field({
      type: [TypeCountRef],
      description: 'Relationships per type, every type of the model listed (zero when none).',
      ...planned(relationshipCountsPlan),
    }),
    decisionsByYear: t.field({
      type: [YearCountRef],
      description:
        'Decisions per year of the meeting that made them, every year from the first to the last (0 for a year without any).',
      ...planned(decisionsByYearPlan),
    }),
    decisionsByKind: t.field({
      type: [KindCountRef],
      description: 'Decisions per kind, most frequent first.',
      ...planned(decisionsByKindPlan),
    }),
    decisionsByYearAndKind: t.field({
      type: [YearKindCountRef],
      description:
        'Decisions per year and kind: every year from the first to the last, times every kind that occurs (0 where none), by year then kind.',
      ...planned(decisionsByYearAndKindPlan),
    }),
    decisionsByProgramme: t.field({
      type: [ProgrammeCount],
      description:
        'Decisions per programme area (about it or its networks or projects), most first.',
      ...planned(decisionsByProgrammePlan),
    }),
    decisionsByProgrammeAndYear: t.field({
      type: [ProgrammeYearCount],
      description:
        'Decisions per programme area (about it or its networks or projects) and year: every area, times every year from the first to the last (0 where none).',
      ...planned(decisionsByProgrammeAndYearPlan),
    }),
    meetingsByHost: t.field({
      type: [StateCount],
      description: 'Meetings per hosting State, for the meetings whose host a source names.',
      ...planned(meetingsByHostPlan),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStats,
    description:
      'Counts for dashboards: nodes and relationships, decisions per year, kind and programme, meetings per host. The whole graph as CSV, GraphML, JSON-LD or Turtle, with the same counts: see /export.',
    ...rooted({ plan: statsStatement, fanOut: () => 1 }),
  }),
);
