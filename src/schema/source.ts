import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, rooted } from './planned.ts';
import { Source } from './refs.ts';

const SourceKind = builder.enumType('SourceKind', {
  description: 'What sort of source.',
  values: {
    WEB_PAGE: { value: 'web-page', description: 'A web page.' },
    DOCUMENT: { value: 'document', description: 'A document.' },
  },
});

nodeType('Source', (t, property) => ({
  kind: t.field({
    type: SourceKind,
    description: 'Web page or document.',
    ...planned(property('kind')),
  }),
  text: t.string({
    nullable: true,
    description:
      'Its full text, when the graph holds it (quotes in evidence are exact parts of it).',
    // A whole document: it weighs like a page of items in the query cost.
    ...planned({ ...property('text'), fanOut: () => 20 }),
  }),
}));

builder.queryField('sources', (t) =>
  t.field({
    type: [Source],
    description: 'All sources.',
    args: { orderBy: t.arg({ type: NameOrder, description: 'The order (by default: name).' }) },
    ...rooted(listPlan('Source', 100, askedBy('NAME'))),
  }),
);
