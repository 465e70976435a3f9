import { GraphQLError } from 'graphql';
import { isoDate } from '../dataset/format.ts';
import { builder } from './builder.ts';

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar day, written as an RFC 3339 full-date (ISO 8601), e.g. "2013-11-05".',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => value,
  parseValue: (value) => {
    const parsed = isoDate.safeParse(value);
    if (!parsed.success) {
      throw new GraphQLError(`${JSON.stringify(value)} is not a date: expected YYYY-MM-DD`);
    }
    return parsed.data;
  },
});
