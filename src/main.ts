/**
 * npm start — config -> Neo4j -> listen -> migrate -> import data/ when the graph is empty.
 * Every start-up failure a user can fix ends in one line on stderr and a non-zero exit.
 */
import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { getHeapStatistics } from 'node:v8';
import { heapLimitMb, loadConfig } from './config.ts';
import { graphIsEmpty, importDataset } from './dataset/importer.ts';
import { httpListener } from './http/listener.ts';
import { warmUp } from './http/warm-up.ts';
import { createLogger } from './logger.ts';
import { Database } from './neo4j/database.ts';
import { migrate } from './neo4j/migrate.ts';
import { Readiness } from './neo4j/readiness.ts';
import { provideNeo4j } from './neo4j/target.ts';
import { dataDir } from './paths.ts';
import { createApp } from './server.ts';
import { UserError } from './user-error.ts';

/** How long a stopping service waits for requests in flight. */
const drainTimeoutMs = 10_000;

/**
 * Signals this close to the first come from the same key press (the terminal's and npm's copy of
 * one Ctrl-C), not from a person pressing again.
 */
const sameKeyPressMs = 500;

/**
 * How long a client may take to send a whole request, headers and body (Node waits 300 s), and
 * how often Node looks for clients that took longer: a request the client never finishes sending
 * is answered 408 within seconds instead of holding a connection for minutes.
 */
const requestTimeouts = {
  requestTimeout: 10_000,
  headersTimeout: 10_000,
  connectionsCheckingInterval: 1_000,
};

function fail(message: string): never {
  console.error(`neaspec-kg: ${message}`);
  process.exit(1);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: set PORT to a free port`
          : `cannot listen on ${host}:${port}: ${error.message}`;
      reject(new UserError(reason));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** Fails before anything slow starts when the HTTP port is taken. */
async function assertPortFree(host: string, port: number): Promise<void> {
  const probe = createServer();
  await listen(probe, host, port);
  await new Promise((resolve) => probe.close(resolve));
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig(process.env);
  const logger = createLogger(config.log);
  const heapMb = getHeapStatistics().heap_size_limit / 1024 / 1024;
  const heapWanted = heapLimitMb(config.memoryBudgetMb);
  if (heapMb > heapWanted * 1.25)
    logger.warn(
      `The JavaScript heap may grow to ${heapMb.toFixed(0)} MB, past MEMORY_BUDGET_MB=${config.memoryBudgetMb}: start node with --max-old-space-size=${heapWanted} (npm start does)`,
    );
  const { host, port } = config.http;
  await assertPortFree(host, port);

  const neo4j = await provideNeo4j(config.neo4j, logger);
  const db = new Database(neo4j.connection, { queryTimeoutMs: config.queryTimeoutMs });
  const readiness = new Readiness(db, logger);
  const app = createApp({
    db,
    isReady: () => readiness.isReady(),
    logger,
    security: config.security,
  });
  const listener = httpListener(app, config.security.limits.bodyBytes);
  const server = createServer(requestTimeouts, listener.handle);

  let stopping = false;
  let hurry = () => {};
  const hurried = new Promise<void>((resolve) => {
    hurry = resolve;
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing requests in flight, then stopping`);
    readiness.stop();
    if (server.listening) {
      // No new connections; requests in flight finish, unless they take too long.
      server.close();
      await Promise.race([listener.idle(), sleep(drainTimeoutMs), hurried]);
      server.closeAllConnections();
    }
    await db.close();
    await neo4j.release();
    logger.info('Stopped');
  };
  // Every signal is handled for as long as the process runs: Node's default for a second one,
  // dying at once, would leave the managed Neo4j running. One Ctrl-C in a terminal arrives twice:
  // the terminal signals the whole foreground group, npm and the service, and npm forwards its
  // own at once. So the signals of one key press count once; a signal after that window is a
  // second request to stop, and stops without waiting for requests in flight.
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) {
        if (performance.now() - firstSignalAt < sameKeyPressMs) return;
        logger.info(`${signal} again: no longer waiting for requests in flight`);
        hurry();
        return;
      }
      firstSignalAt = performance.now();
      stop(signal).then(
        () => process.exit(0),
        (error: unknown) => fail(`stopping failed: ${(error as Error).message}`),
      );
    });
  }

  try {
    await listen(server, host, port);
    // The address people type: localhost for this machine's own interfaces.
    const shown = ['0.0.0.0', '127.0.0.1', '::', '::1'].includes(host) ? 'localhost' : host;
    logger.info(`GraphiQL at http://${shown}:${port}/graphql`);
    await readiness.prepare(async () => {
      const schema = await migrate(db);
      logger.info(
        schema.created === 0
          ? 'Graph schema up to date'
          : `Graph schema: ${schema.created} constraints and indexes created`,
      );
      if (await graphIsEmpty(db)) {
        logger.info('The graph is empty: importing the NEASPEC dataset');
        const report = await importDataset(db, dataDir, {
          onProgress: (m) => logger.info(m),
          operation: 'seed',
        });
        const created = report.change.nodes.create.length;
        const linked = report.change.relationships.create.length;
        logger.info(
          `Imported ${created} nodes and ${linked} relationships in ${(report.milliseconds / 1000).toFixed(1)} s`,
        );
      }
      const warming = performance.now();
      const answered = await warmUp(app);
      logger.info(
        `Asked the example questions before answering others (${answered} answers in ${((performance.now() - warming) / 1000).toFixed(1)} s)`,
      );
    });
  } catch (error) {
    await stop('start-up failed');
    throw error;
  }
  logger.info(`Ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof UserError) fail(error.message);
  throw error;
});
