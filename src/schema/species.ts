import { entityNode, listField, optionalString, related } from './entity.ts';
import { Programme, Project, Species } from './refs.ts';

entityNode(
  Species,
  'Species',
  'A species NEASPEC works to conserve, e.g. the Amur leopard.',
  (t) => ({
    slug: t.string({ description: 'Its key, e.g. "amur-leopard".', resolve: (s) => s.id }),
    commonName: t.string({
      description: 'Its common name, e.g. "Amur leopard".',
      resolve: (s) => s.name ?? s.id,
    }),
    scientificName: optionalString(
      t,
      'scientificName',
      'Its scientific name, where a source gives it.',
    ),
    programmes: related(
      t,
      Programme,
      { type: 'TARGETS', direction: 'in', label: 'Programme' },
      'Programme areas that target it.',
    ),
    projects: related(
      t,
      Project,
      { type: 'TARGETS', direction: 'in', label: 'Project' },
      'Projects that target it.',
    ),
  }),
);

listField('species', Species, 'Species', 'All species in the graph.');
