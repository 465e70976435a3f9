import { cypherFolder, cypherStatements } from './cypher.ts';
import type { Database } from './database.ts';

/**
 * Applies `cypher/schema/*.cypher` in file-name order. Every statement is idempotent
 * (IF NOT EXISTS), so running this at every start is safe; it returns how many constraints and
 * indexes were actually created (0 once the schema is in place).
 */
export async function migrate(db: Database): Promise<{ statements: number; created: number }> {
  let statements = 0;
  let created = 0;
  for (const file of cypherFolder('schema')) {
    for (const statement of cypherStatements(file)) {
      created += await db.schema(statement);
      statements += 1;
    }
  }
  return { statements, created };
}
