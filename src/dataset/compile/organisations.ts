import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileOrganisations(
  c: Compilation,
  { file, content }: LoadedDataset['organisations'],
): void {
  const check = c.checker(file);
  c.entries(check, 'organisations', content.organisations, (organisation, here, evidence) => {
    const { slug } = organisation;
    if (evidence) c.node('Organisation', slug, organisation, evidence);
    c.linkToSingle(check, 'BASED_IN', slug, organisation.basedIn, 'state', `${here}.basedIn`);
  });
}
