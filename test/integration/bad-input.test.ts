/**
 * Hostile and broken requests against the service as it runs: whatever a client sends, the
 * answer is never a 5xx, the process stays up, and the graph does not change.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../harness/free-port.ts';
import { type ServiceProcess, startService, waitForStatus } from '../../harness/service-process.ts';
import { encodeId } from '../../src/schema/ids.ts';
import {
  expiredToken,
  foreignToken,
  signedToken,
  testSecret,
  token,
  unsignedToken,
} from '../support/auth.ts';
import { snapshot } from '../support/dataset.ts';
import { rawRequest, requestText } from '../support/raw-http.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

interface Case {
  name: string;
  /** Where to send it, when not to /graphql (a GET's parameters). */
  path?: string;
  body?: string | Blob;
  headers?: Record<string, string>;
  method?: string;
  /** When the exact answer matters: the status and, optionally, the error code or message. */
  expect?: { status: number; code?: string; message?: RegExp };
}

const json = { 'content-type': 'application/json' };

/** A GraphQL request with variables, as JSON. */
const op = (
  name: string,
  query: string,
  variables: Record<string, unknown> = {},
  extra: Partial<Case> = {},
): Case => ({
  name,
  body: JSON.stringify({ query, variables }),
  ...extra,
  headers: { ...json, ...extra.headers },
});

/** `{ open { open { ... inner } } }`, braces balanced whatever `open` holds. */
const nested = (levels: number, open: string, inner: string) => {
  const closers = ((open.match(/\{/g)?.length ?? 0) + 1) * levels;
  return `{ ${`${open} { `.repeat(levels)}${inner}${' }'.repeat(closers)} }`;
};

/** Strings that mean something to Lucene or Cypher, for every text argument. */
const injections = [
  '*',
  '?',
  'name:Amur',
  'a AND b OR NOT c',
  '"unclosed',
  '(leopard',
  'leopard~2',
  'leopard^10',
  '/regex.*/',
  '\\',
  'a && b || c',
  '[a TO z]',
  '+must -not',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x'); DROP CONSTRAINT entity_id; //",
  '$ids',
  '`backtick`',
  'MATCH (n) RETURN n',
  '\u0000\u0001',
];

const textArguments: [string, string][] = [
  ['search(text:)', 'query ($v: String!) { search(text: $v) { score } }'],
  ['memberState(iso3:)', 'query ($v: String!) { memberState(iso3: $v) { id } }'],
  ['network(acronym:)', 'query ($v: String!) { network(acronym: $v) { id } }'],
  ['programme(slug:)', 'query ($v: String!) { programme(slug: $v) { id } }'],
  ['project(slug:)', 'query ($v: String!) { project(slug: $v) { id } }'],
  ['meetings(hostState:)', 'query ($v: String) { meetings(hostState: $v) { totalCount } }'],
  ['decisions(programme:)', 'query ($v: String) { decisions(programme: $v) { totalCount } }'],
  ['decisions(network:)', 'query ($v: String) { decisions(network: $v) { totalCount } }'],
  ['decisions(state:)', 'query ($v: String) { decisions(state: $v) { totalCount } }'],
  ['participation(state:)', 'query ($v: String) { participation(state: $v) { kind } }'],
];

const neampan = encodeId('Network', 'NEAMPAN');

function cases(editor: string, badTokens: Record<string, string>): Case[] {
  const malformedJson = [
    '{',
    '{"query":',
    'null',
    '[]',
    '"a string"',
    '123',
    '{"query": 5}',
    '{"query": null}',
    '{"query": ["{ __typename }"]}',
    '{"query": "{ __typename }", "variables": "x"}',
    '{"query": "{ __typename }", "variables": [1]}',
    '{"query": "{ __typename }", "operationName": 5}',
    '{"query": "{ __typename }", "extensions": "x"}',
    '{"query": "{ __typename }"} trailing',
    '\u0000',
  ].map((body, i) => ({ name: `malformed JSON #${i}`, body, headers: json }));

  const csrf = { 'x-graphql-yoga-csrf': '1' };
  const multipart = (fields: Record<string, string>): Case => ({
    name: `multipart ${JSON.stringify(fields)}`,
    body: `${Object.entries(fields)
      .map(
        ([name, value]) =>
          `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('')}--b--\r\n`,
    headers: { ...csrf, 'content-type': 'multipart/form-data; boundary=b' },
    expect: { status: 400 },
  });
  const parameters: Case[] = [
    ...['variables', 'extensions'].map((name) => ({
      name: `GET with ${name} that are not JSON`,
      method: 'GET',
      path: `/graphql?query=%7B__typename%7D&${name}=%7Bbad`,
      headers: csrf,
      expect: { status: 400, code: 'BAD_REQUEST' },
    })),
    {
      name: 'GET with variables that are not a map',
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D&variables=5',
      headers: csrf,
      expect: { status: 400 },
    },
    {
      name: 'form with variables that are not JSON',
      body: 'query=%7B__typename%7D&variables=%7Bbad',
      headers: { ...csrf, 'content-type': 'application/x-www-form-urlencoded' },
      expect: { status: 400, code: 'BAD_REQUEST' },
    },
    multipart({ operations: '{bad' }),
    multipart({ operations: 'null' }),
    multipart({ operations: '5' }),
    multipart({ operations: '{"query":"{ __typename }"}', map: '{bad' }),
    multipart({ operations: '{"query":"{ __typename }"}', map: '{"0": 5}' }),
    {
      ...multipart({ operations: '{"query":"{ __typename }"}', map: '{"0": ["variables.x"]}' }),
      expect: { status: 200 },
    },
    multipart({ operations: '5', map: '{"0": ["a"]}' }),
  ];

  const contentTypes: Case[] = [
    {
      name: 'text/plain body (CSRF)',
      body: '{"query":"{ __typename }"}',
      headers: { 'content-type': 'text/plain' },
      expect: { status: 403 },
    },
    {
      name: 'form body (CSRF)',
      body: 'query=%7B__typename%7D',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      expect: { status: 403 },
    },
    {
      name: 'multipart body',
      body: '--x\r\n\r\n--x--',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    },
    { name: 'no content type', body: '{"query":"{ __typename }"}', headers: {} },
    { name: 'GET without a query', method: 'GET', expect: { status: 400, code: 'BAD_REQUEST' } },
    {
      name: 'invalid UTF-8',
      body: new Blob([Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])]),
      headers: json,
    },
  ];

  const malformedGraphql = [
    '{',
    'query {',
    '{ unknownField }',
    'mutation',
    'subscription { memberStates { id } }',
    '{ memberStates { unknown } }',
    'query Q { __typename } query Q { __typename }',
    '{ ...Missing }',
    'fragment F on Query { __typename }',
    '{ memberStates(iso3: "x") { iso3 } }',
    '{ meeting { id } }',
    '{ memberStates }',
    '}}}}',
    '{ "a" }',
    `{ ${'x'.repeat(20_000)} }`,
  ].map((query, i) => op(`malformed GraphQL #${i}`, query));

  const wrongTypes = [
    '{ meeting(number: "18") { id } }',
    '{ meeting(number: 1.5) { id } }',
    '{ meeting(number: 99999999999) { id } }',
    '{ meetings(first: "ten") { totalCount } }',
    '{ network(acronym: 5) { id } }',
    '{ search(text: null) { score } }',
    '{ path(from: 5, to: 6) { length } }',
    '{ decisions(kind: NOT_A_KIND) { totalCount } }',
    '{ decisions(kind: "LAUNCHED") { totalCount } }',
    '{ meetings(first: 2.5) { totalCount } }',
    '{ neighbourhood(id: "x", depth: "2") { truncated } }',
    '{ memberState(iso3: ["KOR"]) { id } }',
  ].map((query, i) => op(`wrong type #${i}`, query));
  wrongTypes.push(
    op('variable of the wrong type', 'query ($n: Int!) { meeting(number: $n) { id } }', { n: 'x' }),
    op('missing variable', 'query ($n: Int!) { meeting(number: $n) { id } }'),
    op('variable that is an object', 'query ($n: Int!) { meeting(number: $n) { id } }', {
      n: { a: 1 },
    }),
  );

  const deep = [
    op('depth 9, within the limits', nested(4, 'networks { memberStates', 'id')),
    op(
      'depth 21',
      nested(10, 'networks { memberStates', 'id'),
      {},
      { expect: { status: 200, code: 'QUERY_TOO_COMPLEX' } },
    ),
    op('depth 61', nested(30, 'networks { memberStates', 'id')),
    op('depth 201', nested(100, 'networks { memberStates', 'id')),
    op(
      'introspection 40 deep',
      `{ __schema { types { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } }`,
    ),
    op(
      'cost over the limit',
      // Every State's networks' States' projects' participants' networks' States, 30 times over.
      `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: participation { state { networks { memberStates { projects { participants { networks { memberStates { iso3 } } } } } } } }`).join(' ')} }`,
      {},
      {
        expect: { status: 200, code: 'QUERY_TOO_COMPLEX' },
      },
    ),
  ];

  const aliases = [31, 100, 1000].map((n) =>
    op(
      `${n} aliases`,
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { __typename }`).join(' ')} }`,
      {},
      {
        expect: {
          status: 200,
          message: n > 500 ? /Token limit of 3000 exceeded/ : /Aliases limit of 30 exceeded/,
        },
      },
    ),
  );
  aliases.push(
    op(
      '25 directives',
      `{ __typename ${'@include(if: true) '.repeat(25)}}`,
      {},
      {
        expect: { status: 200, message: /Directives limit of 20 exceeded/ },
      },
    ),
    op(
      '20 aliased participations',
      `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: participation { kind }`).join(' ')} }`,
    ),
    op(
      'aliases in a fragment',
      `{ ...F } fragment F on Query { ${Array.from({ length: 50 }, (_, i) => `f${i}: __typename`).join(' ')} }`,
    ),
  );

  const chain = (levels: number, inner: string) => {
    let document = 'query { ...F0 }\n';
    for (let i = 0; i < levels; i += 1)
      document += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    return `${document}fragment F${levels} on Query { ${inner} }`;
  };
  const fragments = [
    op('fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    op('self-spreading fragment', '{ ...A } fragment A on Query { __typename ...A }'),
    op('exponential fragments (30 levels)', chain(30, '__typename')),
    op('exponential fragments over a list', chain(20, 'participation { kind }')),
    op('fragment on a wrong type', '{ ...A } fragment A on Network { id }'),
    op('unused fragment', '{ __typename } fragment A on Query { __typename }'),
  ];

  const pageSizes = [
    ['meetings(first: 101)', 'first'],
    ['meetings(first: 2147483647)', 'first'],
    ['meetings(first: -5)', 'first'],
    ['meetings(last: 1000)', 'last'],
    ['decisions(first: 100000)', 'first'],
    ['search(text: "a", first: 10000)', 'first'],
  ].map(([field, argument]) =>
    op(
      `huge page ${field}`,
      `{ ${field} { __typename } }`,
      {},
      {
        expect: {
          status: 200,
          code: 'BAD_USER_INPUT',
          message: new RegExp(`Argument \\\\"${argument}\\\\"`),
        },
      },
    ),
  );

  const bodies: Case[] = [
    {
      name: '70 KB body',
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(70_000)}` }),
      headers: json,
      expect: { status: 413 },
    },
    { name: '1 MB body', body: 'x'.repeat(1_000_000), headers: json, expect: { status: 413 } },
    { name: '8 MB body', body: 'x'.repeat(8_000_000), headers: json, expect: { status: 413 } },
  ];

  const ids = [
    '',
    'x',
    '=====',
    Buffer.from('Foo:1').toString('base64'),
    Buffer.from('Network:').toString('base64'),
    Buffer.from(':').toString('base64'),
    'A'.repeat(5_000),
    'ÜñîçøðÉ',
    `${neampan}==`,
    neampan.replace(/=/g, ''),
    `${neampan}\n`,
    Buffer.from('Network:NEAMPAN\u0000').toString('base64'),
  ];
  const badIds = [
    ...ids.map((id, i) =>
      op(`malformed global id #${i}`, 'query ($id: ID!) { node(id: $id) { id } }', { id }),
    ),
    op('malformed ids in nodes', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ['x', neampan, '==='],
    }),
    op('malformed path ends', 'query ($a: ID!) { path(from: $a, to: $a) { length } }', {
      a: 'garbage',
    }),
    op(
      'malformed neighbourhood centre',
      'query ($a: ID!) { neighbourhood(id: $a) { truncated } }',
      { a: '!!' },
    ),
    op(
      'malformed decision id to delete',
      'mutation ($id: ID!) { deleteDecision(id: $id) { __typename } }',
      { id: 'x' },
      {
        headers: { authorization: `Bearer ${editor}` },
      },
    ),
  ];

  const injected = textArguments.flatMap(([argument, query]) =>
    injections.map((value, i) => op(`${argument} with injection #${i}`, query, { v: value })),
  );

  const tokens = Object.entries(badTokens).flatMap(([kind, bearer]) => [
    op(
      `mutation with ${kind}`,
      'mutation { deleteDecision(id: "x") { __typename } }',
      {},
      {
        headers: { authorization: bearer },
        expect: { status: kind === 'reader token' ? 403 : 401 },
      },
    ),
    op(
      `read with ${kind}`,
      '{ memberStates { iso3 } }',
      {},
      {
        headers: { authorization: bearer },
        expect: {
          status: ['reader token', 'basic credentials', 'no bearer scheme'].includes(kind)
            ? 200
            : 401,
        },
      },
    ),
  ]);

  const hostileWrites = [
    { key: "x'}) DETACH DELETE n //", kind: 'NOTED' },
    { key: 'ok', kind: 'NOTED', proposedBy: "KOR'}) MATCH (n) DETACH DELETE n //" },
    { key: 'ok', kind: 'NOTED', subjects: { networks: ['NEAMPAN`) DETACH DELETE n //'] } },
    { key: 'ok', kind: 'NOTED', evidence: [{ source: 'som-18-page', quote: '*' }] },
    { key: 'ok', kind: 'NOTED', evidence: [{ source: "som-18-page'})", note: 'x' }] },
    { key: 'ok', kind: 'NOTED', evidence: [] },
    { key: 'k'.repeat(9_000), kind: 'NOTED' },
    { key: 'ok', kind: 'NOTED', summary: 's'.repeat(60_000) },
    { key: 'ok', kind: 'NOTED', evidence: [{ source: 'som-18-page', quote: 'e' }] },
    {
      key: 'ok',
      kind: 'NOTED',
      evidence: [{ source: 'som-18-page', quote: 'the Meeting launched '.repeat(1_700) }],
    },
    { key: 'ok', kind: 'NOTED', evidence: [{ source: 'neacap-page', note: 'n'.repeat(20_000) }] },
    { key: 'ok', kind: 'NOTED', subjects: { networks: ['N'.repeat(5_000)] } },
  ].map((input, i) =>
    op(
      `hostile decision #${i}`,
      'mutation ($input: DecisionInput!) { recordDecision(input: $input) { __typename } }',
      {
        input: {
          meeting: 18,
          summary: 'hostile',
          evidence: [{ source: 'som-18-page', quote: 'the Meeting launched' }],
          ...input,
        },
      },
      {
        headers: { authorization: `Bearer ${editor}` },
        expect: { status: 200, message: /"InvalidInputError"/ },
      },
    ),
  );

  return [
    ...malformedJson,
    ...parameters,
    ...contentTypes,
    ...malformedGraphql,
    ...wrongTypes,
    ...deep,
    ...aliases,
    ...fragments,
    ...pageSizes,
    ...bodies,
    ...badIds,
    ...injected,
    ...tokens,
    ...hostileWrites,
  ];
}

describe('bad input against the running service', () => {
  let service: ServiceProcess;
  let url: string;
  let all: Case[];
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    const neo4j = inject('neo4j');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    service = startService({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      AUTH_JWT_SECRET: testSecret,
      LOG_LEVEL: 'warn',
    });
    await waitForStatus(`${url}/ready`, 200, 60_000);
    all = cases(await token(), {
      'no bearer scheme': await token(),
      'expired token': `Bearer ${await expiredToken()}`,
      'foreign token': `Bearer ${await foreignToken()}`,
      'unsigned token': `Bearer ${unsignedToken()}`,
      'garbage token': 'Bearer garbage',
      'empty bearer': 'Bearer ',
      'reader token': `Bearer ${await token(['reader'])}`,
      'basic credentials': `Basic ${Buffer.from('proxy:secret').toString('base64')}`,
      'subject that is a number': `Bearer ${await signedToken({ sub: 42 })}`,
      'subject that is a map': `Bearer ${await signedToken({ sub: {} })}`,
      'empty subject': `Bearer ${await signedToken({ sub: '' })}`,
      'subject with NUL, U+202E and markup': `Bearer ${await signedToken({ sub: 'a\u0000\u202e<script>' })}`,
      'token issued in the future': `Bearer ${await signedToken({ sub: 'x', iat: Math.floor(Date.now() / 1000) + 3600 })}`,
      'token valid until 1e20': `Bearer ${await signedToken({ sub: 'x', exp: 1e20 })}`,
    });
    before = await snapshot(db);
  }, 90_000);

  afterAll(async () => {
    service?.child.kill('SIGTERM');
    await service?.exited;
  });

  it('has at least 340 cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(340);
  });

  it('answers every one without a server error, as each expects', async () => {
    const failures: string[] = [];
    for (const c of all) {
      const response = await fetch(`${url}${c.path ?? '/graphql'}`, {
        method: c.method ?? 'POST',
        headers: c.headers,
        ...(c.method === 'GET' ? {} : { body: c.body }),
      }).catch((error: Error) => error);
      if (response instanceof Error) {
        // An oversized upload is refused before it is read: the client may see the connection
        // close while it is still sending, instead of the 413.
        if (c.expect?.status !== 413) failures.push(`${c.name}: ${response.message}`);
        continue;
      }
      const text = await response.text();
      if (response.status >= 500)
        failures.push(`${c.name}: ${response.status} ${text.slice(0, 200)}`);
      if (c.expect && response.status !== c.expect.status) {
        failures.push(
          `${c.name}: expected ${c.expect.status}, got ${response.status} ${text.slice(0, 200)}`,
        );
      }
      if (c.expect?.code && !text.includes(`"code":"${c.expect.code}"`)) {
        failures.push(`${c.name}: expected code ${c.expect.code}: ${text.slice(0, 200)}`);
      }
      if (c.expect?.message && !c.expect.message.test(text)) {
        failures.push(`${c.name}: expected ${c.expect.message}: ${text.slice(0, 200)}`);
      }
      if (/at .*\.(ts|js):\d+|Neo4jError|Neo\.ClientError|MATCH \(/.test(text)) {
        failures.push(`${c.name}: leaks internals: ${text.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers 400 to a Host or request target that makes no URL, and 408 to a body that never ends', async () => {
    const port = Number(new URL(url).port);
    const body = '{"query":"{ __typename }"}';
    const raw: [string, string, number][] = [
      ['Host with a space', requestText('GET /graphql HTTP/1.1', ['Host: a b']), 400],
      ['Host "%"', requestText('GET /graphql HTTP/1.1', ['Host: %']), 400],
      ['Host "[::1"', requestText('GET /graphql HTTP/1.1', ['Host: [::1']), 400],
      ['Host with port 99999', requestText('GET /health HTTP/1.1', ['Host: a:99999']), 400],
      ['target "*"', requestText('GET * HTTP/1.1', ['Host: localhost']), 400],
      ['OPTIONS *', requestText('OPTIONS * HTTP/1.1', ['Host: localhost']), 400],
      ['absolute target', requestText('GET http://x/health HTTP/1.1', ['Host: x']), 400],
      ['target without a slash', requestText('GET graphql HTTP/1.1', ['Host: localhost']), 400],
      [
        'a body that never ends',
        requestText(
          'POST /graphql HTTP/1.1',
          ['Host: localhost', 'Content-Type: application/json', `Content-Length: ${body.length}`],
          body.slice(0, 10),
        ),
        408,
      ],
    ];
    const failures: string[] = [];
    for (const [name, request, status] of raw) {
      const answer = await rawRequest(port, request, 60_000);
      if (answer.status !== status)
        failures.push(`${name}: expected ${status}, got ${answer.text.slice(0, 300)}`);
      if (/\bat .*\(|node_modules|node:internal|\.(ts|js):\d+/.test(answer.text))
        failures.push(`${name}: leaks internals: ${answer.text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  }, 90_000);

  it('is still up, and the graph is unchanged', async () => {
    expect(service.child.exitCode).toBeNull();
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect(await snapshot(db)).toEqual(before);
  });
});
