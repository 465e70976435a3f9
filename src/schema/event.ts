import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, EventOrder } from './order.ts';
import { rooted } from './planned.ts';
import { Event } from './refs.ts';

nodeType('Event');

builder.queryField('events', (t) =>
  t.field({
    type: [Event],
    description: 'All events, by date.',
    args: {
      orderBy: t.arg({ type: EventOrder, description: 'The order (by default: start date).' }),
    },
    ...rooted(listPlan('Event', 100, askedBy('START_DATE'))),
  }),
);
