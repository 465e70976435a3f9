import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, rooted } from './planned.ts';
import { Place } from './refs.ts';

const PlaceKind = builder.enumType('PlaceKind', {
  description: 'What sort of place.',
  values: {
    CITY: { value: 'city', description: 'A city or town.' },
    REGION: { value: 'region', description: 'A region.' },
  },
});

nodeType('Place', (t, property) => ({
  kind: t.field({ type: PlaceKind, description: 'City or region.', ...planned(property('kind')) }),
}));

builder.queryField('places', (t) =>
  t.field({
    type: [Place],
    description: 'All places in the graph.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Place', 100, askedBy('NAME'))),
  }),
);
