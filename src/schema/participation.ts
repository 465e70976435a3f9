import { type ParticipationRecord, participation } from '../graph/participation.ts';
import { builder } from './builder.ts';
import { EvidenceRef } from './entity.ts';
import { MemberState, Network, Programme, Project } from './refs.ts';

const ParticipationKind = builder.enumType('ParticipationKind', {
  description: 'How a State takes part.',
  values: {
    MEMBER_OF: { description: 'A member of the network.' },
    PARTICIPATES_IN: { description: 'Takes part in the project.' },
    VIA_MEMBER_OF: {
      description: 'In the programme area, as a member of one of its networks (see `through`).',
    },
    VIA_PARTICIPATES_IN: {
      description: 'In the programme area, through one of its projects (see `through`).',
    },
  },
});

const ParticipationTarget = builder.unionType('ParticipationTarget', {
  description: 'What a State takes part in.',
  types: [Network, Project, Programme],
  resolveType: (entity) => entity.label,
});

const ParticipationRoute = builder.unionType('ParticipationRoute', {
  description: 'The network or project through which a State takes part in a programme area.',
  types: [Network, Project],
  resolveType: (entity) => entity.label,
});

const Participation = builder.objectRef<ParticipationRecord>('Participation').implement({
  description:
    'One State taking part in one network, project or programme area, with the evidence.',
  fields: (t) => ({
    state: t.field({
      type: MemberState,
      description: 'The State taking part.',
      resolve: (p) => p.state,
    }),
    target: t.field({
      type: ParticipationTarget,
      description: 'The network, project or programme area.',
      resolve: (p) => p.target,
    }),
    kind: t.field({
      type: ParticipationKind,
      description: 'How it takes part.',
      resolve: (p) => p.kind,
    }),
    through: t.field({
      type: ParticipationRoute,
      nullable: true,
      description: 'For a programme area: the network or project it goes through.',
      resolve: (p) => p.through,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The evidence of every relationship on the way.',
      resolve: (p) => p.evidence,
    }),
  }),
});

builder.queryField('participation', (t) =>
  t.field({
    type: [Participation],
    // Every State with every network, project and programme: a long list.
    complexity: { field: 10, multiplier: 50 },
    description:
      'Which States take part in which network, project and programme area, with how and the evidence: a dashboard matrix in one query.',
    args: { state: t.arg.string({ description: 'Only this State (ISO alpha-3).' }) },
    resolve: (_root, { state }, { graph }) =>
      participation(graph.reader, state?.toUpperCase() ?? null),
  }),
);
