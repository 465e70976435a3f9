/**
 * npm run bench:load — a bounded mixed load on the running service: LOAD_CLIENTS concurrent
 * clients (default 20) for LOAD_SECONDS (default 30), reads of every kind and curation writes,
 * all on 127.0.0.1. Reports throughput, p50/p99 latency, errors per operation (by code) and the
 * service's peak memory (VmHWM, Linux), started as `npm start` starts it (its heap limited by
 * MEMORY_BUDGET_MB). LOAD_EXPENSIVE more clients (default 0) send, besides, expensive queries
 * (every meeting's decisions and all participation with its evidence), each of its own so that
 * no cache answers it: the cheap reads must not fail or slow down much because of them (an
 * expensive query may be refused as busy; its row counts those refusals). The writers, all one
 * editor changing one membership, are not held to CURATION_WRITES_PER_MINUTE (a limit of 100 000
 * unless set): under its default of 60 almost every write would be a refusal, which measures the
 * limit, not the writes.
 */
import { loadavg } from 'node:os';
import { mintToken } from '../src/auth/mint.ts';
import { loadConfig } from '../src/config.ts';
import { importDataset } from '../src/dataset/importer.ts';
import { migrate } from '../src/neo4j/migrate.ts';
import { dataDir } from '../src/paths.ts';
import { encodeId } from '../src/schema/ids.ts';
import { benchDatabase } from './neo4j.ts';
import { benchService, printTable, residentMb, withBudget } from './service.ts';

const clients = Number(process.env.LOAD_CLIENTS ?? 20);
const expensiveClients = Number(process.env.LOAD_EXPENSIVE ?? 0);
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const budgetMb = Number(process.env.MEMORY_BUDGET_MB ?? 512);
const say = (message: string) => process.stdout.write(`${message}\n`);
const secret = 'load-test-secret-that-is-long-enough-0123456789';

interface Operation {
  name: string;
  weight: number;
  body: (i: number) => object;
  write?: boolean;
}

const evidence = [{ source: 'neaspec-som-outcomes', note: 'Written by the load test.' }];
const operations: Operation[] = [
  {
    name: 'lookup',
    weight: 30,
    body: () => ({ query: '{ memberState(iso3: "KOR") { name networks { acronym } } }' }),
  },
  {
    name: 'traversal',
    weight: 15,
    body: () => ({
      query:
        '{ meeting(number: 18) { decisions { kind proposedBy { iso3 } subjects { ... on Entity { name } } } } }',
    }),
  },
  {
    name: 'participation',
    weight: 10,
    body: () => ({ query: '{ participation { state { iso3 } kind } }' }),
  },
  {
    name: 'path',
    weight: 10,
    body: () => ({
      query: `{ path(from: "${encodeId('MemberState', 'MNG')}", to: "${encodeId('Network', 'NEAMPAN')}") { length } }`,
    }),
  },
  { name: 'search', weight: 15, body: () => ({ query: '{ search(text: "leopard") { score } }' }) },
  {
    name: 'page',
    weight: 15,
    body: () => ({ query: '{ decisions(first: 10) { totalCount edges { node { summary } } } }' }),
  },
  {
    name: 'write',
    weight: 5,
    write: true,
    body: (i) => ({
      query: `mutation ($input: ${i % 2 === 0 ? 'Add' : 'Remove'}MemberOfInput!) { ${i % 2 === 0 ? 'add' : 'remove'}MemberOf(input: $input) { __typename } }`,
      variables: {
        input: {
          from: encodeId('MemberState', 'MNG'),
          to: encodeId('Network', 'NEACAP'),
          ...(i % 2 === 0 ? { evidence } : {}),
        },
      },
    }),
  },
];

/** An expensive query: every meeting's decisions and what they concern, and more. */
const expensive: Operation = {
  name: 'expensive',
  weight: 0,
  body: (i) => ({
    query: `# ${i}
      { meetings(first: 100) { edges { node { title decisions { summary
          subjects { ... on Entity { name } } proposedBy { name } } } } }
        participation { state { iso3 } kind target { ... on Entity { name } } evidence { note } } }`,
  }),
};

const totalWeight = operations.reduce((sum, op) => sum + op.weight, 0);
function pick(): Operation {
  let roll = Math.random() * totalWeight;
  for (const op of operations) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return operations[0] as Operation;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const { db, connection, release } = await benchDatabase(say);
try {
  await migrate(db);
  await importDataset(db, dataDir, { replace: true });
  const service = await benchService(connection, {
    AUTH_JWT_SECRET: secret,
    CURATION_WRITES_PER_MINUTE: process.env.CURATION_WRITES_PER_MINUTE ?? '100000',
    ...withBudget(budgetMb),
  });
  const token = await mintToken(loadConfig({ AUTH_JWT_SECRET: secret }).security.auth, {
    subject: 'load-test',
    roles: ['editor'],
    expiresIn: '1h',
  });

  const sent = expensiveClients > 0 ? [...operations, expensive] : operations;
  /** Latencies and failed requests (by error code) per operation. */
  const tally = () => ({
    latencies: new Map<string, number[]>(sent.map((op) => [op.name, []])),
    errors: new Map<string, Map<string, number>>(sent.map((op) => [op.name, new Map()])),
  });
  // The whole run, and the requests sent after its first third: a Neo4j just started compiles
  // its first plans meanwhile, which sets every p99 of the whole run on a busy machine.
  const whole = tally();
  const settled = tally();
  const { latencies } = whole;
  const settledFrom = Date.now() + (seconds * 1000) / 3;
  const deadline = Date.now() + seconds * 1000;
  let writes = 0;
  let expensiveSent = 0;
  say(
    `${clients} clients${expensiveClients > 0 ? ` and ${expensiveClients} sending expensive queries` : ''} for ${seconds} s …`,
  );
  await Promise.all(
    Array.from({ length: clients + expensiveClients }, async (_, client) => {
      while (Date.now() < deadline) {
        const op = client < clients ? pick() : expensive;
        const started = performance.now();
        const tallies = Date.now() >= settledFrom ? [whole, settled] : [whole];
        const response = await fetch(service.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(op.write ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(
            op.body(op.write ? writes++ : op === expensive ? expensiveSent++ : 0),
          ),
        }).catch(() => undefined);
        const body = (await response?.json().catch(() => undefined)) as
          | { errors?: { extensions?: { code?: string } }[] }
          | undefined;
        const code =
          !response?.ok || body?.errors
            ? (body?.errors?.[0]?.extensions?.code ??
              (response ? `HTTP ${response.status}` : 'no response'))
            : undefined;
        for (const { latencies, errors } of tallies) {
          latencies.get(op.name)?.push(performance.now() - started);
          if (code === undefined) continue;
          const byCode = errors.get(op.name) as Map<string, number>;
          byCode.set(code, (byCode.get(code) ?? 0) + 1);
        }
      }
    }),
  );
  const peak = await residentMb(service.pid, 'VmHWM');
  // Every expensive answer sent or dropped has given its place back.
  const { expensiveReads } = (await (
    await fetch(service.url.replace(/\/graphql$/, '/memory'))
  ).json()) as { expensiveReads: Record<string, number> };
  await service.stop();

  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const count = (byCode: Map<string, number>) => [...byCode.values()].reduce((a, b) => a + b, 0);
  /** One row over the operations named: requests, p50, p99, errors by code. */
  const row = (label: string, names: readonly string[], { latencies, errors } = whole) => {
    const sorted = names.flatMap((name) => latencies.get(name) ?? []).sort((a, b) => a - b);
    const byCode = new Map<string, number>();
    for (const name of names)
      for (const [code, n] of errors.get(name) ?? []) byCode.set(code, (byCode.get(code) ?? 0) + n);
    return [
      label,
      String(sorted.length),
      percentile(sorted, 50).toFixed(0),
      percentile(sorted, 99).toFixed(0),
      String(count(byCode)),
      [...byCode].map(([code, n]) => `${code} ${n}`).join(', '),
    ];
  };
  const rows = sent.map((op) => row(op.name, [op.name]));
  // The classes admission tells apart: cheap reads, expensive reads, writes.
  const classes: [string, string[]][] = [
    ['cheap', operations.filter((op) => !op.write).map((op) => op.name)],
    ...(expensiveClients > 0 ? [['expensive', [expensive.name]] as [string, string[]]] : []),
    ['writes', operations.filter((op) => op.write).map((op) => op.name)],
  ];
  for (const [name, names] of classes) rows.push(row(`class: ${name}`, names));
  for (const [name, names] of classes)
    rows.push(row(`class: ${name}, after ${(seconds / 3).toFixed(0)} s`, names, settled));
  rows.push(row('all', [...latencies.keys()]));
  printTable(['operation', 'requests', 'p50 ms', 'p99 ms', 'errors', 'error codes'], rows, say);
  say(
    `throughput ${(all.length / seconds).toFixed(0)} requests/s; service peak memory (VmHWM) ${peak.toFixed(0)} MB (budget ${budgetMb} MB); expensive reads admitted after the load ${JSON.stringify(expensiveReads)}; load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} (the machine's, other work included)`,
  );
} finally {
  await release();
}
