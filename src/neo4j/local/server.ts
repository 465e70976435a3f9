import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveClasspath } from './classpath.ts';
import { alternatives, LocalNeo4jError, requireJava, run } from './toolchain.ts';

export interface LocalNeo4jOptions {
  /** The instance's own folder (conf, data, logs, password), git-ignored. */
  home: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  onProgress: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** True when this process started (or adopted) the server and so stops it on exit. */
  owned: boolean;
  stop(): Promise<void>;
}

/** What the state file records about a running instance. */
interface State {
  pid: number;
  boltPort: number;
  /** The process that stops the server when it exits; null for one started on its own. */
  owner: number | null;
}

const entryPoint = 'org.neo4j.server.CommunityEntryPoint';
const startTimeoutMs = 120_000;
const stopTimeoutMs = 60_000;

const stateFile = (home: string) => join(home, 'server.json');
const passwordFile = (home: string) => join(home, 'password');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Is `pid` a Neo4j server running from this home (not a recycled pid of something else)? */
async function isOurServer(pid: number, home: string): Promise<boolean> {
  if (!alive(pid)) return false;
  const { output } = await run('ps', ['-o', 'args=', '-p', String(pid)]);
  return output.includes(entryPoint) && output.includes(home);
}

async function readState(home: string): Promise<State | undefined> {
  if (!existsSync(stateFile(home))) return undefined;
  const state = JSON.parse(await readFile(stateFile(home), 'utf8')) as State;
  return (await isOurServer(state.pid, home)) ? state : undefined;
}

const writeState = (home: string, state: State) =>
  writeFile(stateFile(home), `${JSON.stringify(state)}\n`);

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function configuration(options: LocalNeo4jOptions): string {
  return [
    '# Written by the NEASPEC knowledge graph service at every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${options.pageCacheSize}`,
    // Bolt otherwise waits twice for 5 s of quiet before it shuts down; the service has closed
    // its connections by then, so a short wait stops a local server in about a second.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    '',
  ].join('\n');
}

function javaArguments(options: LocalNeo4jOptions, classpath: string): string[] {
  return [
    `-Xms${options.heapSize}`,
    `-Xmx${options.heapSize}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    classpath,
    entryPoint,
    `--home-dir=${options.home}`,
    `--config-dir=${join(options.home, 'conf')}`,
  ];
}

/** The password of the instance, generated and set before its first start. */
async function password(home: string, classpath: string): Promise<string> {
  if (existsSync(passwordFile(home))) return (await readFile(passwordFile(home), 'utf8')).trim();
  if (existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    throw new LocalNeo4jError(
      `The local Neo4j in ${home} has a database but its password file is gone: delete that folder to start afresh.`,
    );
  }
  const secret = randomBytes(16).toString('hex');
  const result = await run(
    'java',
    ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', secret],
    { env: { NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') } },
  );
  if (result.code !== 0) {
    throw new LocalNeo4jError(`Could not set the local Neo4j password: ${result.output.trim()}`);
  }
  await writeFile(passwordFile(home), `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function lastLogLines(home: string): Promise<string> {
  for (const name of ['neo4j.log', 'console.log']) {
    const file = join(home, 'logs', name);
    if (!existsSync(file)) continue;
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const errors = lines.filter((line) => /ERROR|Exception/.test(line));
    return (errors.length > 0 ? errors : lines).slice(-3).join(' | ');
  }
  return 'no log written';
}

async function waitUntilReady(home: string, pid: number, port: number): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      throw new LocalNeo4jError(
        `The local Neo4j exited during start-up: ${await lastLogLines(home)}`,
      );
    }
    if (await acceptsConnections(port)) return;
    await sleep(250);
  }
  throw new LocalNeo4jError(
    `The local Neo4j did not open Bolt port ${port} within ${startTimeoutMs / 1000} s: ${await lastLogLines(home)}`,
  );
}

/** Stops the server process `pid`: SIGTERM, then SIGKILL if it has not stopped in time. */
async function stopServer(home: string, pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + stopTimeoutMs;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  await rm(stateFile(home), { force: true });
}

/** Stops the instance in `home` if it runs; resolves true when one was stopped. */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const state = await readState(home);
  if (state === undefined) return false;
  await stopServer(home, state.pid);
  return true;
}

export async function localNeo4jStatus(
  home: string,
): Promise<{ running: false } | { running: true; pid: number; boltPort: number; ready: boolean }> {
  const state = await readState(home);
  if (state === undefined) return { running: false };
  return { running: true, ...state, ready: await acceptsConnections(state.boltPort) };
}

function connection(home: string, state: State, secret: string, owned: boolean): LocalNeo4j {
  return {
    uri: `bolt://127.0.0.1:${state.boltPort}`,
    username: 'neo4j',
    password: secret,
    pid: state.pid,
    owned,
    // By the pid it was started with, so it stops even if its state file is gone.
    stop: async () => {
      if (owned && (await isOurServer(state.pid, home))) await stopServer(home, state.pid);
    },
  };
}

/**
 * Starts the managed local Neo4j in `home`, or reuses the one already running there.
 * With `standalone` the server outlives this process (the neo4j:start command); otherwise this
 * process owns it and stops it on exit. A server whose owner died is adopted, so none is orphaned.
 */
export async function startLocalNeo4j(
  options: LocalNeo4jOptions,
  { standalone = false } = {},
): Promise<LocalNeo4j> {
  const { home, boltPort, onProgress } = options;
  const owner = standalone ? null : process.pid;
  const running = await readState(home);
  if (running !== undefined) {
    const secret = (await readFile(passwordFile(home), 'utf8')).trim();
    const orphaned = running.owner !== null && !alive(running.owner);
    if (orphaned) await writeState(home, { ...running, owner });
    onProgress(
      `Using the local Neo4j already running (pid ${running.pid}, bolt://127.0.0.1:${running.boltPort})`,
    );
    return connection(home, running, secret, orphaned && !standalone);
  }

  await requireJava();
  const classpath = await resolveClasspath(onProgress);
  for (const folder of ['conf', 'data', 'logs'])
    await mkdir(join(home, folder), { recursive: true });
  await writeFile(join(home, 'conf', 'neo4j.conf'), configuration(options));
  const secret = await password(home, classpath);
  if (await portInUse(boltPort)) {
    throw new LocalNeo4jError(
      `Port ${boltPort} on 127.0.0.1 is already in use by another program: set NEO4J_LOCAL_BOLT_PORT to a free port. ${alternatives}`,
    );
  }

  onProgress(`Starting the local Neo4j on bolt://127.0.0.1:${boltPort} (data in ${home})`);
  const log = openSync(join(home, 'logs', 'console.log'), 'a');
  // Its own process group: a Ctrl-C in the terminal reaches the service, which then stops
  // Neo4j after draining its requests, instead of both shutting down at once.
  const child = spawn('java', javaArguments(options, classpath), {
    detached: true,
    stdio: ['ignore', log, log],
  });
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('Could not start java for the local Neo4j.');
  child.unref();
  const state: State = { pid, boltPort, owner };
  await writeState(home, state);
  try {
    await waitUntilReady(home, pid, boltPort);
  } catch (error) {
    await stopLocalNeo4j(home);
    throw error;
  }
  return connection(home, state, secret, !standalone);
}
