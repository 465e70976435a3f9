import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileProjects(
  c: Compilation,
  { file, content }: LoadedDataset['projects'],
): void {
  const check = c.checker(file);
  c.entries(check, 'projects', content.projects, (project, here, evidence) => {
    const { slug, none: groups, ...values } = project;
    const recorded = { participants: project.participants.length > 0 };
    c.nodeStatingNone(check, 'Project', slug, values, { groups, recorded, here }, evidence);
    c.linkToSingle(check, 'PART_OF', slug, project.programme, 'slug', `${here}.programme`);
    for (const g of c.groups(check, project.participants, 'states', `${here}.participants`))
      c.linkFrom(check, 'PARTICIPATES_IN', g.targets, slug, g.evidence, {
        properties: g.group.role === undefined ? {} : { role: g.group.role },
      });
    for (const g of c.groups(check, project.species, 'species', `${here}.species`))
      c.linkTo(check, 'TARGETS', slug, g.targets, g.evidence);
    for (const g of c.groups(check, project.regions, 'places', `${here}.regions`))
      c.linkTo(check, 'COVERS', slug, g.targets, g.evidence, { far: ['Place'] });
    for (const g of c.groups(
      check,
      project.organisations,
      'organisations',
      `${here}.organisations`,
    ))
      c.linkFrom(check, 'CONTRIBUTES_TO', g.targets, slug, g.evidence, {
        properties: { role: g.group.role },
      });
  });
}
