import { listPlan, lookupPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { rooted } from './planned.ts';
import { Network } from './refs.ts';

nodeType('Network');

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
