import { builder } from './builder.ts';
import { entityNode, listField, optionalString, related } from './entity.ts';
import { AgendaItem, Meeting, Source } from './refs.ts';

const SourceKind = builder.enumType('SourceKind', {
  description: 'What sort of source.',
  values: { WEB_PAGE: { description: 'A web page.' }, DOCUMENT: { description: 'A document.' } },
});

entityNode(
  Source,
  'Source',
  'A document or web page the facts of the graph are taken from.',
  (t) => ({
    title: t.string({ description: 'Its title.', resolve: (s) => s.name ?? s.id }),
    kind: t.field({
      type: SourceKind,
      description: 'Web page or document.',
      resolve: (s) => (s.kind === 'document' ? 'DOCUMENT' : 'WEB_PAGE'),
    }),
    url: optionalString(t, 'url', 'Where to read it.'),
    reference: optionalString(t, 'reference', 'Its document symbol, e.g. "ST/ESCAP/2495".'),
    publisher: optionalString(t, 'publisher', 'Who published it.'),
    author: optionalString(t, 'author', 'Who wrote it.'),
    text: t.string({
      nullable: true,
      description:
        'Its full text, when the graph holds it (quotes in evidence are exact parts of it).',
      resolve: async (source, _args, { graph }) =>
        source.text ?? (await graph.entity('Source', source.id))?.text ?? null,
    }),
    meetings: related(
      t,
      Meeting,
      { type: 'DOCUMENTED_IN', direction: 'in', label: 'Meeting' },
      'Meetings it documents.',
    ),
    annexOf: related(
      t,
      AgendaItem,
      { type: 'HAS_ANNEX', direction: 'in', label: 'AgendaItem' },
      'Agenda items it is annexed to.',
    ),
  }),
);

listField('sources', Source, 'Source', 'All sources.');
