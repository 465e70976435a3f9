import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, property, rooted } from './planned.ts';
import { Organisation } from './refs.ts';

nodeType(
  'Organisation',
  'An organisation working with NEASPEC: the secretariat (UN ESCAP), partners, technical centres.',
  (t) => ({
    slug: t.string({ description: 'Its key, e.g. "cass".', ...planned(property('id')) }),
    acronym: t.string({
      nullable: true,
      description: 'Its acronym, where a source gives one.',
      ...planned(property('acronym')),
    }),
    summary: t.string({
      nullable: true,
      description: 'What it is and does for NEASPEC.',
      ...planned(property('summary')),
    }),
  }),
);

builder.queryField('organisations', (t) =>
  t.field({
    type: [Organisation],
    description: 'All organisations in the graph.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Organisation', 100, askedBy('NAME'))),
  }),
);
