import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compilePlaces(c: Compilation, { file, content }: LoadedDataset['places']): void {
  const check = c.checker(file);
  c.entries(check, 'places', content.places, (place, here, evidence) => {
    const { slug, name, kind } = place;
    if (evidence) c.node('Place', slug, place, evidence);
    const state = c.singleLink(check, place.in, 'state', `${here}.in`);
    // A city's State is what its source writes after the city's name ("Seoul, Republic of Korea").
    if (place.in !== undefined && kind === 'city')
      check.cityState(name, place.in.state, place.in.evidence, `${here}.in.evidence`);
    c.linkTo(check, 'LOCATED_IN', slug, state.targets, state.evidence);
  });
}
