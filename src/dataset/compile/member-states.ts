import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileMemberStates(
  c: Compilation,
  { file, content }: LoadedDataset['memberStates'],
): void {
  const check = c.checker(file);
  c.entries(check, 'memberStates', content.memberStates, ({ iso3, name, aliases }, _, evidence) => {
    if (evidence) c.node('MemberState', iso3, { name, aliases }, evidence);
  });
}
