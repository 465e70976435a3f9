import type { LoadedDataset } from '../load.ts';
import { type Compilation, single } from './compilation.ts';

/** Who funded which project, event or network, with the amount, currency and years stated. */
export function compileFunding(c: Compilation, { file, content }: LoadedDataset['funding']): void {
  const check = c.checker(file);
  c.entries(check, 'funding', content.funding, (entry, here, evidence) => {
    const { funder, funded, amount, currency, years } = entry;
    const stated = Object.fromEntries(
      Object.entries({ amount, currency, years }).filter(([, value]) => value !== undefined),
    ) as Record<string, string | number>;
    if (!check.reference(['Organisation', 'MemberState'], funder, `${here}.funder`)) return;
    c.linkTo(check, 'FUNDED', funder, single(funded, `${here}.funded`), evidence, {
      properties: stated,
    });
  });
}
