/** The service as the benchmarks run it: its own process, on a free port, against `connection`. */

import { readFile } from 'node:fs/promises';
import { freePort } from '../harness/free-port.ts';
import { startService, waitForStatus } from '../harness/service-process.ts';
import { heapLimitMb } from '../src/config.ts';
import type { Neo4jConnection } from '../src/neo4j/database.ts';

/** The settings that start the service as `npm start` does: its heap limited by the budget. */
export const withBudget = (budgetMb: number) => ({
  MEMORY_BUDGET_MB: String(budgetMb),
  NODE_OPTIONS: `--max-old-space-size=${heapLimitMb(budgetMb)}`,
});

/** A process's resident memory now (VmRSS) or at its highest (VmHWM), in MB (Linux; else 0). */
export async function residentMb(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
}

export async function benchService(connection: Neo4jConnection, env: Record<string, string> = {}) {
  const port = await freePort();
  const service = startService({
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...env,
  });
  await waitForStatus(`http://127.0.0.1:${port}/ready`, 200, 60_000);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: service.child.pid ?? 0,
    stop: async () => {
      service.child.kill('SIGTERM');
      await service.exited;
    },
  };
}

/** Prints rows under a header, each column as wide as its widest cell. */
export function printTable(header: string[], rows: string[][], say: (line: string) => void): void {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  for (const row of [header, ...rows])
    say(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
}
