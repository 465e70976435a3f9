import { compareEntities } from '../graph/records.ts';
import { builder } from './builder.ts';
import { entityNode, listField, optionalString, related } from './entity.ts';
import { AgendaItem, Decision, MemberState, Network, Programme, Project, Species } from './refs.ts';

entityNode(
  Programme,
  'Programme',
  "A programme area of NEASPEC's work, e.g. air pollution or marine protected areas; earlier names are its aliases.",
  (t) => ({
    slug: t.string({
      description: 'Its key, e.g. "marine-protected-areas".',
      resolve: (p) => p.id,
    }),
    summary: optionalString(t, 'summary', 'What the programme area covers.'),
    networks: related(
      t,
      Network,
      { type: 'PART_OF', direction: 'in', label: 'Network' },
      'Its networks.',
    ),
    projects: related(
      t,
      Project,
      { type: 'PART_OF', direction: 'in', label: 'Project' },
      'Its projects.',
    ),
    targetSpecies: related(
      t,
      Species,
      { type: 'TARGETS', direction: 'out', label: 'Species' },
      'The species it targets.',
    ),
    agendaItems: related(
      t,
      AgendaItem,
      { type: 'REVIEWS', direction: 'in', label: 'AgendaItem' },
      'Meeting agenda items that reviewed it.',
    ),
    decisions: t.field({
      type: [Decision],
      description: 'Decisions about the programme area or about one of its networks or projects.',
      resolve: async (programme, _args, { graph }) => {
        const concerns = { type: 'CONCERNS', direction: 'in', label: 'Decision' } as const;
        const [direct, viaWork] = await Promise.all([
          graph.related(programme.id, concerns),
          graph.relatedVia(programme.id, { type: 'PART_OF', direction: 'in' }, concerns),
        ]);
        return [...new Map([...direct, ...viaWork].map((d) => [d.id, d])).values()].sort(
          compareEntities,
        );
      },
    }),
    memberStates: t.field({
      type: [MemberState],
      description: 'The member States taking part, through its networks or projects.',
      resolve: (programme, _args, { graph }) =>
        graph.relatedVia(
          programme.id,
          { type: 'PART_OF', direction: 'in' },
          { type: ['MEMBER_OF', 'PARTICIPATES_IN'], direction: 'in', label: 'MemberState' },
        ),
    }),
  }),
);

builder.queryFields((t) => ({
  programme: t.field({
    type: Programme,
    nullable: true,
    description: 'A programme area by its slug, e.g. "air-pollution"; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: 'e.g. "marine-protected-areas".' }) },
    resolve: (_root, { slug }, { graph }) => graph.entity('Programme', slug.toLowerCase()),
  }),
}));

listField('programmes', Programme, 'Programme', 'All programme areas.');
