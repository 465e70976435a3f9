import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localNeo4jDir, projectRoot } from '../../paths.ts';
import { LocalNeo4jError, runMaven } from './toolchain.ts';

const pom = join(projectRoot, 'src/neo4j/local/pom.xml');

const sizeUnits: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** Reads "Downloaded from central: <url> (6.7 MB at 19 MB/s)" into a byte count. */
export function downloadedBytes(line: string): number | undefined {
  const match = /Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
  if (match === null) return undefined;
  return Number(match[1]) * (sizeUnits[match[2] ?? 'B'] ?? 1);
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The Neo4j server's classpath: resolved by Maven from Maven Central into the local Maven
 * repository the first time (with progress), then read from a cache file keyed by the pom.
 */
export async function resolveClasspath(onProgress: (message: string) => void): Promise<string> {
  const pomText = await readFile(pom, 'utf8');
  const version = /<neo4j\.version>([^<]+)</.exec(pomText)?.[1] ?? 'unknown';
  const key = createHash('sha256').update(pomText).digest('hex').slice(0, 12);
  const cacheFile = join(localNeo4jDir, `classpath-${version}-${key}.txt`);

  if (existsSync(cacheFile)) {
    const cached = (await readFile(cacheFile, 'utf8')).trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }

  onProgress(`Resolving the Neo4j ${version} server jars with Maven (first run only)…`);
  await mkdir(localNeo4jDir, { recursive: true });
  const started = Date.now();
  let files = 0;
  let bytes = 0;
  let lastReport = started;
  const result = await runMaven(
    ['-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`],
    (line) => {
      const size = downloadedBytes(line);
      if (size === undefined) return;
      files += 1;
      bytes += size;
      if (Date.now() - lastReport >= 2000) {
        lastReport = Date.now();
        onProgress(`  … ${files} files, ${megabytes(bytes)} downloaded`);
      }
    },
  );
  if (result.code !== 0 || !existsSync(cacheFile)) {
    const errors = result.output
      .split('\n')
      .filter((line) => line.startsWith('[ERROR]'))
      .slice(0, 3)
      .join(' ');
    throw new LocalNeo4jError(
      `Maven could not resolve the Neo4j ${version} jars (exit code ${result.code}): ${errors || 'no error printed'}`,
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const fetched =
    files > 0 ? `${files} files, ${megabytes(bytes)} downloaded` : 'all already local';
  onProgress(`Neo4j ${version} jars ready in ${seconds} s (${fetched})`);
  return (await readFile(cacheFile, 'utf8')).trim();
}
