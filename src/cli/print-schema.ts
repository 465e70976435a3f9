/** npm run schema:print — writes schema.graphql from the Pothos schema (a test checks it). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../paths.ts';
import { schemaSdl } from '../schema/index.ts';

const file = join(projectRoot, 'schema.graphql');
await writeFile(file, schemaSdl());
process.stdout.write(`Wrote ${file}\n`);
