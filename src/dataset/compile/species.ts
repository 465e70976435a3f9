import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileSpecies(c: Compilation, { file, content }: LoadedDataset['species']): void {
  const check = c.checker(file);
  content.species.forEach((species, i) => {
    const evidence = check.evidence(species.evidence, `species[${i}].evidence`);
    if (evidence) {
      const { slug, commonName, scientificName, aliases } = species;
      c.node('Species', slug, { name: commonName, scientificName, aliases }, evidence);
    }
  });
}
