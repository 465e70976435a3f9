import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.ts';
import { type Database, DatabaseUnavailableError } from './database.ts';

const retryEveryMs = 2_000;

/**
 * Brings the database into service in the background and says whether the service is ready.
 * While Neo4j cannot be reached the service keeps running, `/ready` answers 503 and the
 * preparation (schema, first import) is retried until Neo4j arrives. Any other error, such as
 * wrong credentials, is final.
 */
export class Readiness {
  #prepared = false;
  #stopped = false;

  private readonly db: Database;
  private readonly logger: Logger;

  constructor(db: Database, logger: Logger) {
    this.db = db;
    this.logger = logger;
  }

  /** Resolves once `prepare` has succeeded; rejects on an error that waiting cannot fix. */
  async prepare(prepare: () => Promise<void>): Promise<void> {
    let warned = false;
    while (!this.#stopped) {
      try {
        const { version } = await this.db.verify();
        this.logger.info(`Connected to Neo4j ${version} at ${this.db.uri}`);
        await prepare();
        this.#prepared = true;
        return;
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        if (!warned) {
          this.logger.warn(
            `Neo4j at ${this.db.uri} is not reachable yet (${(error as Error).message}); /ready answers 503 and the service retries every ${retryEveryMs / 1000} s`,
          );
          warned = true;
        }
        await sleep(retryEveryMs);
      }
    }
  }

  /**
   * Prepared, statements are sent to Neo4j (not failed at once as during an outage), and Neo4j
   * answers now: ready exactly when reads would succeed.
   */
  async isReady(): Promise<boolean> {
    return this.#prepared && this.db.available && (await this.db.answers());
  }

  stop(): void {
    this.#stopped = true;
  }
}
