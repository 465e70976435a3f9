import { lookupPlan } from '../graph/lookups.ts';
import { builder, type Row } from './builder.ts';
import { rooted } from './planned.ts';
import { Network } from './refs.ts';

builder.queryFields((t) => ({
  network: t.field({
    type: Network,
    nullable: true,
    description:
      'A network by its acronym ("NEAMPAN", "NEACAP", "NEA-LCCP"); null if there is none.',
    args: { acronym: t.arg.string({ required: true, description: 'Any case.' }) },
    ...rooted<Row | null>(
      lookupPlan('Network', 'acronym', ({ acronym }) => String(acronym).toUpperCase()),
    ),
  }),
}));
