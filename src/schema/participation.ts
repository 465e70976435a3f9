import {
  linksEvidencePlan,
  participationSpread,
  participationStatement,
  rowNodePlan,
} from '../graph/participation.ts';
import { fromRow } from '../graph/plan.ts';
import { builder, type Row } from './builder.ts';
import { EvidenceRef } from './evidence.ts';
import { planned, rooted } from './planned.ts';
import { MemberState } from './refs.ts';
import { ParticipationRoute, ParticipationTarget } from './subjects.ts';

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

const Participation = builder.objectRef<Row>('Participation').implement({
  description:
    'One State taking part in one network, project or programme area, with the evidence.',
  fields: (t) => ({
    state: t.field({
      type: MemberState,
      description: 'The State taking part.',
      ...planned(rowNodePlan('state')),
    }),
    target: t.field({
      type: ParticipationTarget,
      description: 'The network, project or programme area.',
      ...planned(rowNodePlan('target')),
    }),
    kind: t.field({
      type: ParticipationKind,
      description: 'How it takes part.',
      ...planned(fromRow('kind')),
    }),
    role: t.string({
      nullable: true,
      description:
        'How the State takes part, as a source says: e.g. "nominated sites", "proposed cities", "funder", "composed its Science and Policy Committee"; null where no source says how.',
      ...planned(fromRow('role')),
    }),
    through: t.field({
      type: ParticipationRoute,
      nullable: true,
      description: 'For a programme area: the network or project it goes through.',
      ...planned(rowNodePlan('through', { nullable: true })),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The evidence of every relationship on the way.',
      ...planned(linksEvidencePlan),
    }),
  }),
});

builder.queryField('participation', (t) =>
  t.field({
    type: [Participation],
    description:
      'Which States take part in which network, project and programme area, with how and the evidence: a dashboard matrix in one query (as a CSV table: /export/csv/participation.csv).',
    args: { state: t.arg.string({ description: 'Only this State (ISO alpha-3).' }) },
    ...rooted<Row[]>({
      plan: (selected) =>
        participationStatement(
          (selected.args.state as string | null | undefined)?.toUpperCase(),
          selected,
        ),
      // Every State with every network, project and programme area: a long list.
      fanOut: (selected) => (selected.args.state ? 40 : 200),
      spread: (selected, statistics) =>
        participationSpread(statistics, Boolean(selected.args.state)),
    }),
  }),
);
