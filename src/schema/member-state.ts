import { lookupPlan } from '../graph/lookups.ts';
import { builder, type Row } from './builder.ts';
import { rooted } from './planned.ts';
import { MemberState } from './refs.ts';

builder.queryFields((t) => ({
  memberState: t.field({
    type: MemberState,
    nullable: true,
    description:
      'A member State by its ISO 3166 alpha-3 code ("KOR", "PRK", "MNG", ...); null if there is none.',
    args: { iso3: t.arg.string({ required: true, description: 'e.g. "MNG" (any case).' }) },
    ...rooted<Row | null>(
      lookupPlan('MemberState', 'id', ({ iso3 }) => String(iso3).toUpperCase()),
    ),
  }),
}));
