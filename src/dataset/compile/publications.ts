import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

/** Publications and reports: a node each, linked to what they report on. */
export function compilePublications(
  c: Compilation,
  { file, content }: LoadedDataset['publications'],
): void {
  const check = c.checker(file);
  c.entries(check, 'publications', content.publications, (publication, here, evidence) => {
    const { slug } = publication;
    if (evidence) c.node('Publication', slug, publication, evidence);
    for (const g of c.groups(check, publication.about, 'subjects', `${here}.about`))
      c.linkTo(check, 'REPORTS_ON', slug, g.targets, g.evidence);
  });
}
