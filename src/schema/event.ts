import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, EventOrder } from './order.ts';
import { planned, property, rooted } from './planned.ts';
import { Event } from './refs.ts';
import { DateScalar } from './scalars.ts';

nodeType(
  'Event',
  'A symposium, committee meeting or anniversary connected with NEASPEC (Senior Officials Meetings are Meeting).',
  (t) => ({
    slug: t.string({ description: 'Its key.', ...planned(property('id')) }),
    kind: t.string({
      description: 'e.g. "symposium", "committee meeting", "anniversary".',
      ...planned(property('kind')),
    }),
    number: t.int({
      nullable: true,
      description:
        'Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting.',
      ...planned(property('number')),
    }),
    startDate: t.field({
      type: DateScalar,
      nullable: true,
      description: 'First day, where known.',
      ...planned(property('startDate')),
    }),
    endDate: t.field({
      type: DateScalar,
      nullable: true,
      description: 'Last day, where known.',
      ...planned(property('endDate')),
    }),
    online: t.boolean({
      description: 'True when it was held online.',
      ...planned(property('online')),
    }),
    summary: t.string({
      nullable: true,
      description: 'What the event was.',
      ...planned(property('summary')),
    }),
  }),
);

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
