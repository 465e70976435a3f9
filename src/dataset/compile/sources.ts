import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

/** Sources: a node each, with the full text where we hold it. */
export function compileSources(
  c: Compilation,
  { content }: LoadedDataset['sources'],
  texts: ReadonlyMap<string, string>,
): void {
  for (const { id, title, kind, url, reference, publisher, author, date } of content.sources) {
    c.node('Source', id, {
      name: title,
      kind,
      url,
      reference,
      publisher,
      author,
      date,
      text: texts.get(id),
    });
  }
}
