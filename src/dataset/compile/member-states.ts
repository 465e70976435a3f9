import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileMemberStates(
  c: Compilation,
  { file, content }: LoadedDataset['memberStates'],
): void {
  const check = c.checker(file);
  c.entries(check, 'memberStates', content.memberStates, (state, _, evidence) => {
    if (evidence) c.node('MemberState', state.iso3, state, evidence);
  });
}
