import { z } from 'zod';
import { type MeetingFilters, meetingsCount, meetingsPage } from '../graph/pages.ts';
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { entityNode, optionalString, related, relatedOne } from './entity.ts';
import { resolveKeysetConnection } from './pagination.ts';
import {
  AgendaItem,
  Decision,
  Event,
  Meeting,
  MemberState,
  Organisation,
  Place,
  Programme,
  Source,
} from './refs.ts';
import { DateScalar } from './scalars.ts';

const Certainty = builder.enumType('Certainty', {
  description: 'How sure the sources are.',
  values: {
    CERTAIN: { description: 'The sources agree.' },
    UNCERTAIN: { description: 'The sources disagree on a detail; its evidence notes say which.' },
  },
});

entityNode(
  Meeting,
  'Meeting',
  'A Senior Officials Meeting (SOM), the governing body of NEASPEC, meeting about once a year.',
  (t) => ({
    number: t.int({
      description: 'The SOM number: 18 for SOM-18.',
      resolve: (m) => Number(m.number),
    }),
    title: t.string({
      description: 'e.g. "18th Senior Officials Meeting".',
      resolve: (m) => m.name ?? m.id,
    }),
    startDate: t.field({
      type: DateScalar,
      description: 'First day.',
      resolve: (m) => m.startDate ?? '',
    }),
    endDate: t.field({
      type: DateScalar,
      description: 'Last day.',
      resolve: (m) => m.endDate ?? '',
    }),
    year: t.int({
      description: 'The year it opened.',
      resolve: (m) => Number(m.startDate?.slice(0, 4)),
    }),
    online: t.boolean({
      description: 'True when it was held online.',
      resolve: (m) => m.online === true,
    }),
    certainty: t.field({
      type: Certainty,
      description: 'UNCERTAIN when the sources disagree on its dates or place.',
      resolve: (m) => (m.certainty === 'uncertain' ? 'UNCERTAIN' : 'CERTAIN'),
    }),
    summary: optionalString(t, 'summary', 'What the meeting was about.'),
    city: relatedOne(
      t,
      Place,
      { type: 'HELD_IN', direction: 'out', label: 'Place' },
      'Where it was held (null online).',
    ),
    hostState: relatedOne(
      t,
      MemberState,
      { type: 'HOSTED', direction: 'in', label: 'MemberState' },
      'The State that hosted it, where a source names it.',
    ),
    agenda: related(
      t,
      AgendaItem,
      { type: 'HAS_AGENDA_ITEM', direction: 'out', label: 'AgendaItem' },
      'Its agenda, in order (where the sources give it).',
    ),
    decisions: related(
      t,
      Decision,
      { type: 'MADE_AT', direction: 'in', label: 'Decision' },
      'What it decided.',
    ),
    attendees: related(
      t,
      MemberState,
      { type: 'ATTENDED', direction: 'in', label: 'MemberState' },
      'The States a source says attended.',
    ),
    observers: related(
      t,
      Organisation,
      { type: 'OBSERVED', direction: 'in', label: 'Organisation' },
      'Organisations that attended as observers.',
    ),
    commemorated: related(
      t,
      Event,
      { type: 'COMMEMORATED', direction: 'out', label: 'Event' },
      'Anniversaries it commemorated.',
    ),
    sources: related(
      t,
      Source,
      { type: 'DOCUMENTED_IN', direction: 'out', label: 'Source' },
      'Documents and pages about the meeting, e.g. its report.',
    ),
  }),
);

entityNode(
  AgendaItem,
  'AgendaItem',
  'An item of a meeting agenda, e.g. SOM-18 item 2d, Marine Protected Areas.',
  (t) => ({
    number: t.string({
      description: 'As printed, with sub-items lettered: "1", "2a".',
      resolve: (item) => String(item.number),
    }),
    title: t.string({
      description: 'As printed on the agenda.',
      resolve: (item) => item.name ?? item.id,
    }),
    meeting: t.field({
      type: Meeting,
      description: 'The meeting whose agenda it is on.',
      resolve: async (item, _args, { graph }) =>
        (await graph.relatedOne(item.id, {
          type: 'HAS_AGENDA_ITEM',
          direction: 'in',
          label: 'Meeting',
        })) as EntityRecord,
    }),
    reviews: related(
      t,
      Programme,
      { type: 'REVIEWS', direction: 'out', label: 'Programme' },
      'The programme areas it reviewed.',
    ),
    annexes: related(
      t,
      Source,
      { type: 'HAS_ANNEX', direction: 'out', label: 'Source' },
      'Documents annexed to it.',
    ),
  }),
);

builder.queryFields((t) => ({
  meeting: t.field({
    type: Meeting,
    nullable: true,
    description:
      'A Senior Officials Meeting by its number: 18 for SOM-18; null if the graph has none.',
    args: { number: t.arg.int({ required: true, description: 'The SOM number, e.g. 18.' }) },
    resolve: (_root, { number }, { graph }) => graph.entity('Meeting', `som-${number}`),
  }),
  meetings: t.connection(
    {
      type: Meeting,
      description:
        'Senior Officials Meetings in SOM-number order, a page at a time (20 unless `first` says, at most 100).',
      args: {
        fromYear: t.arg.int({ description: 'Only meetings from this year on.' }),
        toYear: t.arg.int({ description: 'Only meetings up to this year.' }),
        hostState: t.arg.string({
          description: 'Only meetings this State hosted (ISO alpha-3, e.g. "MNG").',
        }),
      },
      resolve: (_root, args, { graph }) =>
        resolveKeysetConnection(
          args,
          {
            fromYear: args.fromYear ?? null,
            toYear: args.toYear ?? null,
            hostState: args.hostState?.toUpperCase() ?? null,
          },
          {
            connection: 'meetings',
            key: z.number().int(),
            keyOf: (meeting: EntityRecord) => Number(meeting.number),
            page: (filters: MeetingFilters, window) => meetingsPage(graph.reader, filters, window),
          },
        ),
    },
    {
      name: 'MeetingConnection',
      description: 'A page of meetings.',
      fields: (connection) => ({
        totalCount: connection.int({
          description:
            'How many meetings match the filters, in all pages (counted only when asked for).',
          resolve: (page, _args, { graph }) =>
            meetingsCount(graph.reader, (page as { filters: MeetingFilters }).filters),
        }),
      }),
    },
  ),
}));
