/**
 * npm run bench — load on the running service, operation by operation, on the NEASPEC dataset
 * and on a synthetic graph 100 times larger. Prints requests/s, p50 and p99 latency, errors, and
 * the Cypher round trips each operation costs, with the response cache off so that each request
 * runs its query. Traffic goes to loopback only, for a bounded time.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) set the load per operation.
 */
import { join } from 'node:path';
import autocannon from 'autocannon';
import { importDataset } from '../src/dataset/importer.ts';
import { migrate } from '../src/neo4j/migrate.ts';
import { dataDir, projectRoot } from '../src/paths.ts';
import { encodeId } from '../src/schema/ids.ts';
import { benchDatabase } from './neo4j.ts';
import { benchService, printTable } from './service.ts';
import { writeSyntheticDataset } from './synthetic-dataset.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const say = (message: string) => process.stdout.write(`${message}\n`);

const operations: [name: string, query: string][] = [
  ['lookup', '{ memberState(iso3: "KOR") { name networks { acronym } projects { name } } }'],
  [
    'nested traversal',
    `{ meetings(first: 20) { edges { node { title decisions { kind subjects {
        ... on Network { programme { networks { acronym } } }
        ... on Project { programme { networks { acronym } } }
        ... on Programme { networks { acronym } } } } } } } }`,
  ],
  [
    'participation',
    '{ participation { state { iso3 } kind target { ... on Entity { name } } evidence { quote note } } }',
  ],
  [
    'path',
    `{ path(from: "${encodeId('MemberState', 'MNG')}", to: "${encodeId('Network', 'NEAMPAN')}") {
        length relationships { type evidence { quote note } } } }`,
  ],
  [
    'search',
    '{ search(text: "Amur leopard", first: 10) { score node { ... on Entity { name } } } }',
  ],
  [
    'paginated connection',
    '{ decisions(first: 20, fromYear: 2005, programme: "nature-conservation") { totalCount pageInfo { endCursor } edges { node { kind summary meeting { number } } } } }',
  ],
];

interface Row {
  graph: string;
  operation: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  roundTrips: string;
}

async function measure(graph: string, url: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [operation, query] of operations) {
    const body = JSON.stringify({ query });
    const headers = { 'content-type': 'application/json' };
    const probe = await fetch(url, { method: 'POST', headers, body });
    const timing = probe.headers.get('server-timing') ?? '';
    const answer = (await probe.json()) as { errors?: { message: string }[] };
    if (answer.errors) throw new Error(`${operation} failed: ${answer.errors[0]?.message}`);
    const result = await autocannon({
      url,
      method: 'POST',
      headers,
      body,
      connections,
      duration: seconds,
    });
    rows.push({
      graph,
      operation,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx + result.timeouts,
      roundTrips: /(\d+) round trips?/.exec(timing)?.[1] ?? '?',
    });
    say(`  ${graph} / ${operation}: ${Math.round(result.requests.average)} req/s`);
  }
  return rows;
}

const synthetic = join(projectRoot, 'bench/.data/x100');
say('Writing the synthetic dataset (100 copies of data/) …');
await writeSyntheticDataset(synthetic, 100);
const { db, connection, release } = await benchDatabase(say);
const rows: Row[] = [];
try {
  await migrate(db);
  for (const [graph, dir] of [
    ['dataset', dataDir],
    ['synthetic x100', synthetic],
  ] as const) {
    const report = await importDataset(db, dir, { replace: true });
    say(`${graph}: ${report.nodes.reduce((sum, row) => sum + row.total, 0)} nodes imported`);
    // Every request runs its Cypher: served from the response cache, a repeated query would
    // measure a map lookup (bench:peers gives the cached figures beside the uncached ones).
    const service = await benchService(connection, { RESPONSE_CACHE_ENTRIES: '0' });
    try {
      rows.push(...(await measure(graph, service.url)));
    } finally {
      await service.stop();
    }
  }
} finally {
  await release();
}

say(`\n${connections} connections, ${seconds} s per operation; latency in ms`);
printTable(
  ['graph', 'operation', 'req/s', 'p50', 'p99', 'errors', 'round trips'],
  rows.map((row) => [
    row.graph,
    row.operation,
    row.requestsPerSecond.toFixed(0),
    String(row.p50),
    String(row.p99),
    String(row.errors),
    row.roundTrips,
  ]),
  say,
);
