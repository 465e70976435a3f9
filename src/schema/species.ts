import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, property, rooted } from './planned.ts';
import { Species } from './refs.ts';

nodeType('Species', 'A species NEASPEC works to conserve, e.g. the Amur leopard.', (t) => ({
  slug: t.string({ description: 'Its key, e.g. "amur-leopard".', ...planned(property('id')) }),
  commonName: t.string({
    description: 'Its common name, e.g. "Amur leopard".',
    ...planned(property('name')),
  }),
  scientificName: t.string({
    nullable: true,
    description: 'Its scientific name, where a source gives it.',
    ...planned(property('scientificName')),
  }),
}));

builder.queryField('species', (t) =>
  t.field({
    type: [Species],
    description: 'All species in the graph.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Species', 50, askedBy('NAME'))),
  }),
);
