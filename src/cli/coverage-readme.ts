/**
 * npm run coverage:readme — rewrites the README's "What the data covers" section from the
 * coverage the API answers on the configured graph (import data/ first: `npm run import`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import {
  type CoverageAnswer,
  coverageQuery,
  coverageSection,
  withSection,
} from '../coverage-readme.ts';
import { createLogger } from '../logger.ts';
import { Database } from '../neo4j/database.ts';
import { provideNeo4j } from '../neo4j/target.ts';
import { projectRoot } from '../paths.ts';
import { createApp } from '../server.ts';

const config = loadConfig(process.env);
const logger = createLogger(config.log);
const neo4j = await provideNeo4j(config.neo4j, logger);
const db = new Database(neo4j.connection, { queryTimeoutMs: config.queryTimeoutMs });
try {
  const app = createApp({ db, isReady: () => true, logger, security: config.security });
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: coverageQuery }),
  });
  const { data, errors } = (await response.json()) as { data?: CoverageAnswer; errors?: unknown };
  if (data === undefined || errors) throw new Error(`The API refused: ${JSON.stringify(errors)}`);
  const file = join(projectRoot, 'README.md');
  await writeFile(file, withSection(await readFile(file, 'utf8'), coverageSection(data)));
  process.stdout.write(`Wrote the coverage section of ${file}\n`);
} finally {
  await db.close();
  await neo4j.release();
}
