import { lookupPlan } from '../graph/lookups.ts';
import { builder, type Row } from './builder.ts';
import { rooted } from './planned.ts';
import { Programme } from './refs.ts';

builder.queryFields((t) => ({
  programme: t.field({
    type: Programme,
    nullable: true,
    description: 'A programme area by its slug, e.g. "air-pollution"; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: 'e.g. "marine-protected-areas".' }) },
    ...rooted<Row | null>(lookupPlan('Programme', 'id', ({ slug }) => String(slug).toLowerCase())),
  }),
}));
