import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../harness/free-port.ts';
import { startInTerminal, startService, waitForStatus } from '../../harness/service-process.ts';
import { readDataset } from '../../src/dataset/importer.ts';
import { run } from '../../src/neo4j/local/toolchain.ts';
import { dataDir } from '../../src/paths.ts';

const neo4j = inject('neo4j');
const external = {
  NEO4J_URI: neo4j.uri,
  NEO4J_USERNAME: neo4j.username,
  NEO4J_PASSWORD: neo4j.password,
  NEO4J_DATABASE: neo4j.database,
};

/** The command lines of the Neo4j servers (JVMs) running from `home`. */
async function neo4jProcessesOf(home: string): Promise<string[]> {
  const { output } = await run('ps', ['-eo', 'args=']);
  return output
    .split('\n')
    .filter((line) => line.includes('CommunityEntryPoint') && line.includes(home));
}

/** Start-up failures a user can fix: one line on stderr, a non-zero exit, no stack. */
async function failedStart(env: Record<string, string>) {
  const service = startService(env);
  const code = await service.exited;
  const lines = service.stderr().trim().split('\n');
  return { code, lines };
}

describe('npm start', () => {
  it('serves GraphQL on PORT against NEO4J_URI and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const service = startService({ ...external, PORT: String(port) });
    await waitForStatus(`http://127.0.0.1:${port}/ready`, 200, 30_000);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodeCounts { label } } }' }),
    });
    expect(response.status).toBe(200);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.stderr()).toBe('');
  });

  it('refuses a bad variable in one line', async () => {
    const { code, lines } = await failedStart({ PORT: 'four thousand' });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'neaspec-kg: Invalid configuration: PORT="four thousand": expected a port number',
    ]);
  });

  it('refuses a malformed NEO4J_URI in one line', async () => {
    const { code, lines } = await failedStart({ ...external, NEO4J_URI: 'localhost:7687' });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/NEO4J_URI="localhost:7687": expected neo4j:\/\/host:port/);
  });

  it('refuses a wrong password in one line', async () => {
    const port = await freePort();
    const { code, lines } = await failedStart({
      ...external,
      NEO4J_PASSWORD: 'not-the-password',
      PORT: String(port),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `neaspec-kg: Neo4j at ${neo4j.uri} refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD`,
    ]);
  });

  it('refuses a missing PERSISTED_OPERATIONS_FILE in one line naming the variable', async () => {
    const file = join(tmpdir(), 'no-such-operations.json');
    const { code, lines } = await failedStart({
      ...external,
      PORT: String(await freePort()),
      PERSISTED_OPERATIONS_FILE: file,
    });
    expect(code).toBe(1);
    expect(lines).toEqual([`neaspec-kg: PERSISTED_OPERATIONS_FILE: cannot read ${file} (ENOENT)`]);
  });

  describe('with its HTTP port taken', () => {
    const holder = createServer();
    afterAll(() => new Promise((resolve) => holder.close(resolve)));

    it('says so in one line', async () => {
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      const address = holder.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const { code, lines } = await failedStart({ ...external, PORT: String(port) });
      expect(code).toBe(1);
      expect(lines).toEqual([
        `neaspec-kg: port ${port} on 127.0.0.1 is already in use: set PORT to a free port`,
      ]);
    });
  });

  describe('without NEO4J_URI', () => {
    let home: string;
    afterAll(() => rm(home, { recursive: true, force: true }));

    it('npm start runs the managed Neo4j, imports the dataset into its empty graph, and stops it with the service', async () => {
      home = await mkdtemp(join(tmpdir(), 'neaspec-managed-'));
      const port = await freePort();
      const service = startService(
        {
          NEO4J_LOCAL_DIR: home,
          NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
          NEO4J_LOCAL_HEAP: '256m',
          NEO4J_LOCAL_PAGECACHE: '64m',
          PORT: String(port),
        },
        { npm: true },
      );
      await waitForStatus(`http://127.0.0.1:${port}/ready`, 200, 240_000);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodeCounts { label count } } }' }),
      });
      const { data } = (await response.json()) as {
        data: { stats: { nodeCounts: { label: string; count: number }[] } };
      };
      const declared = (await readDataset(dataDir)).nodes.filter(
        (node) => node.label === 'Meeting',
      );
      expect(data.stats.nodeCounts.find((row) => row.label === 'Meeting')?.count).toBe(
        declared.length,
      );
      const { pid } = JSON.parse(await readFile(join(home, 'server.json'), 'utf8')) as {
        pid: number;
      };
      expect(() => process.kill(pid, 0)).not.toThrow();

      service.child.kill('SIGTERM');
      expect(await service.exited).toBe(0);
      expect(() => process.kill(pid, 0)).toThrow();
      expect(existsSync(join(home, 'server.json'))).toBe(false);
    }, 300_000);

    /**
     * A request in flight while keys are pressed: its headers and half its body are sent, the
     * rest once the keys have been pressed and their signals have arrived. Resolves with its
     * status (0: the connection closed without an answer).
     */
    async function requestAcross(port: number, press: () => Promise<void>): Promise<number> {
      const body = JSON.stringify({ query: '{ memberStates { iso3 } }' });
      // Once answered before, so that a cold Neo4j's first query is not the one in flight.
      const warm = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(warm.status).toBe(200);
      const socket = createConnection({ host: '127.0.0.1', port });
      let answer = '';
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString();
      });
      const closed = new Promise<void>((resolve) => {
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
      );
      await sleep(500);
      await press();
      socket.write(body.slice(10), () => {});
      await closed;
      return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    }

    it.each([
      ['Ctrl-C lets the request in flight finish, then stops', ['\x03'], 200],
      ['Ctrl-C pressed again a second later stops at once', ['\x03', '\x03'], 0],
    ])(
      '%s: the service and its Neo4j, under npm start in a terminal',
      async (_name, keys, status) => {
        const port = await freePort();
        const service = startInTerminal({
          NEO4J_LOCAL_DIR: home,
          NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
          NEO4J_LOCAL_HEAP: '256m',
          NEO4J_LOCAL_PAGECACHE: '64m',
          PORT: String(port),
        });
        await waitForStatus(`http://127.0.0.1:${port}/ready`, 200, 240_000);
        expect(await neo4jProcessesOf(home)).toHaveLength(1);
        const answered = await requestAcross(port, async () => {
          for (const key of keys) {
            // Each key press reaches npm and the service, and npm forwards it once more.
            service.type(key);
            await sleep(1_000);
          }
        });
        expect(answered).toBe(status);
        expect(await service.exited).toBe(0);
        expect(await neo4jProcessesOf(home)).toEqual([]);
        expect(existsSync(join(home, 'server.json'))).toBe(false);
      },
      300_000,
    );
  });
});
