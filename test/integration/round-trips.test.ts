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
  it('are one per root field, however deep the query and however many its rows', async () => {
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
    expect(roundTrips(few.headers)).toBe(1);
    expect(roundTrips(many.headers)).toBe(1);
  });

  it('are one for all relationship fields of a list, and one per other root field', async () => {
    const result = await query(
      `{ memberStates { networks { id } projects { id } hostedMeetings { id } proposedDecisions { id }
         attendedMeetings { id } programmes { memberStates { iso3 } } }
         stats { nodeCounts { count } decisionsByYear { count } meetingsByHost { count } }
         path(from: "MNG", to: "NEAMPAN") { length } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(roundTrips(result.headers)).toBe(3);
  });

  it('batch lookups by key across root fields into one, reading a key asked twice once', async () => {
    const result = await query(
      '{ a: memberState(iso3: "MNG") { name } b: memberState(iso3: "KOR") { name } c: memberState(iso3: "mng") { name } }',
    );
    expect(result.data).toEqual({
      a: { name: 'Mongolia' },
      b: { name: 'Republic of Korea' },
      c: { name: 'Mongolia' },
    });
    expect(roundTrips(result.headers)).toBe(1);
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
