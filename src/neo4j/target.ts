import type { Neo4jTarget } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Neo4jConnection } from './database.ts';
import { startLocalNeo4j } from './local/server.ts';

export interface ProvidedNeo4j {
  connection: Neo4jConnection;
  /** Stops the managed server when this process started it; otherwise does nothing. */
  release(): Promise<void>;
}

/** The Neo4j the service uses: the server NEO4J_URI names, else the managed local one. */
export async function provideNeo4j(target: Neo4jTarget, logger: Logger): Promise<ProvidedNeo4j> {
  if (target.kind === 'external') {
    const { uri, username, password, database } = target;
    return { connection: { uri, username, password, database }, release: async () => {} };
  }
  const local = await startLocalNeo4j({ ...target, onProgress: (message) => logger.info(message) });
  return {
    connection: {
      uri: local.uri,
      username: local.username,
      password: local.password,
      database: target.database,
    },
    release: async () => {
      if (!local.owned) return;
      logger.info('Stopping the local Neo4j');
      await local.stop();
    },
  };
}
