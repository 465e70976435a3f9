import { afterAll, describe, expect, it } from 'vitest';
import { historyLabels } from '../../src/model/history.ts';
import { labels } from '../../src/model/labels.ts';
import { migrate } from '../../src/neo4j/migrate.ts';
import { statements } from '../../src/neo4j/statements.ts';
import { testDatabase } from '../support/database.ts';

const db = testDatabase();
afterAll(() => db.close());

describe('the Neo4j the tests run on', () => {
  it('is Neo4j 5.26, as the server itself reports', async () => {
    expect((await db.verify()).version).toMatch(/^5\.26\.\d+$/);
  });
});

describe('schema migrations', () => {
  it('puts a unique id constraint on every label and changes nothing the second time', async () => {
    await migrate(db);
    const before = await db.read(statements.read.schemaIndexes);
    const again = await migrate(db);
    const after = await db.read(statements.read.schemaIndexes);

    expect(again.created).toBe(0);
    expect(again.statements).toBeGreaterThan(0);
    expect(after).toEqual(before);
    const keyed = before
      .filter((index) => index.type === 'RANGE' && index.properties?.[0] === 'id')
      .flatMap((index) => index.labelsOrTypes ?? []);
    // Every label of the model, Entity, the graph's revision, and its history's changes.
    expect(keyed.sort()).toEqual(
      ['Entity', 'GraphRevision', ...Object.values(historyLabels), ...labels].sort(),
    );
  });
});
