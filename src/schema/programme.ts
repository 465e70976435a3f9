import { listPlan, lookupPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { rooted } from './planned.ts';
import { Programme } from './refs.ts';

nodeType('Programme');

builder.queryFields((t) => ({
  programme: t.field({
    type: Programme,
    nullable: true,
    description: 'A programme area by its slug, e.g. "air-pollution"; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: 'e.g. "marine-protected-areas".' }) },
    ...rooted(lookupPlan('Programme', 'id', ({ slug }) => String(slug).toLowerCase())),
  }),
  programmes: t.field({
    type: [Programme],
    description: 'All programme areas.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Programme', 20, askedBy('NAME'))),
  }),
}));
