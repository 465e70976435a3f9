import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../harness/free-port.ts';
import { Database } from '../../src/neo4j/database.ts';
import { Readiness } from '../../src/neo4j/readiness.ts';

const neo4j = inject('neo4j');
const target = new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:'));

/** A door to the test's Neo4j that the test opens and closes: Neo4j away and back, at will. */
function door(port: number) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    open: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
          for (const socket of [client, upstream]) {
            sockets.add(socket);
            socket.on('error', () => {});
            socket.on('close', () => {
              sockets.delete(socket);
              client.destroy();
              upstream.destroy();
            });
          }
          client.pipe(upstream).pipe(client);
        }).listen(port, '127.0.0.1', () => resolve());
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server?.close(() => resolve());
      }),
  };
}

describe('readiness and reads, when Neo4j goes away and comes back', () => {
  let db: Database;
  afterAll(() => db?.close());

  it('says not ready for as long as reads fail, and reads again soon after Neo4j answers', async () => {
    const port = await freePort();
    const neo4jDoor = door(port);
    await neo4jDoor.open();
    db = new Database({ ...neo4j, uri: `bolt://127.0.0.1:${port}` }, { queryTimeoutMs: 30_000 });
    const readiness = new Readiness(db, pino({ level: 'silent' }));
    await readiness.prepare(async () => {});
    const reads = () =>
      db.query('RETURN 1 AS one').then(
        () => true,
        () => false,
      );
    expect(await reads()).toBe(true);
    expect(await readiness.isReady()).toBe(true);

    await neo4jDoor.close();
    expect(await reads()).toBe(false);
    expect(await readiness.isReady()).toBe(false);

    await neo4jDoor.open();
    const backAt = Date.now();
    // From Neo4j's return on, each moment: is the service ready, and does a read succeed?
    const moments: { ready: boolean; read: boolean; at: number }[] = [];
    while (Date.now() - backAt < 10_000) {
      const ready = await readiness.isReady();
      moments.push({ ready, read: await reads(), at: Date.now() - backAt });
      if (moments.filter((moment) => moment.read).length >= 5) break;
      await sleep(20);
    }
    expect(moments.filter((moment) => moment.ready && !moment.read)).toEqual([]);
    const firstRead = moments.find((moment) => moment.read);
    // The service looks for Neo4j four times a second; a generous bound for a busy machine.
    expect(firstRead?.at).toBeLessThan(3_000);
    expect(moments.filter((moment) => moment.at > (firstRead?.at ?? 0)).every((m) => m.read)).toBe(
      true,
    );
    await neo4jDoor.close();
  });
});
