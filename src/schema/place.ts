import { builder } from './builder.ts';
import { ownFields } from './node.ts';
import { planned } from './planned.ts';

const PlaceKind = builder.enumType('PlaceKind', {
  description: 'What sort of place.',
  values: {
    CITY: { value: 'city', description: 'A city or town.' },
    REGION: { value: 'region', description: 'A region.' },
  },
});

ownFields('Place', (t, property) => ({
  kind: t.field({ type: PlaceKind, description: 'City or region.', ...planned(property('kind')) }),
}));
