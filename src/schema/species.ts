import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { rooted } from './planned.ts';
import { Species } from './refs.ts';

nodeType('Species');

builder.queryField('species', (t) =>
  t.field({
    type: [Species],
    description: 'All species in the graph.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Species', 50, askedBy('NAME'))),
  }),
);
