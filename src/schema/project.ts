import { listPlan, lookupPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { rooted } from './planned.ts';
import { Project } from './refs.ts';

nodeType('Project');

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
    ...rooted(lookupPlan('Project', 'id', ({ slug }) => String(slug).toLowerCase())),
  }),
  projects: t.field({
    type: [Project],
    description: 'All projects.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Project', 50, askedBy('NAME'))),
  }),
}));
