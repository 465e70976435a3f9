import { listPlan, lookupPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, property, rooted } from './planned.ts';
import { MemberState } from './refs.ts';

nodeType(
  'MemberState',
  'A member State of NEASPEC: China, the DPRK, Japan, Mongolia, the Republic of Korea or the Russian Federation.',
  (t) => ({
    iso3: t.string({
      description: 'ISO 3166 alpha-3 code, e.g. "KOR".',
      ...planned(property('id')),
    }),
  }),
);

builder.queryFields((t) => ({
  memberState: t.field({
    type: MemberState,
    nullable: true,
    description:
      'A member State by its ISO 3166 alpha-3 code ("KOR", "PRK", "MNG", ...); null if there is none.',
    args: { iso3: t.arg.string({ required: true, description: 'e.g. "MNG" (any case).' }) },
    ...rooted(lookupPlan('MemberState', 'id', ({ iso3 }) => String(iso3).toUpperCase())),
  }),
  memberStates: t.field({
    type: [MemberState],
    description: 'The six member States.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('MemberState', 10, askedBy('NAME'))),
  }),
}));
