import { builder } from './builder.ts';
import { ownFields } from './node.ts';
import { planned } from './planned.ts';

const SourceKind = builder.enumType('SourceKind', {
  description: 'What sort of source.',
  values: {
    WEB_PAGE: { value: 'web-page', description: 'A web page.' },
    DOCUMENT: { value: 'document', description: 'A document.' },
  },
});

ownFields('Source', (t, property) => ({
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
