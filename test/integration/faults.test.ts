import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../harness/free-port.ts';
import { type ServiceProcess, startService, waitForStatus } from '../../harness/service-process.ts';
import { Database } from '../../src/neo4j/database.ts';
import { type LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/server.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { testSecret, token } from '../support/auth.ts';
import { graphql, testApp, testDatabase } from '../support/database.ts';

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
      // Many writes at once while Neo4j comes and goes: no editor's limit stands in the way.
      CURATION_WRITES_PER_MINUTE: '100000',
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

  it('after a crash and restart, says not ready for as long as reads fail, and reads again soon', async () => {
    // With a token, so that no answer comes from the service's cache of anonymous answers.
    const editor = await token();
    const read = async () => (await post('{ meeting(number: 18) { title } }', {}, editor)).status;
    // Several connections in the service's pool, all of them to the server about to crash.
    expect(await Promise.all(Array.from({ length: 8 }, read))).toEqual(Array(8).fill(200));
    const { pid } = neo4j;
    process.kill(pid, 'SIGKILL');
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (alive()) await sleep(50);
    // Nothing is asked of the service while Neo4j is away: it finds out when it is asked again.
    neo4j = await start();
    const direct = new Database(
      { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: 'neo4j' },
      { queryTimeoutMs: 60_000 },
    );
    while (!(await direct.answers())) await sleep(100);
    const backAt = Date.now();
    await direct.close();

    // Each tick: a read, then /ready; until the service has read again ten times.
    const ticks: { at: number; read: number; ready: number }[] = [];
    const deadline = Date.now() + 60_000;
    const readsAgain = () => ticks.filter((tick) => tick.read === 200);
    while (Date.now() < deadline && readsAgain().length < 10) {
      const at = Date.now();
      ticks.push({ at, read: await read(), ready: (await fetch(`${url}/ready`)).status });
      await sleep(100);
    }

    // While reads fail, /ready says so; once it says ready, reads succeed.
    expect(ticks.filter((tick) => tick.read !== 200 && tick.ready === 200)).toEqual([]);
    const firstRead = readsAgain()[0]?.at ?? Number.POSITIVE_INFINITY;
    // The service looks for Neo4j again within a second; the bound is generous for a busy machine.
    expect(firstRead - backAt).toBeLessThan(5_000);
    expect(ticks.filter((tick) => tick.at > firstRead).every((tick) => tick.read === 200)).toBe(
      true,
    );
  }, 240_000);

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
      // Until Neo4j has been back 6 s and the service has answered a few requests sent from 3 s
      // after its return, however long the restart and the first cold queries take on a busy
      // machine.
      const deadline = Date.now() + 180_000;
      const seenRecovery = () =>
        restartedAt > 0 &&
        Date.now() - restartedAt > 6_000 &&
        outcomes.filter((outcome) => outcome.at > restartedAt + 3_000).length > 5;
      for (let i = 0; Date.now() < deadline && !seenRecovery(); i += 1) {
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
    // Neo4j opens its port before its database serves queries, seconds later on a busy machine:
    // the service is asked to recover from when Neo4j itself has.
    const direct = new Database(
      { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: 'neo4j' },
      { queryTimeoutMs: 60_000 },
    );
    while (!(await direct.answers())) await sleep(250);
    await direct.close();
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
  }, 240_000);

  it('answers SERVICE_UNAVAILABLE within seconds while Neo4j hangs, and recovers when it resumes', async () => {
    // With a token, so that no answer comes from the service's cache of anonymous answers.
    const bearer = await token(['reader']);
    const read = async () => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: '{ memberStates { iso3 } }' }),
        signal: AbortSignal.timeout(40_000),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return {
        status: response.status,
        code: body.errors?.[0]?.extensions?.code,
        retryAfter: response.headers.get('retry-after'),
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    };
    expect((await read()).status).toBe(200);
    // A paused process keeps its connections open and answers nothing, as a hung server does.
    process.kill(neo4j.pid, 'SIGSTOP');
    let answers: Awaited<ReturnType<typeof read>>[];
    try {
      answers = await Promise.all([read(), read(), read()]);
      answers.push(await read(), await read());
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
      expect(answer.seconds).toBeLessThan(8);
    }
    const deadline = Date.now() + 15_000;
    let recovered = await read();
    while (recovered.status !== 200 && Date.now() < deadline) {
      await sleep(500);
      recovered = await read();
    }
    expect(recovered.status).toBe(200);
  }, 90_000);

  it('lets a long write (an import, with its own timeout) wait out a pause, where a read fails fast', async () => {
    const db = new Database(
      { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: 'neo4j' },
      { queryTimeoutMs: 60_000 },
    );
    try {
      // Paused for longer than a read may wait before it is failed as unavailable (5 s).
      const paused = async (work: () => Promise<unknown>) => {
        process.kill(neo4j.pid, 'SIGSTOP');
        const resume = setTimeout(() => process.kill(neo4j.pid, 'SIGCONT'), 7_000);
        try {
          return await work();
        } finally {
          await sleep(7_000);
          clearTimeout(resume);
        }
      };
      // Connected before the pause, as a running service is.
      await db.read(statements.read.entityCount);
      await expect(paused(() => db.read(statements.read.entityCount))).rejects.toThrow(
        'does not answer',
      );
      while (!(await db.answers())) await sleep(250);
      // The same Database, its connections as the read left them.
      await sleep(1_500);
      const started = performance.now();
      const written = await db.writeTransaction(
        async (run) => {
          await run(statements.write.curationEntities, { ids: [] });
          return paused(() => run(statements.write.curationEntities, { ids: [] }));
        },
        { timeoutMs: 60_000 },
      );
      expect(written).toEqual([]);
      expect(performance.now() - started).toBeGreaterThan(6_000);
    } finally {
      await db.close();
    }
  }, 90_000);

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

describe('when every Neo4j connection is taken', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('a request that cannot get one in time answers SERVICE_UNAVAILABLE', async () => {
    // A service that has been answering: its probe connection open, Neo4j past its cold start
    // (a just-started Neo4j takes seconds to accept a hundred connections at once).
    expect(await db.answers()).toBe(true);
    await Promise.all(Array.from({ length: 20 }, () => db.read(statements.read.entityCount)));
    // As many read transactions as reads have connections, each holding its own until closed.
    const holders = await Promise.all(Array.from({ length: 100 }, () => db.snapshot()));
    const started = performance.now();
    const busy = await graphql(testApp(db), '{ memberStates { iso3 } }');
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(holders.map((holder) => holder.close()));
    expect(busy.status).toBe(503);
    expect(busy.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(seconds).toBeLessThan(8);
    const after = await graphql(testApp(db), '{ memberStates { iso3 } }');
    expect(after.errors).toBeUndefined();
  }, 60_000);
});
