import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileMemberStates(
  c: Compilation,
  { file, content }: LoadedDataset['memberStates'],
): void {
  const check = c.checker(file);
  content.memberStates.forEach((state, i) => {
    const evidence = check.evidence(state.evidence, `memberStates[${i}].evidence`);
    if (evidence)
      c.node('MemberState', state.iso3, { name: state.name, aliases: state.aliases }, evidence);
  });
}
