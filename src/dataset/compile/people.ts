import type { LoadedDataset } from '../load.ts';
import { type Compilation, single } from './compilation.ts';

/** People in public roles: a node each, their roles and the meetings and events they took part in. */
export function compilePeople(c: Compilation, { file, content }: LoadedDataset['people']): void {
  const check = c.checker(file);
  c.entries(check, 'people', content.people, (person, here, evidence) => {
    const { slug } = person;
    if (evidence) c.node('Person', slug, person, evidence);
    person.roles.forEach(({ role, at, date, evidence: given }, index) => {
      const path = `${here}.roles[${index}]`;
      const checked = check.evidence(given, `${path}.evidence`);
      c.linkTo(check, 'HELD_ROLE', slug, single(at, `${path}.at`), checked, {
        properties: date === undefined ? { role } : { role, date },
      });
    });
    person.tookPart.forEach(({ in: where, part, evidence: given }, index) => {
      const path = `${here}.tookPart[${index}]`;
      const checked = check.evidence(given, `${path}.evidence`);
      c.linkTo(check, 'TOOK_PART_IN', slug, single(where, `${path}.in`), checked, {
        properties: { part },
      });
    });
  });
}
