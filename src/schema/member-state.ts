import { builder } from './builder.ts';
import { entityNode, listField, related } from './entity.ts';
import {
  Decision,
  Meeting,
  MemberState,
  Network,
  Organisation,
  Place,
  Programme,
  Project,
} from './refs.ts';

entityNode(
  MemberState,
  'MemberState',
  'A member State of NEASPEC: China, the DPRK, Japan, Mongolia, the Republic of Korea or the Russian Federation.',
  (t) => ({
    iso3: t.string({
      description: 'ISO 3166 alpha-3 code, e.g. "KOR".',
      resolve: (state) => state.id,
    }),
    networks: related(
      t,
      Network,
      { type: 'MEMBER_OF', direction: 'out', label: 'Network' },
      'The networks it is a member of.',
    ),
    projects: related(
      t,
      Project,
      { type: 'PARTICIPATES_IN', direction: 'out', label: 'Project' },
      'The projects it takes part in.',
    ),
    programmes: t.field({
      type: [Programme],
      description:
        'The programme areas it takes part in, through a network or a project of theirs.',
      resolve: (state, _args, { graph }) =>
        graph.relatedVia(
          state.id,
          { type: ['MEMBER_OF', 'PARTICIPATES_IN'], direction: 'out' },
          { type: 'PART_OF', direction: 'out', label: 'Programme' },
        ),
    }),
    hostedMeetings: related(
      t,
      Meeting,
      { type: 'HOSTED', direction: 'out', label: 'Meeting' },
      'The Senior Officials Meetings it hosted (where a source names the host).',
    ),
    attendedMeetings: related(
      t,
      Meeting,
      { type: 'ATTENDED', direction: 'out', label: 'Meeting' },
      'The meetings a source says it attended.',
    ),
    proposedDecisions: related(
      t,
      Decision,
      { type: 'PROPOSED', direction: 'out', label: 'Decision' },
      'The decisions made on its proposal.',
    ),
    places: related(
      t,
      Place,
      { type: 'LOCATED_IN', direction: 'in', label: 'Place' },
      'Places a source locates in it.',
    ),
    organisations: related(
      t,
      Organisation,
      { type: 'BASED_IN', direction: 'in', label: 'Organisation' },
      'Organisations based in it.',
    ),
  }),
);

builder.queryFields((t) => ({
  memberState: t.field({
    type: MemberState,
    nullable: true,
    description:
      'A member State by its ISO 3166 alpha-3 code ("KOR", "PRK", "MNG", ...); null if there is none.',
    args: { iso3: t.arg.string({ required: true, description: 'e.g. "MNG" (any case).' }) },
    resolve: (_root, { iso3 }, { graph }) => graph.entity('MemberState', iso3.toUpperCase()),
  }),
}));

listField('memberStates', MemberState, 'MemberState', 'The six member States.');
