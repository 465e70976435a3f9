import { describe, expect, it } from 'vitest';
import { editorSecurity, send, token } from '../support/auth.ts';
import { snapshot } from '../support/dataset.ts';
import { seededGraph } from '../support/seeded.ts';

// Curation checks its input with the importer's fact checker: the rules of data/README.md that
// a mutation's input carries are refused with the same words, and nothing is written.
const { app, db } = seededGraph(editorSecurity);

const problemsOf = (result: { data?: Record<string, Record<string, unknown> | null> | null }) =>
  (result.data?.[Object.keys(result.data ?? {})[0] ?? ''] as { problems?: unknown } | null)
    ?.problems;

describe('curation applies the dataset rules', () => {
  it('refuses an OUTCOME decision whose evidence uses a decision verb, naming the kind to use', async () => {
    const before = await snapshot(db);
    const result = await send(
      app,
      `mutation ($input: DecisionInput!) { recordDecision(input: $input) {
        __typename ... on InvalidInputError { problems { field message } } } }`,
      {
        input: {
          meeting: 18,
          key: 'outcome-with-a-verb',
          kind: 'OUTCOME',
          summary: 'A decision recorded by the test suite.',
          evidence: [
            {
              source: 'som-18-page',
              quote: 'The Meeting also decided to carry out non-invasive DNA analysis',
            },
          ],
        },
      },
      await token(),
    );
    expect(problemsOf(result)).toEqual([
      {
        field: 'input.kind',
        message:
          'OUTCOME is for an outcome whose source names no verb, but the evidence says "decided": use DECIDED',
      },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an online meeting whose evidence does not say it was online', async () => {
    const before = await snapshot(db);
    const result = await send(
      app,
      `mutation ($input: MeetingInput!) { upsertMeeting(input: $input) {
        __typename ... on InvalidInputError { problems { field message } } } }`,
      {
        input: {
          number: 98,
          title: '98th Senior Officials Meeting (test)',
          startDate: '2031-05-06',
          endDate: '2031-05-07',
          online: true,
          evidence: [
            { source: 'neaspec-som-outcomes', note: 'A meeting made up by the test suite.' },
          ],
        },
      },
      await token(),
    );
    expect(problemsOf(result)).toEqual([
      {
        field: 'input.online',
        message: 'online: true needs evidence that says it was online, virtual or by video',
      },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });
});
