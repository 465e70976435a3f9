import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

/** Sources: a node each, with the full text where we hold it. */
export function compileSources(
  c: Compilation,
  { content }: LoadedDataset['sources'],
  texts: ReadonlyMap<string, string>,
): void {
  for (const source of content.sources)
    c.node('Source', source.id, { ...source, text: texts.get(source.id) });
}
