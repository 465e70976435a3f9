/**
 * Every root field answers the same for the same arguments however the operation gives them:
 * as literals, as variables, as variables' defaults, and a single value where a list is
 * expected (which GraphQL coerces to a list of one).
 */
import {
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { securityWith } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

// Without the response cache: each form runs, none is answered by another's cached answer.
const { query } = seededGraph(securityWith({ RESPONSE_CACHE_ENTRIES: '0' }));

const meetingId = Buffer.from('Meeting:som-18').toString('base64');

/** A root field, arguments for it (as a client sends them in variables) and a selection. */
interface Case {
  field: string;
  args: Record<string, unknown>;
  selection: string;
}

const cases: Case[] = [
  {
    field: 'decisions',
    args: {
      first: 3,
      kind: 'LAUNCHED',
      fromYear: 2000,
      toYear: 2030,
      orderBy: { field: 'MEETING', direction: 'DESC' },
    },
    selection: '{ totalCount edges { cursor node { id kind } } pageInfo { hasNextPage } }',
  },
  {
    field: 'decisions',
    args: { last: 2, network: 'NEAMPAN' },
    selection: '{ edges { node { id } } }',
  },
  { field: 'decisions', args: { first: 2, state: 'KOR' }, selection: '{ edges { node { id } } }' },
  {
    field: 'decisions',
    args: { first: 2, programme: 'nature-conservation' },
    selection: '{ totalCount }',
  },
  { field: 'events', args: { orderBy: { field: 'NAME', direction: 'DESC' } }, selection: '{ id }' },
  { field: 'meeting', args: { number: 18 }, selection: '{ number title decisions { id } }' },
  {
    field: 'meetings',
    args: {
      first: 2,
      fromYear: 2010,
      toYear: 2020,
      orderBy: { field: 'NUMBER', direction: 'DESC' },
    },
    selection: '{ edges { node { number } } }',
  },
  {
    field: 'meetings',
    args: { last: 2, hostState: 'KOR' },
    selection: '{ edges { node { number } } }',
  },
  {
    field: 'memberState',
    args: { iso3: 'MNG' },
    selection: '{ iso3 relationships(types: [MEMBER_OF]) { type } }',
  },
  {
    field: 'memberStates',
    args: { orderBy: { field: 'NAME', direction: 'DESC' } },
    selection: '{ iso3 }',
  },
  {
    field: 'neighbourhood',
    args: { id: 'NEAMPAN', depth: 2 },
    selection: '{ nodes { id } edges { type } }',
  },
  { field: 'network', args: { acronym: 'NEACAP' }, selection: '{ acronym memberStates { iso3 } }' },
  {
    field: 'networks',
    args: { orderBy: { field: 'KEY', direction: 'DESC' } },
    selection: '{ acronym }',
  },
  { field: 'node', args: { id: meetingId }, selection: '{ id ... on Meeting { number } }' },
  { field: 'nodes', args: { ids: [meetingId] }, selection: '{ id ... on Meeting { number } }' },
  {
    field: 'organisations',
    args: { orderBy: { field: 'NAME', direction: 'ASC' } },
    selection: '{ id }',
  },
  {
    field: 'people',
    args: { orderBy: { field: 'NAME', direction: 'DESC' } },
    selection: '{ id name }',
  },
  { field: 'participation', args: { state: 'CHN' }, selection: '{ state { iso3 } }' },
  {
    field: 'publications',
    args: { orderBy: { field: 'NAME', direction: 'ASC' } },
    selection: '{ id title }',
  },
  {
    field: 'path',
    args: { from: 'CHN', to: 'NEAMPAN', maxHops: 3, types: ['MEMBER_OF'] },
    selection: '{ length }',
  },
  { field: 'places', args: { orderBy: { field: 'KEY', direction: 'DESC' } }, selection: '{ id }' },
  {
    field: 'programme',
    args: { slug: 'nature-conservation' },
    selection: '{ slug networks { acronym } }',
  },
  {
    field: 'programmes',
    args: { orderBy: { field: 'NAME', direction: 'DESC' } },
    selection: '{ slug }',
  },
  { field: 'project', args: { slug: 'amur-tiger-leopard-dna-analysis' }, selection: '{ slug }' },
  {
    field: 'projects',
    args: { orderBy: { field: 'KEY', direction: 'DESC' } },
    selection: '{ slug }',
  },
  { field: 'search', args: { text: 'marine', first: 3 }, selection: '{ node { id } }' },
  {
    field: 'history',
    args: { of: meetingId, first: 2 },
    selection:
      '{ edges { node { operation facts(first: 1) { action } } } pageInfo { hasNextPage } }',
  },
  {
    field: 'changes',
    args: { since: '2000-01-01T00:00:00.000Z', by: 'import', first: 2 },
    selection: '{ edges { cursor node { origin operation } } }',
  },
  { field: 'sources', args: { orderBy: { field: 'KEY', direction: 'DESC' } }, selection: '{ id }' },
  {
    field: 'species',
    args: { orderBy: { field: 'NAME', direction: 'DESC' } },
    selection: '{ id }',
  },
];

/** The GraphQL literal of `value` as an argument of type `type`. */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null) return 'null';
  if (isListType(nullable))
    return Array.isArray(value)
      ? `[${value.map((item) => literal(item, nullable.ofType)).join(', ')}]`
      : literal(value, nullable.ofType);
  if (isEnumType(nullable)) return String(value);
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([name, item]) => `${name}: ${literal(item, fields[name]?.type as GraphQLInputType)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

const argumentTypes = (field: string) =>
  new Map(
    (schema.getQueryType()?.getFields()[field]?.args ?? []).map((arg) => [arg.name, arg.type]),
  );

/** A list argument given as a single value, as GraphQL allows for variables and literals. */
const single = (value: unknown, type: GraphQLInputType) =>
  isListType(getNullableType(type)) && Array.isArray(value) && value.length === 1
    ? value[0]
    : value;

/** The operations of one case, each with its variables. */
function forms({ field, args, selection }: Case) {
  const types = argumentTypes(field);
  const typeOf = (name: string) => {
    const type = types.get(name);
    if (type === undefined) throw new Error(`${field} has no argument ${name}`);
    return type;
  };
  const names = Object.keys(args);
  const call = (value: (name: string) => string) =>
    `${field}(${names.map((name) => `${name}: ${value(name)}`).join(', ')}) ${selection}`;
  const definitions = (withDefaults: boolean) =>
    names
      .map((name) => {
        const type = typeOf(name);
        return `$${name}: ${type}${withDefaults ? ` = ${literal(args[name], type)}` : ''}`;
      })
      .join(', ');
  const singles = Object.fromEntries(names.map((name) => [name, single(args[name], typeOf(name))]));
  return {
    literals: { text: `{ ${call((name) => literal(args[name], typeOf(name)))} }`, variables: {} },
    variables: {
      text: `query (${definitions(false)}) { ${call((name) => `$${name}`)} }`,
      variables: args,
    },
    defaults: {
      text: `query (${definitions(true)}) { ${call((name) => `$${name}`)} }`,
      variables: {},
    },
    singleLiterals: {
      text: `{ ${call((name) => literal(singles[name], typeOf(name)))} }`,
      variables: {},
    },
    singleVariables: {
      text: `query (${definitions(false)}) { ${call((name) => `$${name}`)} }`,
      variables: singles,
    },
  };
}

describe('arguments given as literals, variables, defaults or single values', () => {
  it('covers every root field that takes arguments', () => {
    const withArguments = Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => field.name);
    expect(new Set(cases.map((c) => c.field))).toEqual(new Set(withArguments));
  });

  it.each(cases.map((c) => [c.field, JSON.stringify(c.args), c] as const))(
    '%s(%s) answers the same in every form',
    async (_field, _args, testCase) => {
      const answers = Object.entries(forms(testCase));
      const [first, ...others] = await Promise.all(
        answers.map(async ([form, { text, variables }]) => {
          const { status, data, errors } = await query(text, variables);
          return [form, { text, status, data, errors }] as const;
        }),
      );
      const reference = first?.[1];
      expect(reference?.errors, reference?.text).toBeUndefined();
      expect(reference?.status).toBe(200);
      // Something was answered: the field's value is not null.
      expect(reference?.data?.[testCase.field], reference?.text).not.toBeNull();
      for (const [form, answer] of others)
        expect({ form, ...answer, text: undefined }, answer.text).toEqual({
          form,
          ...reference,
          text: undefined,
        });
    },
  );

  it('takes a list variable given as a single value where the list sits deeper', async () => {
    const text = `query ($t: [RelationshipType!]) {
      memberState(iso3: "MNG") { relationships(types: $t) { type } }
    }`;
    const [one, list] = [
      await query(text, { t: 'MEMBER_OF' }),
      await query(text, { t: ['MEMBER_OF'] }),
    ];
    expect(one.errors).toBeUndefined();
    expect(one.data).toEqual(list.data);
  });

  it('applies a variable default to @include', async () => {
    const text = 'query ($i: Boolean = false) { memberStates { iso3 name @include(if: $i) } }';
    const { errors, data } = await query(text);
    expect(errors).toBeUndefined();
    const states = data?.memberStates as Record<string, unknown>[];
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) expect(Object.keys(state)).toEqual(['iso3']);
  });

  it('refuses a default beyond a limit as the literal is refused', async () => {
    const literalAnswer = await query('{ decisions(first: 150) { totalCount } }');
    const byDefault = await query('query ($n: Int = 150) { decisions(first: $n) { totalCount } }');
    expect(literalAnswer.errors?.[0]?.message).toMatch(/first/);
    const what = (errors: typeof byDefault.errors) =>
      errors?.map(({ message, extensions }) => ({ message, extensions }));
    expect(what(byDefault.errors)).toEqual(what(literalAnswer.errors));
  });

  it('refuses a variable that cannot be coerced as bad input naming it', async () => {
    const { status, errors } = await query(
      'query ($n: Int) { decisions(first: $n) { totalCount } }',
      {
        n: 'three',
      },
    );
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.message).toMatch(/\$n/);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
