/**
 * Builds the explorer page into explorer/dist with Vite. `npm install` runs it (prepare);
 * `npm start` runs it with --if-stale, which builds only when the page is missing or older than
 * its sources or the installed libraries.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const explorerDir = fileURLToPath(new URL('.', import.meta.url));
const builtPage = join(explorerDir, 'dist', 'index.html');
const lockFile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

const modified = (path: string): number => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name !== 'dist' && entry.name !== 'node_modules')
      .map((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? newestSource(path) : modified(path);
      }),
  );
}

/** True when the built page is missing or older than a source file or the lock file. */
export function explorerIsStale(): boolean {
  const built = modified(builtPage);
  return built === 0 || built < Math.max(newestSource(explorerDir), modified(lockFile));
}

export async function buildExplorer(): Promise<void> {
  await build({ configFile: join(explorerDir, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || explorerIsStale()) {
    const startedAt = performance.now();
    await buildExplorer();
    console.log(
      `Explorer page built in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (explorer/dist)`,
    );
  }
}
