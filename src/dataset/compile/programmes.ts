import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileProgrammes(
  c: Compilation,
  { file, content }: LoadedDataset['programmes'],
): void {
  const check = c.checker(file);
  content.programmes.forEach((programme, i) => {
    const here = `programmes[${i}]`;
    const { slug, name, aliases, summary } = programme;
    const evidence = check.evidence(programme.evidence, `${here}.evidence`);
    if (evidence) c.node('Programme', slug, { name, aliases, summary }, evidence);
    for (const g of c.groups(check, programme.targets, 'species', `${here}.targets`))
      c.linkTo(check, 'TARGETS', slug, g.targets, g.evidence);
  });
}
