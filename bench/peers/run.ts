/**
 * npm run bench:peers — this API beside @neo4j/graphql and a hand-written Cypher floor, on the
 * same Neo4j and the same data: the NEASPEC dataset, then a synthetic graph 100 times larger.
 * For each graph it checks that the three answer the same data, PROFILEs the Cypher each sends
 * (total dbHits), then loads each operation with autocannon, the three servers interleaved
 * (each server warmed once on the operation, then in each round a warm-up and a measured run per
 * server, each round starting with another; ROUNDS rounds; median), and prints the comparison:
 * each ratio is the median of the rounds' own, with their range.
 *
 * BENCH_SECONDS (10), WARMUP_SECONDS (2), FIRST_WARMUP_SECONDS (10, each server's first load of an
 * operation, unmeasured), BENCH_CONNECTIONS (10), ROUNDS (2), OPS (names, comma
 * separated), GRAPHS (dataset,x100; x1000 is the graph 1000 times larger). With NEO4J_URI set,
 * that server's graph is replaced.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import autocannon from 'autocannon';
import { graphql } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { freePort } from '../../harness/free-port.ts';
import { loadConfig } from '../../src/config.ts';
import { importDataset } from '../../src/dataset/importer.ts';
import { cypher } from '../../src/neo4j/cypher.ts';
import { Database, type Neo4jConnection } from '../../src/neo4j/database.ts';
import { migrate } from '../../src/neo4j/migrate.ts';
import { dataDir, projectRoot } from '../../src/paths.ts';
import { createApp } from '../../src/server.ts';
import { benchDatabase } from '../neo4j.ts';
import { benchService, printTable } from '../service.ts';
import { syntheticDir, writeSyntheticDataset } from '../synthetic-dataset.ts';
import { dbHits, recordStatements, type SentStatement, sent } from './db-hits.ts';
import { canonical, type Operation, operations } from './operations.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.WARMUP_SECONDS ?? 2);
const warmFirst = Number(process.env.FIRST_WARMUP_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.ROUNDS ?? 2);
const only = process.env.OPS?.split(',');
const graphs = (process.env.GRAPHS ?? 'dataset,x100').split(',');
const say = (message: string) => process.stdout.write(`${message}\n`);
const chosen = operations.filter((op) => !only || only.includes(op.name));
const servers = ['project', 'peer', 'raw'] as const;
/** Loaded besides: this API with its answers cached by graph revision. */
const loaded = [...servers, 'cached'] as const;
type Server = (typeof loaded)[number];

/** A bench server in its own process: the peer or the floor, ready once it says so. */
async function serverProcess(file: string, connection: Neo4jConnection) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, file)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM')),
  };
}

/** The request each server gets for an operation. */
function request(server: Server, op: Operation, urls: Record<Server, string>) {
  if (server === 'raw')
    return { url: `${urls.raw}/${encodeURIComponent(op.name)}`, method: 'GET' as const };
  return {
    url: server === 'peer' ? `${urls.peer}/graphql` : urls[server],
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op[server === 'cached' ? 'project' : server] }),
  };
}

/** Asks each server each operation once; says whether they answer the same data. */
async function verify(urls: Record<Server, string>) {
  const verdicts = new Map<string, string>();
  for (const op of chosen) {
    const answers: Partial<Record<Server, unknown>> = {};
    for (const server of servers) {
      const { url, ...init } = request(server, op, urls);
      const json = (await (await fetch(url, init)).json()) as {
        data?: Record<string, unknown>;
        errors?: unknown;
      };
      if (json.errors || !json.data)
        throw new Error(`${op.name} on ${server}: ${JSON.stringify(json.errors)}`);
      answers[server] = op.data[server](json.data);
    }
    const same = (sortLists: boolean, other: Server) =>
      JSON.stringify(canonical(answers.project, sortLists)) ===
      JSON.stringify(canonical(answers[other], sortLists));
    const verdict = (['peer', 'raw'] as const)
      .map((other) =>
        same(false, other) ? 'same' : same(true, other) ? 'same (other order)' : 'DIFFERENT',
      )
      .join(' / ');
    verdicts.set(op.name, verdict);
    if (verdict.includes('DIFFERENT'))
      say(`  ${op.name}: the answers differ: ${JSON.stringify(answers).slice(0, 2000)}`);
    // The floor is the least work for this API's answer: the same data in the same order.
    if (!same(false, 'raw'))
      throw new Error(`${op.name}: the floor does not answer this API's data in its order`);
  }
  return verdicts;
}

/** The statements this API, the peer and the floor send for each operation, and their dbHits. */
async function profile(
  label: string,
  connection: Neo4jConnection,
  settings: Record<string, string>,
) {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
  );
  // This API in this process, its database recording what it runs.
  const db = new Database(connection, { queryTimeoutMs: 60_000 });
  const recorder = recordStatements(db);
  const app = createApp({
    db,
    isReady: () => true,
    logger: pino({ level: 'silent' }),
    security: loadConfig(settings).security,
  });
  // The peer in this process, its driver recording what it runs.
  let theirs: SentStatement[] = [];
  const recording = new Proxy(driver, {
    get: (target, key) =>
      key === 'session'
        ? (config: never) => {
            const session = target.session(config);
            return new Proxy(session, {
              get: (s, k) =>
                k === 'executeRead' || k === 'executeWrite'
                  ? (work: (tx: never) => unknown, conf: never) =>
                      s[k](
                        (tx) =>
                          work(
                            new Proxy(tx, {
                              get: (t, p) =>
                                p === 'run'
                                  ? (text: string, params: Record<string, unknown>) => {
                                      theirs.push({ text, params });
                                      return t.run(text, params);
                                    }
                                  : Reflect.get(t, p, t),
                            }) as never,
                          ),
                        conf,
                      )
                  : Reflect.get(s, k, s),
            });
          }
        : Reflect.get(target, key, target),
  });
  const typeDefs = readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver: recording as Driver }).getSchema();
  const result = new Map<
    string,
    { project: number; peer: number; raw: number; statements: number }
  >();
  const statements: string[] = [];
  await mkdir(join(projectRoot, 'bench/.data'), { recursive: true });
  for (const op of chosen) {
    recorder.take();
    const response = await app.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.project }),
    });
    await response.text();
    const ours = recorder.take();
    theirs = [];
    await graphql({ schema, source: op.peer, contextValue: {} });
    const raw = [{ text: cypher(op.raw.file), params: op.raw.params }];
    statements.push(
      `## ${op.name}\n\n### this API\n\n${ours.map((s) => `\`\`\`cypher\n${s.text}\n\`\`\``).join('\n\n')}\n\n### @neo4j/graphql\n\n${theirs.map((s) => `\`\`\`cypher\n${s.text}\n\`\`\``).join('\n\n')}\n\n### raw floor\n\n\`\`\`cypher\n${raw[0]?.text}\n\`\`\`\n`,
    );
    result.set(op.name, {
      project: await dbHits(driver, ours.map(sent)),
      peer: await dbHits(driver, theirs),
      raw: await dbHits(driver, raw.map(sent)),
      statements: ours.length,
    });
  }
  await db.close();
  await driver.close();
  await writeFile(join(projectRoot, `bench/.data/peers-cypher-${label}.md`), statements.join('\n'));
  return result;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** What a server measured for an operation: medians of the rounds, errors of all. */
interface Summary {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** An operation's summaries, and each round's ratios of this API's req/s and p50 to others'. */
type Measured = Record<Server, Summary> & {
  vsPeer: number[];
  vsRaw: number[];
  p50VsRaw: number[];
  /** The machine's load average (1 minute) at the end of each measured run. */
  load: number[];
};

/** The median of the rounds' ratios, and with several rounds their range: "1.62 (1.44-1.80)". */
const spread = (xs: number[]) => {
  const f = (x: number) => x.toFixed(2);
  return xs.length > 1
    ? `${f(median(xs))} (${f(Math.min(...xs))}-${f(Math.max(...xs))})`
    : f(median(xs));
};

/**
 * autocannon on every operation, the three servers interleaved, median of the rounds. Ratios
 * are taken within each round, whose runs follow one another: the machine's speed drifts
 * between rounds more than within one.
 */
async function load(urls: Record<Server, string>) {
  const run = (req: ReturnType<typeof request>, duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ ...req, connections, duration }, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  const measured = new Map<string, Measured>();
  for (const op of chosen) {
    const runs: Record<Server, autocannon.Result[]> = {
      project: [],
      peer: [],
      raw: [],
      cached: [],
    };
    const load: number[] = [];
    // Neo4j compiles a statement's plan and the JVM its code paths under load: the first
    // seconds of a statement cost several times its later CPU. Every server's statement runs
    // once before any is measured, so no server is measured while the others' are warm.
    for (const server of loaded) if (warmFirst > 0) await run(request(server, op, urls), warmFirst);
    for (let round = 0; round < rounds; round += 1) {
      // Each round starts with another server: no server is always measured first.
      const order = loaded.map((_, i) => loaded[(i + round) % loaded.length] as Server);
      for (const server of order) {
        const req = request(server, op, urls);
        if (warmup > 0) await run(req, warmup);
        runs[server].push(await run(req, seconds));
        load.push(loadavg()[0] ?? 0);
      }
    }
    const summary = (results: autocannon.Result[]): Summary => ({
      rps: median(results.map((r) => r.requests.average)),
      p50: median(results.map((r) => r.latency.p50)),
      p99: median(results.map((r) => r.latency.p99)),
      errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
    });
    const perRound = (value: (result: autocannon.Result) => number, of: Server) =>
      runs.project.map((result, i) => value(result) / value(runs[of][i] as autocannon.Result));
    measured.set(op.name, {
      project: summary(runs.project),
      peer: summary(runs.peer),
      raw: summary(runs.raw),
      cached: summary(runs.cached),
      vsPeer: perRound((r) => r.requests.average, 'peer'),
      vsRaw: perRound((r) => r.requests.average, 'raw'),
      p50VsRaw: perRound((r) => r.latency.p50, 'raw'),
      load,
    });
    const m = measured.get(op.name);
    say(`  ${op.name}: ${loaded.map((s) => `${s} ${m?.[s].rps.toFixed(0)} req/s`).join(', ')}`);
  }
  return measured;
}

/**
 * The service's settings for a graph `times` the dataset's size. From 1000x the questions about
 * the whole graph (every participation: an estimated 430 711) pass the default cost limit
 * (50 000), as they should on a deployment of that size that keeps it: the limit is raised so
 * they are measured (which raises what counts as an expensive read too, a hundredth of it).
 */
const settingsFor = (times: number): Record<string, string> =>
  times >= 1000 ? { GRAPHQL_MAX_COST: '1000000' } : {};

async function bench(label: string, dir: string, times: number) {
  const settings = settingsFor(times);
  const { db, connection, release } = await benchDatabase(say);
  try {
    await migrate(db);
    say(`${label}: importing ${dir}`);
    await importDataset(db, dir, { replace: true, timeoutMs: 3_600_000 });
    // Compared uncached, as the peer and the floor are; then with its cache, beside them.
    const service = await benchService(connection, { ...settings, RESPONSE_CACHE_ENTRIES: '0' });
    const cached = await benchService(connection, settings);
    const peer = await serverProcess('peer-server.ts', connection);
    const raw = await serverProcess('raw-server.ts', connection);
    try {
      const urls = { project: service.url, peer: peer.url, raw: raw.url, cached: cached.url };
      say(`${label}: checking that the three answer the same data`);
      const verdicts = await verify(urls);
      say(`${label}: PROFILE of each operation's Cypher`);
      const hits = await profile(label, connection, settings);
      say(
        `${label}: load, ${connections} connections, each server first warmed ${warmFirst} s, then ${seconds} s per run after ${warmup} s warm-up, median of ${rounds} rounds`,
      );
      const measured = await load(urls);
      say('');
      say(
        `${label}: ratios are this API's req/s (p50) over the peer's and the floor's, median of the rounds (range); load avg: the machine's 1-minute load average at the end of each run (lowest-highest), ${cpus().length} CPUs`,
      );
      const f = (x: number, digits = 0) => x.toFixed(digits);
      printTable(
        [
          'operation',
          'this API req/s',
          'peer req/s',
          'raw req/s',
          'vs peer',
          'vs raw',
          'cached req/s',
          'p50 ms (API/peer/raw)',
          'p50 vs raw',
          'p99 ms (API/peer/raw)',
          'dbHits (API/peer/raw)',
          'statements',
          'same data (peer/raw)',
          'errors',
          'load avg',
        ],
        chosen.map((op) => {
          const m = measured.get(op.name) as Measured;
          const h = hits.get(op.name) as {
            project: number;
            peer: number;
            raw: number;
            statements: number;
          };
          return [
            op.name,
            f(m.project.rps),
            f(m.peer.rps),
            f(m.raw.rps),
            spread(m.vsPeer),
            spread(m.vsRaw),
            f(m.cached.rps),
            `${m.project.p50}/${m.peer.p50}/${m.raw.p50}`,
            spread(m.p50VsRaw),
            `${m.project.p99}/${m.peer.p99}/${m.raw.p99}`,
            `${h.project}/${h.peer}/${h.raw}`,
            String(h.statements),
            verdicts.get(op.name) ?? '',
            `${m.project.errors}/${m.peer.errors}/${m.raw.errors}`,
            `${f(Math.min(...m.load), 1)}-${f(Math.max(...m.load), 1)}`,
          ];
        }),
        (line) => say(`${label} ${line}`),
      );
      say('');
    } finally {
      await Promise.all([service.stop(), cached.stop(), peer.stop(), raw.stop()]);
    }
  } finally {
    await release();
  }
}

for (const graph of graphs) {
  if (graph === 'dataset') await bench('dataset', dataDir, 1);
  else {
    const times = Number(graph.slice(1));
    const dir = syntheticDir(times);
    say(`${graph}: writing the synthetic dataset (${times} copies of data/)`);
    await writeSyntheticDataset(dir, times);
    await bench(graph, dir, times);
  }
}
