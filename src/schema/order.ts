/**
 * How a list or a page is ordered: by the fields people sort by (name, key, date, number),
 * either way. Each order is one an index provides (cypher/schema/).
 */
import type { ShapeFromEnumValues } from '@pothos/core';
import { type BuilderTypes, builder } from './builder.ts';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Which way to order.',
  values: {
    ASC: { description: 'Ascending: A to Z, oldest first, smallest first.' },
    DESC: { description: 'Descending: Z to A, newest first, largest first.' },
  },
});

/** An order input for `name`, with the fields of `values`, by `first` unless given. */
function orderInput<const Values extends Record<string, { description: string }>>(
  name: string,
  description: string,
  first: ShapeFromEnumValues<BuilderTypes, Values>,
  values: Values,
) {
  const fields = builder.enumType(`${name}Field`, {
    description: `What ${description} are ordered by.`,
    values,
  });
  return builder.inputType(name, {
    description: `How ${description} are ordered.`,
    fields: (t) => ({
      field: t.field({
        type: fields,
        defaultValue: first,
        description: 'What to order by.',
      }),
      direction: t.field({
        type: OrderDirection,
        defaultValue: 'ASC',
        description: 'Ascending unless given.',
      }),
    }),
  });
}

export const NameOrder = orderInput('NameOrder', 'named things', 'NAME', {
  NAME: { description: 'Their name.' },
  KEY: { description: 'Their key: ISO code, acronym or slug.' },
});

export const EventOrder = orderInput('EventOrder', 'events', 'START_DATE', {
  START_DATE: { description: 'Their first day (events without a date last).' },
  NAME: { description: 'Their name.' },
  KEY: { description: 'Their slug.' },
});

export const MeetingOrder = orderInput('MeetingOrder', 'meetings', 'NUMBER', {
  NUMBER: { description: 'Their SOM number.' },
  START_DATE: {
    description:
      'Their first day; meetings without a recorded date are left out (and not counted).',
  },
});

export const DecisionOrder = orderInput('DecisionOrder', 'decisions', 'MEETING', {
  MEETING: {
    description:
      "Their meeting's number, then their place in the meeting as the sources list them.",
  },
});

/** An order argument as the planner takes it. */
export interface Ordering<Field extends string = string> {
  field: Field;
  descending: boolean;
}

export function ordering<Field extends string>(value: unknown, fallback: Field): Ordering<Field> {
  const given = typeof value === 'object' && value !== null ? value : {};
  const field = 'field' in given && typeof given.field === 'string' ? given.field : fallback;
  return { field: field as Field, descending: 'direction' in given && given.direction === 'DESC' };
}

/** A list's `orderBy` argument as the planner takes it: undefined keeps the list's own order. */
export const askedBy =
  <Field extends string>(fallback: Field) =>
  (args: Record<string, unknown>) =>
    args.orderBy ? ordering(args.orderBy, fallback) : undefined;
