import type { LoadedDataset } from '../load.ts';
import { type Compilation, single } from './compilation.ts';

export function compileEvents(c: Compilation, { file, content }: LoadedDataset['events']): void {
  const check = c.checker(file);
  // An event's own evidence also supports where it was held.
  c.entries(check, 'events', content.events, (event, here, evidence) => {
    const { slug, startDate, endDate, online, summary } = event;
    check.dates(startDate, endDate, `${here}.endDate`);
    check.placement(event.place, online, `${here}.place`);
    check.online(online, event.evidence, `${here}.online`);
    check.announced(summary, [], event.evidence, here);
    if (evidence) c.node('Event', slug, event, evidence);
    c.linkTo(check, 'HELD_IN', slug, single(event.place, `${here}.place`), evidence);
    for (const g of c.groups(check, event.organisers, 'organisations', `${here}.organisers`))
      c.linkFrom(check, 'ORGANISED', g.targets, slug, g.evidence);
    for (const g of c.groups(check, event.convenedBy, 'networks', `${here}.convenedBy`))
      c.linkFrom(check, 'CONVENED', g.targets, slug, g.evidence);
  });
}
