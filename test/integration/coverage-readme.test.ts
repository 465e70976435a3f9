import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CoverageAnswer,
  coverageQuery,
  coverageSection,
  sectionEnd,
  sectionStart,
} from '../../src/coverage-readme.ts';
import { projectRoot } from '../../src/paths.ts';
import { seededGraph } from '../support/seeded.ts';

const { query } = seededGraph();

describe("the README's coverage section", () => {
  it('is what the API answers for the dataset (`npm run coverage:readme` rewrites it)', async () => {
    const { data, errors } = await query(coverageQuery);
    expect(errors).toBeUndefined();
    const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
    const written = readme.slice(
      readme.indexOf(sectionStart) + sectionStart.length + 1,
      readme.indexOf(sectionEnd),
    );
    expect(written, 'README.md is stale: run npm run coverage:readme').toBe(
      `${coverageSection(data as unknown as CoverageAnswer)}\n`,
    );
  });
});
