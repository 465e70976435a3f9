import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileProgrammes(
  c: Compilation,
  { file, content }: LoadedDataset['programmes'],
): void {
  const check = c.checker(file);
  c.entries(check, 'programmes', content.programmes, (programme, here, evidence) => {
    const { slug } = programme;
    if (evidence) c.node('Programme', slug, programme, evidence);
    for (const g of c.groups(check, programme.targets, 'species', `${here}.targets`))
      c.linkTo(check, 'TARGETS', slug, g.targets, g.evidence);
  });
}
