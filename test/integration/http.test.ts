import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.ts';
import { securityWith, testApp, testDatabase } from '../support/database.ts';

const db = testDatabase();
afterAll(() => db.close());

describe('the HTTP surface', () => {
  it('answers liveness at /health', async () => {
    const response = await testApp(db).fetch('http://localhost/health');
    expect(response.status).toBe(200);
  });

  it('answers readiness at /ready: 200 when ready, 503 while not', async () => {
    expect((await testApp(db, () => true).fetch('http://localhost/ready')).status).toBe(200);
    expect((await testApp(db, () => false).fetch('http://localhost/ready')).status).toBe(503);
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
