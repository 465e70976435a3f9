import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileOrganisations(
  c: Compilation,
  { file, content }: LoadedDataset['organisations'],
): void {
  const check = c.checker(file);
  content.organisations.forEach((organisation, i) => {
    const here = `organisations[${i}]`;
    const { slug, name, acronym, aliases, summary } = organisation;
    const evidence = check.evidence(organisation.evidence, `${here}.evidence`);
    if (evidence) c.node('Organisation', slug, { name, acronym, aliases, summary }, evidence);
    const state = c.singleLink(check, organisation.basedIn, 'state', `${here}.basedIn`);
    c.linkTo(check, 'BASED_IN', slug, state.targets, state.evidence);
  });
}
