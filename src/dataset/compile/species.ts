import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileSpecies(c: Compilation, { file, content }: LoadedDataset['species']): void {
  const check = c.checker(file);
  c.entries(check, 'species', content.species, (species, _, evidence) => {
    const { slug, commonName, scientificName, aliases } = species;
    if (evidence) c.node('Species', slug, { name: commonName, scientificName, aliases }, evidence);
  });
}
