/** Evidence: where a fact comes from, a source and a verbatim quote or a short note. */
import { evidenceSourcePlan, evidenceTextPlan } from '../graph/evidence.ts';
import { builder, type Row } from './builder.ts';
import { planned } from './planned.ts';
import { Source } from './refs.ts';

export const EvidenceRef = builder.objectRef<Row>('Evidence').implement({
  description:
    'Where a fact comes from: a source, and either a verbatim quote from its text or a short paraphrase (note) of it.',
  fields: (t) => ({
    source: t.field({
      type: Source,
      description: 'The document or web page the fact is taken from.',
      ...planned(evidenceSourcePlan),
    }),
    quote: t.string({
      nullable: true,
      description:
        "Words copied verbatim from the source's text (null when the evidence is a note).",
      ...planned(evidenceTextPlan('quote')),
    }),
    note: t.string({
      nullable: true,
      description:
        'A short paraphrase of what the source says (null when the evidence is a quote).',
      ...planned(evidenceTextPlan('note')),
    }),
  }),
});
