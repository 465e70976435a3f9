import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileSpecies(c: Compilation, { file, content }: LoadedDataset['species']): void {
  const check = c.checker(file);
  c.entries(check, 'species', content.species, (species, _, evidence) => {
    if (evidence) c.node('Species', species.slug, species, evidence);
  });
}
