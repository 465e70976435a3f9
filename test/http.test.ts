import { afterAll, describe, expect, it } from 'vitest';
import { testApp, testDatabase } from './support/database.ts';

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
