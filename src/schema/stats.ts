import type { DecisionKind } from '../dataset/format.ts';
import {
  decisionsByKind,
  decisionsByProgramme,
  decisionsByYear,
  type EntityCount,
  type KindCount,
  type LabelCount,
  meetingsByHost,
  nodeCounts,
  relationshipCounts,
  type TypeCount,
  type YearCount,
} from '../graph/stats.ts';
import { builder } from './builder.ts';
import { DecisionKindEnum } from './decision.ts';
import { MemberState, Programme } from './refs.ts';

const LabelCountRef = builder.objectRef<LabelCount>('LabelCount').implement({
  description: 'How many nodes of one label the graph holds.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'The node label, e.g. `MemberState`.' }),
    count: t.exposeInt('count', { description: 'The number of nodes with that label.' }),
  }),
});

const TypeCountRef = builder.objectRef<TypeCount>('TypeCount').implement({
  description: 'How many relationships of one type the graph holds.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The relationship type, e.g. `MEMBER_OF`.' }),
    count: t.exposeInt('count', { description: 'The number of relationships of that type.' }),
  }),
});

const YearCountRef = builder.objectRef<YearCount>('YearCount').implement({
  description: 'A count for one year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year.' }),
    count: t.exposeInt('count', { description: 'How many in that year.' }),
  }),
});

const KindCountRef = builder.objectRef<KindCount>('KindCount').implement({
  description: 'How many decisions of one kind.',
  fields: (t) => ({
    kind: t.field({
      type: DecisionKindEnum,
      description: 'The kind.',
      resolve: (row) => row.kind as DecisionKind,
    }),
    count: t.exposeInt('count', { description: 'How many decisions of that kind.' }),
  }),
});

const ProgrammeCount = builder.objectRef<EntityCount>('ProgrammeCount').implement({
  description: 'A count for one programme area.',
  fields: (t) => ({
    programme: t.field({
      type: Programme,
      description: 'The programme area.',
      resolve: (row) => row.entity,
    }),
    count: t.exposeInt('count', { description: 'How many for it.' }),
  }),
});

const StateCount = builder.objectRef<EntityCount>('StateCount').implement({
  description: 'A count for one member State.',
  fields: (t) => ({
    state: t.field({ type: MemberState, description: 'The State.', resolve: (row) => row.entity }),
    count: t.exposeInt('count', { description: 'How many for it.' }),
  }),
});

const GraphStatsRef = builder.objectRef<object>('GraphStats').implement({
  description:
    'Counts over the whole graph, for dashboards. Each field is one query, run only when asked for.',
  fields: (t) => ({
    nodeCounts: t.field({
      type: [LabelCountRef],
      description: 'Nodes per label, every label of the model listed (zero when none).',
      resolve: (_stats, _args, { graph }) => nodeCounts(graph.reader),
    }),
    relationshipCounts: t.field({
      type: [TypeCountRef],
      description: 'Relationships per type, every type of the model listed (zero when none).',
      resolve: (_stats, _args, { graph }) => relationshipCounts(graph.reader),
    }),
    decisionsByYear: t.field({
      type: [YearCountRef],
      description: 'Decisions per year of the meeting that made them, in year order.',
      resolve: (_stats, _args, { graph }) => decisionsByYear(graph.reader),
    }),
    decisionsByKind: t.field({
      type: [KindCountRef],
      description: 'Decisions per kind, most frequent first.',
      resolve: (_stats, _args, { graph }) => decisionsByKind(graph.reader),
    }),
    decisionsByProgramme: t.field({
      type: [ProgrammeCount],
      description:
        'Decisions per programme area (about it or its networks or projects), most first.',
      resolve: (_stats, _args, { graph }) => decisionsByProgramme(graph.reader),
    }),
    meetingsByHost: t.field({
      type: [StateCount],
      description: 'Meetings per hosting State, for the meetings whose host a source names.',
      resolve: (_stats, _args, { graph }) => meetingsByHost(graph.reader),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStatsRef,
    description:
      'Counts for dashboards: nodes and relationships, decisions per year, kind and programme, meetings per host.',
    resolve: () => ({}),
  }),
);
