/**
 * npm run bench:memory — the service's memory under a stream of distinct documents:
 * MEMORY_DOCUMENTS (default 20 000) documents from MEMORY_CLIENTS clients (default 4), large
 * (28 aliased lookups) and small in turn; every other one is sent twice, with another value of
 * its variable, so that it runs again compiled, and every request carries a distinct variable
 * the operation does not declare. Samples the service's resident memory every second and
 * prints its peak and final value with each cache's size (from /memory), against the budget
 * (MEMORY_BUDGET_MB, default 512).
 */
import { importDataset } from '../src/dataset/importer.ts';
import { migrate } from '../src/neo4j/migrate.ts';
import { dataDir } from '../src/paths.ts';
import { benchDatabase } from './neo4j.ts';
import { benchService, printTable, residentMb, withBudget } from './service.ts';

const documents = Number(process.env.MEMORY_DOCUMENTS ?? 20_000);
const clients = Number(process.env.MEMORY_CLIENTS ?? 4);
const budgetMb = Number(process.env.MEMORY_BUDGET_MB ?? 512);
const say = (message: string) => process.stdout.write(`${message}\n`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const lookups = Array.from(
  { length: 28 },
  (_, k) => `f${k}: memberState(iso3: $state) { iso3 name aliases }`,
).join(' ');

/** The i-th document: distinct by its last field's alias. */
const documentText = (i: number) =>
  i % 2 === 0
    ? `query ($state: String!) { ${lookups} d${i}: __typename }`
    : `query ($state: String!) { memberState(iso3: $state) { iso3 name } d${i}: __typename }`;

const { db, connection, release } = await benchDatabase(say);
try {
  await migrate(db);
  await importDataset(db, dataDir, { replace: true });
  // Started as `npm start` starts it: its heap limited by the budget.
  const service = await benchService(connection, withBudget(budgetMb));
  const memoryUrl = service.url.replace(/\/graphql$/, '/memory');
  const started = await residentMb(service.pid, 'VmRSS');
  let sent = 0;
  let failed = 0;
  const ask = async (query: string, variables: Record<string, unknown>) => {
    sent += 1;
    try {
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (!response.ok || body.errors) failed += 1;
    } catch {
      // A connection reset under load: counted, and the stream goes on.
      failed += 1;
    }
  };
  let next = 0;
  const client = async () => {
    for (let i = next++; i < documents; i = next++) {
      if (i % 2_000 === 0 && i > 0)
        say(`${i} documents, ${(await residentMb(service.pid, 'VmRSS')).toFixed(0)} MB resident`);
      const text = documentText(i);
      await ask(text, { state: 'MNG', [`unused${i}`]: i });
      if (i % 4 < 2) await ask(text, { state: 'KOR', [`unused${i}`]: -i });
    }
  };
  const samples: number[] = [];
  const sampler = setInterval(() => {
    void residentMb(service.pid, 'VmRSS').then((rss) => samples.push(rss));
  }, 1_000);
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - start) / 1_000;
  clearInterval(sampler);
  const report = (await (await fetch(memoryUrl)).json()) as {
    caches: Record<string, { entries: number; bytes: number; maxBytes: number }>;
  };
  const final = await residentMb(service.pid, 'VmRSS');
  const peak = await residentMb(service.pid, 'VmHWM');
  await service.stop();
  say(
    `${documents} distinct documents, ${sent} requests (${failed} failed) in ${seconds.toFixed(0)} s`,
  );
  say(
    `service resident memory: ${started.toFixed(0)} MB at start, peak ${peak.toFixed(0)} MB, final ${final.toFixed(0)} MB; budget ${budgetMb} MB`,
  );
  say(
    `resident memory every 10 s: ${samples
      .filter((_, k) => k % 10 === 9)
      .map((s) => s.toFixed(0))
      .join(' ')}`,
  );
  printTable(
    ['cache', 'entries', 'MB held', 'MB bound'],
    Object.entries(report.caches).map(([name, cache]) => [
      name,
      String(cache.entries),
      mb(cache.bytes),
      mb(cache.maxBytes),
    ]),
    say,
  );
  if (peak > budgetMb) process.exitCode = 1;
} finally {
  await release();
}
