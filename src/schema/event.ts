import { entityNode, listField, optionalString, related, relatedOne } from './entity.ts';
import { Decision, Event, Meeting, Network, Organisation, Place } from './refs.ts';
import { DateScalar } from './scalars.ts';

entityNode(
  Event,
  'Event',
  'A symposium, committee meeting or anniversary connected with NEASPEC (Senior Officials Meetings are Meeting).',
  (t) => ({
    slug: t.string({ description: 'Its key.', resolve: (e) => e.id }),
    kind: t.string({
      description: 'e.g. "symposium", "committee meeting", "anniversary".',
      resolve: (e) => e.kind ?? '',
    }),
    number: t.int({
      nullable: true,
      description:
        'Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting.',
      resolve: (e) => (typeof e.number === 'number' ? e.number : null),
    }),
    startDate: t.field({
      type: DateScalar,
      nullable: true,
      description: 'First day, where known.',
      resolve: (e) => e.startDate ?? null,
    }),
    endDate: t.field({
      type: DateScalar,
      nullable: true,
      description: 'Last day, where known.',
      resolve: (e) => e.endDate ?? null,
    }),
    online: t.boolean({
      description: 'True when it was held online.',
      resolve: (e) => e.online === true,
    }),
    summary: optionalString(t, 'summary', 'What the event was.'),
    place: relatedOne(
      t,
      Place,
      { type: 'HELD_IN', direction: 'out', label: 'Place' },
      'Where it was held.',
    ),
    organisers: related(
      t,
      Organisation,
      { type: 'ORGANISED', direction: 'in', label: 'Organisation' },
      'Organisations that organised it.',
    ),
    convenedBy: related(
      t,
      Network,
      { type: 'CONVENED', direction: 'in', label: 'Network' },
      'Networks that convened it.',
    ),
    decisions: related(
      t,
      Decision,
      { type: 'CONCERNS', direction: 'in', label: 'Decision' },
      'Decisions about it.',
    ),
    commemoratedAt: related(
      t,
      Meeting,
      { type: 'COMMEMORATED', direction: 'in', label: 'Meeting' },
      'Meetings that commemorated it.',
    ),
  }),
);

listField('events', Event, 'Event', 'All events, by date.');
