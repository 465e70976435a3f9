import { join } from 'node:path';
import { Neo4jContainer } from '@testcontainers/neo4j';
import { getContainerRuntimeClient } from 'testcontainers';
import { freePort } from '../../harness/free-port.ts';
import { loadConfig } from '../../src/config.ts';
import type { Neo4jConnection } from '../../src/neo4j/database.ts';
import { startLocalNeo4j } from '../../src/neo4j/local/server.ts';
import { localNeo4jDir } from '../../src/paths.ts';
import { chooseNeo4j, type Neo4jChoice } from './neo4j-choice.ts';

export interface TestNeo4j {
  choice: Neo4jChoice;
  connection: Neo4jConnection;
  release(): Promise<void>;
}

/** The managed instance the tests use: its own folder, so a developer's data is never touched. */
export const testInstanceHome = join(localNeo4jDir, 'test');

async function containerRuntimeReachable(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function provideNeo4j(log: (message: string) => void): Promise<TestNeo4j> {
  const choice = await chooseNeo4j(process.env, containerRuntimeReachable);
  if (choice === 'uri') {
    const config = loadConfig(process.env);
    if (config.neo4j.kind !== 'external') throw new Error('NEO4J_URI is set but not used');
    const { uri, username, password, database } = config.neo4j;
    log(`Tests use the Neo4j at ${uri} (NEO4J_URI)`);
    return { choice, connection: { uri, username, password, database }, release: async () => {} };
  }
  if (choice === 'testcontainers') {
    log('Tests use neo4j:5.26-community in a container (Testcontainers)');
    const container = await new Neo4jContainer('neo4j:5.26-community').start();
    return {
      choice,
      connection: {
        uri: container.getBoltUri(),
        username: container.getUsername(),
        password: container.getPassword(),
        database: 'neo4j',
      },
      release: async () => {
        await container.stop();
      },
    };
  }
  const server = await startLocalNeo4j({
    home: testInstanceHome,
    boltPort: await freePort(),
    heapSize: '512m',
    pageCacheSize: '256m',
    onProgress: log,
  });
  log(`Tests use the managed local Neo4j at ${server.uri}`);
  return {
    choice,
    connection: {
      uri: server.uri,
      username: server.username,
      password: server.password,
      database: 'neo4j',
    },
    release: () => server.stop(),
  };
}
