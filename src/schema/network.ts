import { builder } from './builder.ts';
import { entityNode, listField, optionalString, related, relatedOne } from './entity.ts';
import { Decision, Event, MemberState, Network, Organisation, Programme } from './refs.ts';

entityNode(
  Network,
  'Network',
  'A network or partnership of NEASPEC, e.g. NEAMPAN (marine protected areas) or NEACAP (clean air).',
  (t) => ({
    acronym: optionalString(
      t,
      'acronym',
      'Its acronym, e.g. "NEAMPAN" (null for a network without one).',
    ),
    summary: optionalString(t, 'summary', 'What the network is and does.'),
    programme: relatedOne(
      t,
      Programme,
      { type: 'PART_OF', direction: 'out', label: 'Programme' },
      'The programme area it belongs to.',
    ),
    memberStates: related(
      t,
      MemberState,
      { type: 'MEMBER_OF', direction: 'in', label: 'MemberState' },
      'Its member States (where a source lists them).',
    ),
    technicalCentres: related(
      t,
      Organisation,
      { type: 'TECHNICAL_CENTRE_OF', direction: 'in', label: 'Organisation' },
      'Organisations serving as its technical centres.',
    ),
    decisions: related(
      t,
      Decision,
      { type: 'CONCERNS', direction: 'in', label: 'Decision' },
      'Meeting decisions about it.',
    ),
    launchedAt: t.field({
      type: Decision,
      nullable: true,
      description: 'The meeting decision that launched it (null if the sources do not say).',
      resolve: async (network, _args, { graph }) => {
        const decisions = await graph.related(network.id, {
          type: 'CONCERNS',
          direction: 'in',
          label: 'Decision',
        });
        return decisions.find((decision) => decision.kind === 'LAUNCHED') ?? null;
      },
    }),
    events: related(
      t,
      Event,
      { type: 'CONVENED', direction: 'out', label: 'Event' },
      'Events it convened.',
    ),
  }),
);

builder.queryFields((t) => ({
  network: t.field({
    type: Network,
    nullable: true,
    description:
      'A network by its acronym ("NEAMPAN", "NEACAP", "NEA-LCCP"); null if there is none.',
    args: { acronym: t.arg.string({ required: true, description: 'Any case.' }) },
    resolve: (_root, { acronym }, { graph }) => graph.networkByAcronym(acronym.toUpperCase()),
  }),
}));

listField('networks', Network, 'Network', 'All networks and partnerships.');
