import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { downloadedBytes } from '../../src/neo4j/local/classpath.ts';
import { localNeo4jStatus, startLocalNeo4j } from '../../src/neo4j/local/server.ts';
import { LocalNeo4jError, requireJava, runMaven } from '../../src/neo4j/local/toolchain.ts';
import { testInstanceHome } from '../support/provide-neo4j.ts';

// A Neo4j of the developer's own on 127.0.0.1 (NEO4J_URI) is not the managed instance.
const managed = inject('neo4jChoice') === 'managed';

/** Runs `work` with a PATH on which neither java nor mvn can be found. */
async function withoutToolchain<T>(work: () => Promise<T>): Promise<T> {
  const path = process.env.PATH;
  process.env.PATH = await mkdtemp(join(tmpdir(), 'empty-path-'));
  try {
    return await work();
  } finally {
    process.env.PATH = path;
  }
}

describe('the managed local Neo4j', () => {
  it('says in one sentence what to do when Java is missing', async () => {
    const error = await withoutToolchain(() => requireJava()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(
      /^Java is not installed: .*docker compose up.*NEO4J_URI/,
    );
  });

  it('says in one sentence what to do when Maven is missing', async () => {
    const error = await withoutToolchain(() => runMaven(['-v'], () => {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(
      /^Maven \(mvn\) is not installed: .*docker compose up/,
    );
  });

  it('reads the download sizes Maven reports, for progress', () => {
    expect(
      downloadedBytes(
        '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/a/b.jar (6.7 MB at 19 MB/s)',
      ),
    ).toBe(6.7e6);
    expect(downloadedBytes('[INFO] Downloading from central: https://x/b.jar')).toBeUndefined();
  });

  describe.runIf(managed)('the instance the tests run on', () => {
    it('is running, on loopback, with a generated password', async () => {
      const status = await localNeo4jStatus(testInstanceHome);
      expect(status).toMatchObject({ running: true, ready: true });
      const password = (await readFile(join(testInstanceHome, 'password'), 'utf8')).trim();
      expect(password).toMatch(/^[0-9a-f]{32}$/);
      expect(inject('neo4j').password).toBe(password);
      const conf = await readFile(join(testInstanceHome, 'conf', 'neo4j.conf'), 'utf8');
      expect(conf).toContain('server.http.enabled=false');
      expect(conf).toContain('dbms.security.auth_enabled=true');
      expect(conf).toMatch(/server\.bolt\.listen_address=127\.0\.0\.1:\d+/);
    });

    it('is reused, not started twice, and not stopped by a process that did not start it', async () => {
      const status = await localNeo4jStatus(testInstanceHome);
      const again = await startLocalNeo4j({
        home: testInstanceHome,
        boltPort: 1,
        heapSize: '512m',
        pageCacheSize: '256m',
        onProgress: () => {},
      });
      expect(status.running && again.pid).toBe(status.running && status.pid);
      expect(again.uri).toBe(inject('neo4j').uri);
      expect(again.owned).toBe(false);
      await again.stop();
      expect((await localNeo4jStatus(testInstanceHome)).running).toBe(true);
    });
  });

  describe('a Bolt port that another program holds', () => {
    const holder = createServer();
    let home: string;
    afterAll(async () => {
      holder.close();
      await rm(home, { recursive: true, force: true });
    });

    it('is refused with the variable to change', async () => {
      home = await mkdtemp(join(tmpdir(), 'neo4j-home-'));
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      const address = holder.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const start = startLocalNeo4j({
        home,
        boltPort: port,
        heapSize: '256m',
        pageCacheSize: '64m',
        onProgress: () => {},
      });
      await expect(start).rejects.toThrow(
        new RegExp(
          `^Port ${port} on 127\\.0\\.0\\.1 is already in use by another program: set NEO4J_LOCAL_BOLT_PORT`,
        ),
      );
    });
  });
});
