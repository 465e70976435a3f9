import { listPlan } from '../graph/lookups.ts';
import { builder } from './builder.ts';
import { nodeType } from './node.ts';
import { askedBy, NameOrder } from './order.ts';
import { planned, property, rooted } from './planned.ts';
import { Source } from './refs.ts';

const SourceKind = builder.enumType('SourceKind', {
  description: 'What sort of source.',
  values: {
    WEB_PAGE: { value: 'web-page', description: 'A web page.' },
    DOCUMENT: { value: 'document', description: 'A document.' },
  },
});

const optional = (name: string, description: string) => ({
  nullable: true as const,
  description,
  ...planned(property(name)),
});

nodeType('Source', 'A document or web page the facts of the graph are taken from.', (t) => ({
  title: t.string({
    description: 'Its title.',
    ...planned(property('name')),
  }),
  kind: t.field({
    type: SourceKind,
    description: 'Web page or document.',
    ...planned(property('kind')),
  }),
  url: t.string(optional('url', 'Where to read it.')),
  reference: t.string(optional('reference', 'Its document symbol, e.g. "ST/ESCAP/2495".')),
  publisher: t.string(optional('publisher', 'Who published it.')),
  author: t.string(optional('author', 'Who wrote it.')),
  date: t.string(
    optional(
      'date',
      'When it was published or dated, as precisely as it says: a year ("1992"), a month ("2025-09") or a day ("2024-12-13").',
    ),
  ),
  text: t.string({
    ...optional(
      'text',
      'Its full text, when the graph holds it (quotes in evidence are exact parts of it).',
    ),
    // A whole document: it weighs like a page of items in the query cost.
    extensions: { plan: { ...property('text'), fanOut: () => 20 } },
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
