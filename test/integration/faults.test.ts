import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/server.ts';
import { testSecret, token } from '../support/auth.ts';
import { freePort } from '../support/free-port.ts';
import { type ServiceProcess, startService, waitForStatus } from '../support/service-process.ts';

/**
 * Neo4j coming and going under a running service: a Neo4j of its own (stopped and started by
 * the test) and the service as a user runs it.
 */
describe('when Neo4j is away', () => {
  let home: string;
  let boltPort: number;
  let neo4j: LocalNeo4j;
  let service: ServiceProcess;
  let url: string;
  const start = () =>
    startLocalNeo4j({
      home,
      boltPort,
      heapSize: '256m',
      pageCacheSize: '64m',
      onProgress: () => {},
    });

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'neaspec-faults-'));
    boltPort = await freePort();
    // Started once for its password, then stopped: the service starts while Neo4j is away.
    neo4j = await start();
    await neo4j.stop();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    service = startService({
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      AUTH_JWT_SECRET: testSecret,
    });
  }, 120_000);

  afterAll(async () => {
    service?.child.kill('SIGTERM');
    await service?.exited;
    await stopLocalNeo4j(home);
    await rm(home, { recursive: true, force: true });
  });

  const post = async (query: string, variables: Record<string, unknown> = {}, bearer?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    };
    return { status: response.status, ...body };
  };

  it('the service starts anyway: alive, not ready, and says why a query fails', async () => {
    await waitForStatus(`${url}/health`, 200, 30_000);
    expect((await fetch(`${url}/ready`)).status).toBe(503);
    const result = await post('{ memberStates { iso3 } }');
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }, 60_000);

  it('becomes ready when Neo4j arrives, with the dataset imported into the empty graph', async () => {
    neo4j = await start();
    await waitForStatus(`${url}/ready`, 200, 60_000);
    const result = await post('{ network(acronym: "NEAMPAN") { memberStates { iso3 } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.network).toMatchObject({
      memberStates: expect.arrayContaining([{ iso3: 'KOR' }]),
    });
  }, 90_000);

  it('fails requests fast while Neo4j is lost, recovers by itself, and never half-writes', async () => {
    const editor = await token();
    const record = `mutation ($input: DecisionInput!) { recordDecision(input: $input) { __typename } }`;
    // `at` is when a request was sent, `done` when its answer came.
    const outcomes: {
      at: number;
      done: number;
      ok: boolean;
      code?: string | undefined;
      key?: string;
    }[] = [];
    const keys: string[] = [];
    let stoppedAt = 0;
    let restartedAt = 0;

    const loop = (async () => {
      for (let i = 0; i < 400 && (restartedAt === 0 || Date.now() - restartedAt < 6_000); i += 1) {
        const at = Date.now();
        if (i % 2 === 0) {
          const result = await post('{ meeting(number: 18) { decisions { id } } }');
          outcomes.push({
            at,
            done: Date.now(),
            ok: result.errors === undefined,
            code: result.errors?.[0]?.extensions?.code,
          });
        } else {
          const key = `fault-${i}`;
          keys.push(key);
          const input = {
            meeting: 18,
            key,
            kind: 'NOTED',
            summary: 'Written by the fault test.',
            subjects: { networks: ['NEAMPAN'] },
            evidence: [
              {
                source: 'som-18-page',
                quote: 'the Meeting launched the North-East Asian Marine Protected Areas Network',
              },
            ],
          };
          const result = await post(record, { input }, editor);
          outcomes.push({
            at,
            done: Date.now(),
            ok: result.errors === undefined,
            code: result.errors?.[0]?.extensions?.code,
            key,
          });
        }
        await sleep(50);
      }
    })();

    await sleep(2_000);
    stoppedAt = Date.now();
    await stopLocalNeo4j(home);
    // Away for longer than the driver retries a transaction, so requests do fail.
    await sleep(6_000);
    neo4j = await start();
    restartedAt = Date.now();
    await loop;

    const failures = outcomes.filter((outcome) => !outcome.ok);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.code).toBe('SERVICE_UNAVAILABLE');
      // Only requests still running when Neo4j went away may fail.
      expect(failure.done).toBeGreaterThanOrEqual(stoppedAt);
      expect(failure.at).toBeLessThanOrEqual(restartedAt + 3_000);
    }
    expect(
      outcomes.filter((outcome) => outcome.done < stoppedAt).every((outcome) => outcome.ok),
    ).toBe(true);
    const lastSeconds = outcomes.filter((outcome) => outcome.at > restartedAt + 3_000);
    expect(lastSeconds.length).toBeGreaterThan(5);
    expect(lastSeconds.every((outcome) => outcome.ok)).toBe(true);

    // Every write is whole or absent: a decision that exists has its meeting and its subject.
    const { data } = await post(
      '{ meeting(number: 18) { decisions { id summary meeting { number } subjects { ... on Network { acronym } } } } }',
    );
    type Written = { summary: string; meeting: { number: number }; subjects: unknown[] };
    const decisions = (data?.meeting as { decisions: Written[] } | undefined)?.decisions ?? [];
    const written = decisions.filter(
      (decision) => decision.summary === 'Written by the fault test.',
    );
    for (const decision of written) {
      expect(decision.meeting.number).toBe(18);
      expect(decision.subjects).toEqual([{ acronym: 'NEAMPAN' }]);
    }
    const succeeded = outcomes.filter((outcome) => outcome.key && outcome.ok).length;
    expect(written.length).toBeGreaterThanOrEqual(succeeded);
    expect(written.length).toBeLessThanOrEqual(keys.length);
  }, 120_000);

  it('finishes a request in flight on SIGTERM, then stops', async () => {
    // A client that has sent half its request when the service is told to stop.
    const body = JSON.stringify({ query: '{ memberStates { iso3 } }' });
    const socket = createConnection({ host: '127.0.0.1', port: Number(new URL(url).port) });
    let response = '';
    socket.on('data', (chunk) => {
      response += chunk.toString();
    });
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await sleep(300);
    service.child.kill('SIGTERM');
    await sleep(500);
    expect(service.child.exitCode).toBeNull();
    socket.write(body.slice(10));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"iso3":"MNG"');
    expect(await service.exited).toBe(0);
  }, 60_000);
});
