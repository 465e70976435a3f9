import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { rooted } from './planned.ts';
import { Organisation } from './refs.ts';

nodeType('Organisation');

builder.queryField('organisations', (t) =>
  t.field({
    type: [Organisation],
    description: 'All organisations in the graph.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Organisation', 100, askedBy('NAME'))),
  }),
);
