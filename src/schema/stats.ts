import type { LabelCount, TypeCount } from '../graph/graph.ts';
import { builder } from './builder.ts';

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

const GraphStatsRef = builder.objectRef<object>('GraphStats').implement({
  description: 'Counts over the whole graph, for dashboards.',
  fields: (t) => ({
    nodeCounts: t.field({
      type: [LabelCountRef],
      description: 'Nodes per label, every label of the model listed (zero when none).',
      resolve: (_stats, _args, { graph }) => graph.nodeCounts(),
    }),
    relationshipCounts: t.field({
      type: [TypeCountRef],
      description: 'Relationships per type, every type of the model listed (zero when none).',
      resolve: (_stats, _args, { graph }) => graph.relationshipCounts(),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStatsRef,
    description: 'Counts for dashboards: nodes per label and more.',
    resolve: () => ({}),
  }),
);
