import { describe, expect, it } from 'vitest';
import { examples } from '../../src/graphiql-examples.ts';
import { seededGraph } from '../support/seeded.ts';

const { query } = seededGraph();

const roundTrips = (headers: Headers) =>
  Number(/cypher;desc="(\d+) round trips?"/.exec(headers.get('server-timing') ?? '')?.[1]);

const deep = (first: number, fromYear: number) => `{
  meetings(first: ${first}, fromYear: ${fromYear}) { edges { node { number decisions { summary subjects {
    ... on Network { programme { networks { acronym } } }
    ... on Project { programme { networks { acronym } } }
    ... on Programme { networks { acronym } }
  } } } } }
}`;

describe('Cypher round trips', () => {
  it('do not grow with the number of rows: one per level of a deep query', async () => {
    // SOM-18 and SOM-19 already reach every level; all meetings have many more rows.
    const few = await query(deep(2, 2013));
    const many = await query(deep(20, 1990));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const rows = (result: typeof many) => {
      const meetings = result.data?.meetings as { edges: { node: { decisions: unknown[] } }[] };
      return meetings.edges.flatMap((edge) => edge.node.decisions).length;
    };
    expect(rows(many)).toBeGreaterThan(5 * rows(few));
    // At most one per level: the meetings page, then the relationships of the meetings, the
    // decisions, the subjects and the programmes. Nodes already loaded at an earlier level come from the request's cache, so a bigger
    // result can even need fewer.
    expect(roundTrips(few.headers)).toBeLessThanOrEqual(5);
    expect(roundTrips(many.headers)).toBeGreaterThan(1);
    expect(roundTrips(many.headers)).toBeLessThanOrEqual(roundTrips(few.headers));
  });

  it('one query serves all relationship fields of the same level', async () => {
    const result = await query(
      '{ memberStates { networks { id } projects { id } hostedMeetings { id } proposedDecisions { id } attendedMeetings { id } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(roundTrips(result.headers)).toBe(2);
  });
});

describe('the example operations GraphiQL opens with', () => {
  it.each(examples.map((example) => [/query (\w+)/.exec(example.query)?.[1], example.query]))(
    '%s runs and finds something',
    async (_name, text) => {
      const result = await query(text as string);
      expect(result.errors).toBeUndefined();
      const values = Object.values(result.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).not.toBeNull();
    },
  );
});
