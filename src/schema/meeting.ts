import { z } from 'zod';
import { isoDate } from '../dataset/format.ts';
import { meetingItems } from '../graph/connections.ts';
import { lookupPlan } from '../graph/lookups.ts';
import { asText, withDefault, yearOf } from '../graph/values.ts';
import { propertyOf } from '../model/entities.ts';
import { builder, type Row } from './builder.ts';
import { connectionRoot, connectionType, pageArguments } from './connection.ts';
import { ownFields } from './node.ts';
import { MeetingOrder, ordering } from './order.ts';
import { planned, rooted } from './planned.ts';
import { Meeting } from './refs.ts';

const Certainty = builder.enumType('Certainty', {
  description: 'How sure the sources are.',
  values: {
    CERTAIN: { value: 'certain', description: 'The sources agree.' },
    UNCERTAIN: {
      value: 'uncertain',
      description: 'The sources disagree on a detail; its evidence notes say which.',
    },
  },
});

ownFields('Meeting', (t) => ({
  year: t.int({
    nullable: true,
    description: 'The year it opened; null when no source gives it.',
    ...planned(yearOf(propertyOf('Meeting', 'startDate'))),
  }),
  certainty: t.field({
    type: Certainty,
    description: 'UNCERTAIN when the sources disagree on its dates or place.',
    ...planned(withDefault(propertyOf('Meeting', 'certainty'), 'certain')),
  }),
}));

ownFields('AgendaItem', (t) => ({
  number: t.string({
    description: 'As printed, with sub-items lettered: "1", "2a".',
    ...planned(asText(propertyOf('AgendaItem', 'number'))),
  }),
}));

const MeetingConnection = connectionType(
  'MeetingConnection',
  Meeting,
  'A page of meetings.',
  'meetings',
);

builder.queryFields((t) => ({
  meeting: t.field({
    type: Meeting,
    nullable: true,
    description:
      'A Senior Officials Meeting by its number: 18 for SOM-18; null if the graph has none.',
    args: { number: t.arg.int({ required: true, description: 'The SOM number, e.g. 18.' }) },
    ...rooted<Row | null>(lookupPlan('Meeting', 'number', ({ number }) => number)),
  }),
  meetings: t.field({
    type: MeetingConnection,
    description:
      'Senior Officials Meetings in SOM-number order, a page at a time (20 unless `first` says, at most 100).',
    args: {
      ...pageArguments(t),
      fromYear: t.arg.int({ description: 'Only meetings from this year on.' }),
      toYear: t.arg.int({ description: 'Only meetings up to this year.' }),
      hostState: t.arg.string({
        description: 'Only meetings this State hosted (ISO alpha-3, e.g. "MNG").',
      }),
      orderBy: t.arg({ type: MeetingOrder, description: 'The order (by default: SOM number).' }),
    },
    ...connectionRoot(
      // A cursor is good in the order it was made in only.
      (args) => {
        const { field, descending } = ordering(args.orderBy, 'NUMBER');
        return `meetings${field === 'NUMBER' && !descending ? '' : `/${field}/${descending ? 'DESC' : 'ASC'}`}`;
      },
      z.array(z.union([z.number().int(), isoDate])),
      (args) =>
        meetingItems(
          {
            fromYear: (args.fromYear as number | null) ?? undefined,
            toYear: (args.toYear as number | null) ?? undefined,
            hostState: (args.hostState as string | null)?.toUpperCase(),
          },
          ordering(args.orderBy, 'NUMBER'),
        ),
    ),
  }),
}));
