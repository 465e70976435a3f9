import { lookupPlan } from '../graph/lookups.ts';
import { builder, type Row } from './builder.ts';
import { rooted } from './planned.ts';
import { Project } from './refs.ts';

builder.queryFields((t) => ({
  project: t.field({
    type: Project,
    nullable: true,
    description: 'A project by its slug; null if there is none.',
    args: {
      slug: t.arg.string({
        required: true,
        description: 'e.g. "amur-tiger-leopard-dna-analysis".',
      }),
    },
    ...rooted<Row | null>(lookupPlan('Project', 'id', ({ slug }) => String(slug).toLowerCase())),
  }),
}));
