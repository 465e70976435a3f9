import { listPlan, lookupPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, property, rooted } from './planned.ts';
import { Network } from './refs.ts';

nodeType(
  'Network',
  'A network or partnership of NEASPEC, e.g. NEAMPAN (marine protected areas) or NEACAP (clean air).',
  (t) => ({
    acronym: t.string({
      nullable: true,
      description: 'Its acronym, e.g. "NEAMPAN" (null for a network without one).',
      ...planned(property('acronym')),
    }),
    summary: t.string({
      nullable: true,
      description: 'What the network is and does.',
      ...planned(property('summary')),
    }),
  }),
);

builder.queryFields((t) => ({
  network: t.field({
    type: Network,
    nullable: true,
    description:
      'A network by its acronym ("NEAMPAN", "NEACAP", "NEA-LCCP"); null if there is none.',
    args: { acronym: t.arg.string({ required: true, description: 'Any case.' }) },
    ...rooted(lookupPlan('Network', 'acronym', ({ acronym }) => String(acronym).toUpperCase())),
  }),
  networks: t.field({
    type: [Network],
    description: 'All networks and partnerships.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Network', 20, askedBy('NAME'))),
  }),
}));
