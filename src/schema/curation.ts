/**
 * Curation mutations: editors add and correct facts through the API. They need a token with the
 * editor role; each checks its input with the dataset's rules and writes in one transaction.
 */

import type { GraphQLResolveInfo } from 'graphql';
import type { Curation } from '../curation/curation.ts';
import { InvalidInputError, NotFoundError } from '../curation/errors.ts';
import { maxLength, minQuote } from '../dataset/format.ts';
import type { Label } from '../model/labels.ts';
import { builder, type Row } from './builder.ts';
import type { Context } from './context.ts';
import { DecisionKindEnum } from './decision.ts';
import { Decision, Meeting } from './refs.ts';
import { DateScalar } from './scalars.ts';

const InputProblem = builder
  .objectRef<{ field: string; message: string }>('InputProblem')
  .implement({
    description: 'One thing wrong with a mutation input.',
    fields: (t) => ({
      field: t.exposeString('field', { description: 'Where, e.g. "input.evidence[0].quote".' }),
      message: t.exposeString('message', {
        description: 'What is wrong, e.g. "not found in source som-18-page".',
      }),
    }),
  });

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description:
    'The input breaks a rule of the dataset (the rules an import applies); nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Every problem, in one sentence.' }),
    problems: t.field({
      type: [InputProblem],
      description: 'Each problem, with the field it is in.',
      resolve: (error) => [...error.problems],
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'What the mutation should act on is not in the graph; nothing was written.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What was not found.' }) }),
});

export const EvidenceInput = builder.inputType('EvidenceInput', {
  description:
    'Where a fact comes from: a source of the graph and a verbatim quote from its text, or a note.',
  fields: (t) => ({
    source: t.string({
      required: true,
      description: `The id of a Source, e.g. "som-18-page" (at most ${maxLength.id} characters).`,
    }),
    quote: t.string({
      description: `Words copied verbatim from the source's text: a phrase of at least ${minQuote.words} words and ${minQuote.characters} characters, at most ${maxLength.quote}.`,
    }),
    note: t.string({
      description: `A short paraphrase, for a source whose text the graph does not hold (at most ${maxLength.note} characters).`,
    }),
  }),
});

const MeetingInput = builder.inputType('MeetingInput', {
  description:
    "A Senior Officials Meeting, described as in a dataset file. A meeting the graph holds changes only in what is given: title and dates, and city, online, host and summary when given; the evidence is added to the meeting's.",
  fields: (t) => ({
    number: t.int({ required: true, description: 'The SOM number.' }),
    title: t.string({
      required: true,
      description: `e.g. "29th Senior Officials Meeting" (at most ${maxLength.text} characters).`,
    }),
    startDate: t.field({ type: DateScalar, required: true, description: 'First day.' }),
    endDate: t.field({ type: DateScalar, required: true, description: 'Last day.' }),
    city: t.string({
      description: `The slug of a Place (leave out when online; at most ${maxLength.id} characters).`,
    }),
    online: t.boolean({ description: 'True when held online.' }),
    host: t.string({
      description: 'ISO alpha-3 code of the hosting State, where a source names it.',
    }),
    summary: t.string({
      description: `What the meeting was about (at most ${maxLength.summary} characters).`,
    }),
    evidence: t.field({
      type: [EvidenceInput],
      required: true,
      description: 'The evidence for the meeting, its dates, city and host.',
    }),
  }),
});

const DecisionSubjectsInput = builder.inputType('DecisionSubjectsInput', {
  description: `What a decision is about, by key (each at most ${maxLength.id} characters; a key given twice counts once).`,
  fields: (t) => ({
    networks: t.stringList({ description: 'Network ids (acronyms).' }),
    projects: t.stringList({ description: 'Project slugs.' }),
    programmes: t.stringList({ description: 'Programme slugs.' }),
    events: t.stringList({ description: 'Event slugs.' }),
    organisations: t.stringList({ description: 'Organisation slugs.' }),
  }),
});

const DecisionInput = builder.inputType('DecisionInput', {
  description:
    'A decision of a meeting, described as in a meeting file. Replaces one with the same key.',
  fields: (t) => ({
    meeting: t.int({ required: true, description: 'The SOM number of the meeting that made it.' }),
    key: t.string({
      required: true,
      description: `A slug, unique within the meeting, e.g. "neacap-launched" (at most ${maxLength.id} characters).`,
    }),
    kind: t.field({ type: DecisionKindEnum, required: true, description: 'What the meeting did.' }),
    summary: t.string({
      required: true,
      description: `What was decided, in one sentence (at most ${maxLength.summary} characters).`,
    }),
    subjects: t.field({ type: DecisionSubjectsInput, description: 'What it is about.' }),
    proposedBy: t.string({
      description: 'ISO alpha-3 code of the proposing State, where a source names it.',
    }),
    evidence: t.field({
      type: [EvidenceInput],
      required: true,
      description: 'The evidence for the decision.',
    }),
  }),
});

/** The request's curation; the authorization plugin has already refused requests without it. */
export function curating(curation: Curation | null): Curation {
  if (curation === null) throw new Error('a mutation ran without an editor');
  return curation;
}

/** A mutation's resolver: writes with `write` (which answers the id of the node it wrote), then
 * reads that node as the client asks. */
const writes =
  <Input>(label: Label, write: (curation: Curation, input: Input) => Promise<string>) =>
  async (
    _root: unknown,
    { input }: { input: Input },
    { curation, graph }: Context,
    info: GraphQLResolveInfo,
  ) =>
    (await graph.node(info, label, await write(curating(curation), input))) as Row;

builder.mutationType({
  description:
    'Curation: add and correct facts. Needs "Authorization: Bearer <token>" with the editor role; every write checks its input with the rules an import applies and is all or nothing.',
});

builder.mutationFields((t) => ({
  upsertMeeting: t.field({
    type: Meeting,
    description: 'Creates a meeting, or replaces the one with the same number.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: MeetingInput, required: true, description: 'The meeting.' }) },
    resolve: writes('Meeting', (curation, input) => curation.upsertMeeting(input)),
  }),
  recordDecision: t.field({
    type: Decision,
    description: 'Records a decision of a meeting, or replaces the one with the same key.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: DecisionInput, required: true, description: 'The decision.' }) },
    resolve: writes('Decision', (curation, input) => curation.recordDecision(input)),
  }),
}));
