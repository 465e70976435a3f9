import { builder } from './builder.ts';
import { entityNode, listField, optionalString, related, relatedOne } from './entity.ts';
import { Decision, MemberState, Organisation, Place, Programme, Project, Species } from './refs.ts';

entityNode(
  Project,
  'Project',
  'A NEASPEC project, e.g. the non-invasive DNA analysis of Amur tigers and leopards.',
  (t) => ({
    slug: t.string({
      description: 'Its key, e.g. "amur-tiger-leopard-dna-analysis".',
      resolve: (p) => p.id,
    }),
    summary: optionalString(t, 'summary', 'What the project does.'),
    programme: relatedOne(
      t,
      Programme,
      { type: 'PART_OF', direction: 'out', label: 'Programme' },
      'The programme area it belongs to (null where no source says).',
    ),
    participants: related(
      t,
      MemberState,
      { type: 'PARTICIPATES_IN', direction: 'in', label: 'MemberState' },
      'The member States taking part.',
    ),
    species: related(
      t,
      Species,
      { type: 'TARGETS', direction: 'out', label: 'Species' },
      'The species it targets.',
    ),
    regions: related(
      t,
      Place,
      { type: 'COVERS', direction: 'out', label: 'Place' },
      'The places and regions it covers.',
    ),
    organisations: related(
      t,
      Organisation,
      { type: 'CONTRIBUTES_TO', direction: 'in', label: 'Organisation' },
      'Organisations contributing (their role is on `relationships(types: [CONTRIBUTES_TO])`).',
    ),
    decisions: related(
      t,
      Decision,
      { type: 'CONCERNS', direction: 'in', label: 'Decision' },
      'Meeting decisions about it.',
    ),
  }),
);

builder.queryFields((t) => ({
  project: t.field({
    type: Project,
    nullable: true,
    description: 'A project by its slug; null if there is none.',
    args: {
      slug: t.arg.string({
        required: true,
        description: 'e.g. "amur-tiger-leopard-dna-analysis".',
      }),
    },
    resolve: (_root, { slug }, { graph }) => graph.entity('Project', slug.toLowerCase()),
  }),
}));

listField('projects', Project, 'Project', 'All projects.');
