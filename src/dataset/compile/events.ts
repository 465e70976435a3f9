import type { LoadedDataset } from '../load.ts';
import { type Compilation, single } from './compilation.ts';

export function compileEvents(c: Compilation, { file, content }: LoadedDataset['events']): void {
  const check = c.checker(file);
  content.events.forEach((event, i) => {
    const here = `events[${i}]`;
    const { slug, name, kind, number, startDate, endDate, online, summary } = event;
    check.dates(startDate, endDate, `${here}.endDate`);
    check.placement(event.place, online, `${here}.place`);
    check.online(online, event.evidence, `${here}.online`);
    // An event's own evidence also supports where it was held.
    const evidence = check.evidence(event.evidence, `${here}.evidence`);
    if (evidence)
      c.node('Event', slug, { name, kind, number, startDate, endDate, online, summary }, evidence);
    c.linkTo(check, 'HELD_IN', slug, single(event.place, `${here}.place`), evidence);
    for (const g of c.groups(check, event.organisers, 'organisations', `${here}.organisers`))
      c.linkFrom(check, 'ORGANISED', g.targets, slug, g.evidence);
    for (const g of c.groups(check, event.convenedBy, 'networks', `${here}.convenedBy`))
      c.linkFrom(check, 'CONVENED', g.targets, slug, g.evidence);
  });
}
