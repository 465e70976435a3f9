import type { LoadedDataset } from '../load.ts';
import type { Compilation } from './compilation.ts';

export function compileNetworks(
  c: Compilation,
  { file, content }: LoadedDataset['networks'],
): void {
  const check = c.checker(file);
  const acronyms = new Map<string, string>();
  c.entries(check, 'networks', content.networks, (network, here, evidence) => {
    const { id, acronym } = network;
    if (acronym !== undefined) {
      const holder = acronyms.get(acronym);
      if (holder !== undefined)
        check.problem(`${here}.acronym`, `acronym ${acronym} already belongs to network ${holder}`);
      acronyms.set(acronym, id);
    }
    const { none: groups, ...values } = network;
    const recorded = { members: network.members.length > 0 };
    c.nodeStatingNone(check, 'Network', id, values, { groups, recorded, here }, evidence);
    c.linkToSingle(check, 'PART_OF', id, network.programme, 'slug', `${here}.programme`);
    for (const g of c.groups(check, network.members, 'states', `${here}.members`))
      c.linkFrom(check, 'MEMBER_OF', g.targets, id, g.evidence, {
        properties: {
          ...(g.group.sites === undefined ? {} : { sites: g.group.sites }),
          ...(g.group.role === undefined ? {} : { role: g.group.role }),
        },
      });
    for (const g of c.groups(check, network.covers, 'states', `${here}.covers`))
      c.linkTo(check, 'COVERS', id, g.targets, g.evidence, { far: ['MemberState'] });
    const centres = c.groups(
      check,
      network.technicalCentres,
      'organisations',
      `${here}.technicalCentres`,
    );
    for (const g of centres) c.linkFrom(check, 'TECHNICAL_CENTRE_OF', g.targets, id, g.evidence);
  });
}
