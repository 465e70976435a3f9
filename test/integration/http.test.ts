import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpListener } from '../../src/http/listener.ts';
import { projectRoot } from '../../src/paths.ts';
import { createApp } from '../../src/server.ts';
import { securityWith, testApp, testDatabase } from '../support/database.ts';
import { rawRequest, requestText } from '../support/raw-http.ts';

const db = testDatabase();
afterAll(() => db.close());

describe('the HTTP surface', () => {
  it('answers liveness at /health, with the version and the graph revision', async () => {
    const response = await testApp(db).fetch('http://localhost/health');
    expect(response.status).toBe(200);
    const { version } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
    expect(await response.json()).toEqual({
      status: 'alive',
      version,
      graphRevision: expect.any(Number),
    });
  });

  it('answers readiness at /ready: 200 when ready, 503 while not', async () => {
    expect((await testApp(db, () => true).fetch('http://localhost/ready')).status).toBe(200);
    expect((await testApp(db, () => false).fetch('http://localhost/ready')).status).toBe(503);
  });

  it('answers readiness at /ready itself only, and says why a failing check failed', async () => {
    const notReady = testApp(db, () => false);
    expect((await notReady.fetch('http://localhost/no-such-page/ready')).status).toBe(404);
    // A query whose URL happens to end in /ready is a query.
    const query = await notReady.fetch('http://localhost/graphql?query=%7B__typename%7D&x=/ready', {
      headers: { accept: 'application/json' },
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    const failing = testApp(db, () => Promise.reject(new Error('Neo4j did not answer')));
    const response = await failing.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('Neo4j did not answer');
  });

  it('serves GraphiQL, with its assets inlined, to a browser at /graphql', async () => {
    const response = await testApp(db).fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<title>NEASPEC knowledge graph</title>');
    expect(page).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('sends people landing on / to GraphiQL', async () => {
    const response = await testApp(db).fetch('http://localhost/', { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphql');
  });

  it('reports the Cypher round trips of a query in Server-Timing', async () => {
    const response = await testApp(db).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodeCounts { label count } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('server-timing')).toMatch(/^cypher;desc="1 round trip";dur=\d/);
  });
});

describe('what the HTTP surface allows', () => {
  it('answers CORS preflights for any origin by default, and only for listed origins when configured', async () => {
    const preflight = (app: ReturnType<typeof testApp>, origin: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const open = await preflight(testApp(db), 'https://dashboard.example');
    expect(open.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const listed = testApp(
      db,
      () => true,
      securityWith({ CORS_ORIGINS: 'https://dashboard.example' }),
    );
    expect(
      (await preflight(listed, 'https://dashboard.example')).headers.get(
        'access-control-allow-origin',
      ),
    ).toBe('https://dashboard.example');
    expect(
      (await preflight(listed, 'https://elsewhere.example')).headers.get(
        'access-control-allow-origin',
      ),
    ).not.toBe('https://elsewhere.example');
  });

  it('runs only known operations in allow-list mode', async () => {
    const query = '{ memberStates { iso3 } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const file = join(await mkdtemp(join(tmpdir(), 'persisted-')), 'operations.json');
    await writeFile(file, JSON.stringify({ [hash]: query }));
    const app = testApp(
      db,
      () => true,
      securityWith({ PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: 'true' }),
    );
    const send = (body: object) =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const known = (await (
      await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    ).json()) as {
      data: { memberStates: unknown[] };
    };
    expect(known.data.memberStates).toHaveLength(6);
    const arbitrary = (await (await send({ query })).json()) as { errors: { message: string }[] };
    expect(arbitrary.errors[0]?.message).toMatch(/PersistedQueryOnly|persisted/i);
  });

  it('knows a persisted operation only by its own hashes, never by a name every object has', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'persisted-')), 'operations.json');
    await writeFile(file, JSON.stringify({ ['a'.repeat(64)]: '{ memberStates { iso3 } }' }));
    const app = testApp(db, () => true, securityWith({ PERSISTED_OPERATIONS_FILE: file }));
    const ask = async (sha256Hash: string) => {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
      return { status: response.status, body: await response.text() };
    };
    const unknown = await ask('b'.repeat(64));
    expect(unknown.body).toMatch(/PersistedQueryNotFound/);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(await ask(name), name).toEqual(unknown);
  });

  it('logs one line per request, with its id, operation, duration and outcome, and no token', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const app = createApp({ db, isReady: () => true, logger, security: securityWith() });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'dashboard-42',
        authorization: 'Bearer secret.token.value',
      },
      body: JSON.stringify({
        query: 'query CountStates { memberStates { iso3 } }',
        operationName: 'CountStates',
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('dashboard-42');
    const entry = lines.find((line) => line.msg === 'graphql request');
    expect(entry).toMatchObject({
      requestId: 'dashboard-42',
      operation: 'CountStates',
      status: 401,
      outcome: 'UNAUTHENTICATED',
    });
    expect(typeof entry?.durationMs).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret.token.value');
  });
});

/** A stack frame, a source file or a Node internal: what an answer must never show. */
const internals = /\bat .*\(|\.(ts|js):\d+|node_modules|node:internal/;

describe('the HTTP listener', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const app = createApp({ db, isReady: () => true, logger, security: securityWith() });
    server = createServer(httpListener(app, 65_536).handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const csrf = 'x-graphql-yoga-csrf: 1';
  const get = (parameters: string) =>
    rawRequest(port, requestText(`GET /graphql?${parameters} HTTP/1.1`, ['Host: localhost', csrf]));
  const post = (contentType: string, body: string) =>
    rawRequest(
      port,
      requestText(
        'POST /graphql HTTP/1.1',
        [
          'Host: localhost',
          csrf,
          `Content-Type: ${contentType}`,
          `Content-Length: ${Buffer.byteLength(body)}`,
        ],
        body,
      ),
    );
  const multipart = (fields: Record<string, string>) =>
    post(
      'multipart/form-data; boundary=b',
      `${Object.entries(fields)
        .map(
          ([name, value]) =>
            `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        )
        .join('')}--b--\r\n`,
    );

  it.each([
    ['a Host with a space', requestText('GET /graphql HTTP/1.1', ['Host: a b'])],
    ['a Host of "%"', requestText('GET /graphql HTTP/1.1', ['Host: %'])],
    ['an unclosed IPv6 Host', requestText('GET /graphql HTTP/1.1', ['Host: [::1'])],
    [
      'a Host with a port out of range',
      requestText('GET /health HTTP/1.1', ['Host: localhost:99999']),
    ],
    ['the request target "*"', requestText('GET * HTTP/1.1', ['Host: localhost'])],
    ['OPTIONS "*"', requestText('OPTIONS * HTTP/1.1', ['Host: localhost'])],
    [
      'an absolute request target',
      requestText('GET http://localhost/health HTTP/1.1', ['Host: localhost']),
    ],
  ])('answers 400 without a stack to %s', async (_name, request) => {
    const answer = await rawRequest(port, request);
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(internals);
  });

  it.each([
    [
      'GET variables that are not JSON',
      () => get('query=%7B__typename%7D&variables=%7Bbad'),
      /The \\"variables\\" parameter is not valid JSON/,
    ],
    [
      'GET extensions that are not JSON',
      () => get('query=%7B__typename%7D&extensions=%7Bbad'),
      /The \\"extensions\\" parameter is not valid JSON/,
    ],
    [
      'form variables that are not JSON',
      () => post('application/x-www-form-urlencoded', 'query=%7B__typename%7D&variables=%7Bbad'),
      /The \\"variables\\" parameter is not valid JSON/,
    ],
    [
      'multipart operations that are not JSON',
      () => multipart({ operations: '{bad' }),
      /field \\"operations\\" must be a valid JSON/,
    ],
    [
      'multipart operations that are null',
      () => multipart({ operations: 'null' }),
      /field \\"operations\\"/,
    ],
    [
      'a multipart map that is not JSON',
      () => multipart({ operations: '{"query":"{ __typename }"}', map: '{bad' }),
      /field \\"map\\"/,
    ],
    [
      'a multipart map that names no list',
      () => multipart({ operations: '{"query":"{ __typename }"}', map: '{"0": 5}' }),
      /field \\"map\\"/,
    ],
  ])('answers 400 naming the parameter to %s', async (_name, send, parameter) => {
    const answer = await send();
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(parameter);
    expect(answer.text).not.toMatch(internals);
  });

  it('still runs a well-formed GET, form and multipart request', async () => {
    const query = 'query=%7B__typename%7D&variables=%7B%7D';
    expect((await get(query)).text).toContain('{"data":{"__typename":"Query"}}');
    expect((await post('application/x-www-form-urlencoded', query)).text).toContain(
      '{"data":{"__typename":"Query"}}',
    );
    expect((await multipart({ operations: '{"query":"{ __typename }"}' })).text).toContain(
      '{"data":{"__typename":"Query"}}',
    );
  });

  it('logs an outcome that agrees with the status, and each error once', async () => {
    lines.length = 0;
    await get('query=%7B__typename%7D&variables=%7Bbad');
    await get('query=%7B__typename%7D');
    const requests = lines.filter((line) => line.msg === 'graphql request');
    expect(requests.map(({ status, outcome }) => ({ status, outcome }))).toEqual([
      { status: 400, outcome: 'BAD_REQUEST' },
      { status: 200, outcome: 'ok' },
    ]);
    expect(lines.filter((line) => line.msg !== 'graphql request')).toEqual([]);
  });

  it('logs an unexpected error once, in full, and shows the client only that it happened', async () => {
    const logged: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    // Statements that fail as no caller could expect, as a bug would make them.
    const broken = new Proxy(db, {
      get: (target, key) => {
        if (key === 'query') return () => Promise.reject(new Error('injected failure'));
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const app = createApp({
      db: broken,
      isReady: () => true,
      logger: log,
      security: securityWith(),
    });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ memberStates { iso3 } }' }),
    });
    expect(JSON.stringify(await response.json())).not.toContain('injected');
    const errors = logged.filter((line) => Number(line.level) >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      msg: 'unexpected error in a GraphQL request',
      err: { message: 'injected failure' },
    });
  });
});
