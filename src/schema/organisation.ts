import { entityNode, listField, optionalString, related, relatedOne } from './entity.ts';
import { Event, Meeting, MemberState, Network, Organisation, Project } from './refs.ts';

entityNode(
  Organisation,
  'Organisation',
  'An organisation working with NEASPEC: the secretariat (UN ESCAP), partners, technical centres.',
  (t) => ({
    slug: t.string({ description: 'Its key, e.g. "cass".', resolve: (o) => o.id }),
    acronym: optionalString(t, 'acronym', 'Its acronym, where a source gives one.'),
    summary: optionalString(t, 'summary', 'What it is and does for NEASPEC.'),
    basedIn: relatedOne(
      t,
      MemberState,
      { type: 'BASED_IN', direction: 'out', label: 'MemberState' },
      'The member State it is based in, where a source says so.',
    ),
    organisedEvents: related(
      t,
      Event,
      { type: 'ORGANISED', direction: 'out', label: 'Event' },
      'Events it organised.',
    ),
    technicalCentreOf: related(
      t,
      Network,
      { type: 'TECHNICAL_CENTRE_OF', direction: 'out', label: 'Network' },
      'Networks it serves as a technical centre.',
    ),
    projects: related(
      t,
      Project,
      { type: 'CONTRIBUTES_TO', direction: 'out', label: 'Project' },
      'Projects it contributes to.',
    ),
    observedMeetings: related(
      t,
      Meeting,
      { type: 'OBSERVED', direction: 'out', label: 'Meeting' },
      'Meetings it attended as an observer.',
    ),
  }),
);

listField('organisations', Organisation, 'Organisation', 'All organisations in the graph.');
