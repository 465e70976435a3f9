import { builder } from './builder.ts';
import { entityNode, listField, related, relatedOne } from './entity.ts';
import { Event, Meeting, MemberState, Place, Project } from './refs.ts';

const PlaceKind = builder.enumType('PlaceKind', {
  description: 'What sort of place.',
  values: { CITY: { description: 'A city or town.' }, REGION: { description: 'A region.' } },
});

entityNode(
  Place,
  'Place',
  'A city or region where meetings and events are held or projects work.',
  (t) => ({
    slug: t.string({ description: 'Its key, e.g. "ulaanbaatar".', resolve: (p) => p.id }),
    kind: t.field({
      type: PlaceKind,
      description: 'City or region.',
      resolve: (p) => (p.kind === 'region' ? 'REGION' : 'CITY'),
    }),
    state: relatedOne(
      t,
      MemberState,
      { type: 'LOCATED_IN', direction: 'out', label: 'MemberState' },
      'The member State it is in, where a source says so.',
    ),
    meetings: related(
      t,
      Meeting,
      { type: 'HELD_IN', direction: 'in', label: 'Meeting' },
      'Meetings held here.',
    ),
    events: related(
      t,
      Event,
      { type: 'HELD_IN', direction: 'in', label: 'Event' },
      'Events held here.',
    ),
    projects: related(
      t,
      Project,
      { type: 'COVERS', direction: 'in', label: 'Project' },
      'Projects covering it.',
    ),
  }),
);

listField('places', Place, 'Place', 'All places in the graph.');
