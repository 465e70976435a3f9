/**
 * The Neo4j a benchmark runs against: NEO4J_URI when set, else a managed local instance of its
 * own (.neo4j/bench), so a benchmark never touches the data of `npm start` or the tests. It is
 * answered once its database serves queries (a Neo4j just started opens its port before that).
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../harness/free-port.ts';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/neo4j/database.ts';
import { startLocalNeo4j } from '../src/neo4j/local/server.ts';
import { localNeo4jDir } from '../src/paths.ts';

export async function benchDatabase(say: (message: string) => void) {
  const config = loadConfig(process.env);
  if (config.neo4j.kind === 'external') {
    const { uri, username, password, database } = config.neo4j;
    const db = new Database({ uri, username, password, database }, { queryTimeoutMs: 60_000 });
    return {
      db,
      connection: { uri, username, password, database },
      pid: undefined,
      release: () => db.close(),
    };
  }
  const server = await startLocalNeo4j({
    home: join(localNeo4jDir, 'bench'),
    boltPort: await freePort(),
    // The graph 100 times larger is imported in one transaction with its history (a fact change
    // per fact): 835 MB of transaction memory at its peak while it ran at a 4 GB heap; at 2 GB it
    // failed, past the 1.4 GB Neo4j allows one (MemoryPoolOutOfMemoryError). The graph 1000
    // times larger goes in batches (sync/staged-write.ts).
    heapSize: process.env.NEO4J_LOCAL_HEAP ?? '4g',
    pageCacheSize: process.env.NEO4J_LOCAL_PAGECACHE ?? '1g',
    onProgress: say,
  });
  const connection = {
    uri: server.uri,
    username: server.username,
    password: server.password,
    database: 'neo4j',
  };
  const db = new Database(connection, { queryTimeoutMs: 60_000 });
  while (!(await db.answers())) await sleep(250);
  return {
    db,
    connection,
    /** The server's process, to read its memory. */
    pid: server.pid,
    release: async () => {
      await db.close();
      await server.stop();
    },
  };
}
