import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isLocalDateTime,
  Neo4jError,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { cypher } from './cypher.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Read statements, as text the planner built. Reads never write, so replicas can serve them. */
export interface StatementReader {
  query<T = Row>(text: string, params?: Params): Promise<T[]>;
}

/** Read statements, also by the name of their file in cypher/. */
export interface CypherReader extends StatementReader {
  read<T = Row>(name: string, params?: Params): Promise<T[]>;
}

/** A statement runner inside one write transaction. */
export type WriteRunner = <T = Row>(name: string, params?: Params) => Promise<T[]>;

/** Neo4j cannot be reached: the request may succeed later, nothing was changed. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Neo4j refused the credentials: waiting will not help. */
export class DatabaseAuthError extends Error {
  override name = 'DatabaseAuthError';
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Turns driver errors a caller can act on into our own; others pass through unchanged. */
function translateError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (unavailableCodes.has(error.code)) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is unavailable: ${error.message}`);
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseAuthError(
      `Neo4j at ${uri} refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD`,
    );
  }
  return error;
}

/** Driver values as plain JSON-ready values: temporal values become ISO-8601 strings. */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
}

const rows = <T>(records: Neo4jRecord[]) => records.map((record) => plain(record.toObject()) as T);

/**
 * Parameters as Cypher should see them: JavaScript has one number type, so whole numbers are
 * sent as Cypher integers (LIMIT, SOM numbers, positions) and the rest as floats.
 */
function cypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(cypherParams);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, cypherParams(inner)]),
    );
  }
  return value;
}

/** How often to look for Neo4j again while it is away. */
const recoveryProbeMs = 1_000;

export class Database implements CypherReader {
  readonly #driver: Driver;
  readonly #connection: Neo4jConnection;
  readonly #timeoutMs: number;
  /** Set while Neo4j is known to be unreachable: queries fail at once until a probe reaches it. */
  #outage: Promise<void> | undefined;
  #closed = false;
  readonly #commits = new Set<() => void>();

  constructor(connection: Neo4jConnection, { queryTimeoutMs }: { queryTimeoutMs: number }) {
    this.#connection = connection;
    this.#timeoutMs = queryTimeoutMs;
    this.#driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.username, connection.password),
      {
        disableLosslessIntegers: true,
        userAgent: 'neaspec-knowledge-graph',
        // Fail fast while Neo4j is away instead of holding requests for the 30 s defaults;
        // transient errors (a cluster changing leader) are still retried for a few seconds.
        connectionTimeout: 3_000,
        connectionAcquisitionTimeout: 5_000,
        maxTransactionRetryTime: 3_000,
      },
    );
  }

  get uri(): string {
    return this.#connection.uri;
  }

  /**
   * Runs `work` against Neo4j, translating its errors. Once Neo4j is found unreachable, further
   * work fails at once (no waiting on connection timeouts) until a background probe reaches it
   * again: requests fail fast during an outage and succeed again by themselves after it.
   */
  async #guarded<T>(work: () => Promise<T>): Promise<T> {
    if (this.#outage) {
      throw new DatabaseUnavailableError(
        `Neo4j at ${this.uri} is unavailable; waiting for it to return`,
      );
    }
    try {
      return await work();
    } catch (error) {
      const translated = translateError(error, this.uri);
      if (translated instanceof DatabaseUnavailableError) this.#outage ??= this.#awaitRecovery();
      throw translated;
    }
  }

  async #awaitRecovery(): Promise<void> {
    while (!this.#closed) {
      await sleep(recoveryProbeMs, undefined, { ref: false });
      try {
        await this.#driver.getServerInfo({ database: this.#connection.database });
        break;
      } catch {
        // Still away; look again.
      }
    }
    this.#outage = undefined;
  }

  /** Runs a named read query in a read transaction (routed to readers in a cluster). */
  read<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.query(cypher(name), params);
  }

  /** Runs a read statement in a read transaction (routed to readers in a cluster). */
  query<T = Row>(text: string, params: Params = {}): Promise<T[]> {
    return this.#guarded(async () => {
      const result = await this.#driver.executeQuery(text, cypherParams(params), {
        database: this.#connection.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.#timeoutMs },
      });
      return rows<T>(result.records);
    });
  }

  /**
   * Runs `work` in one write transaction: every statement it runs commits together or not at all.
   * `timeoutMs` overrides the query timeout for long writes such as a dataset import.
   */
  async writeTransaction<T>(
    work: (run: WriteRunner) => Promise<T>,
    { timeoutMs = this.#timeoutMs } = {},
  ): Promise<T> {
    const committed = await this.#guarded(async () => {
      const session = this.#driver.session({ database: this.#connection.database });
      try {
        return await session.executeWrite(
          async (tx) => {
            const run: WriteRunner = async <R>(name: string, params: Params = {}) =>
              rows<R>((await tx.run(cypher(name), cypherParams(params) as Params)).records);
            const value = await work(run);
            // Every committed write changes the graph's revision: what readers cached is stale.
            await run('write/bump-revision');
            return value;
          },
          { timeout: timeoutMs },
        );
      } finally {
        await session.close();
      }
    });
    for (const listener of this.#commits) listener();
    return committed;
  }

  /** Calls `listener` after every committed write transaction of this process. */
  onCommit(listener: () => void): void {
    this.#commits.add(listener);
  }

  /** Runs one schema statement (constraints and indexes cannot share a data transaction). */
  schema(statement: string): Promise<number> {
    return this.#guarded(async () => {
      const session = this.#driver.session({ database: this.#connection.database });
      try {
        const updates = (await session.run(statement).summary()).counters.updates();
        return updates.constraintsAdded + updates.indexesAdded;
      } finally {
        await session.close();
      }
    });
  }

  /** Succeeds once Neo4j answers with these credentials; throws the translated error otherwise. */
  verify(): Promise<{ version: string }> {
    return this.#guarded(async () => {
      const info = await this.#driver.getServerInfo({ database: this.#connection.database });
      return { version: info.agent?.replace(/^Neo4j\//, '') ?? 'unknown' };
    });
  }

  close(): Promise<void> {
    this.#closed = true;
    return this.#driver.close();
  }
}

/**
 * A view of `reader` that counts its Cypher round trips and the wall time during which at least
 * one was under way (per request): round trips in parallel count their overlap once.
 */
export function countRoundTrips(
  reader: StatementReader,
): CypherReader & { readonly roundTrips: number; readonly milliseconds: number } {
  let roundTrips = 0;
  let milliseconds = 0;
  let running = 0;
  let since = 0;
  const query = async <T>(text: string, params?: Params) => {
    roundTrips += 1;
    if (running === 0) since = performance.now();
    running += 1;
    try {
      return await reader.query<T>(text, params);
    } finally {
      running -= 1;
      if (running === 0) milliseconds += performance.now() - since;
    }
  };
  return {
    query,
    read: <T>(name: string, params?: Params) => query<T>(cypher(name), params),
    get roundTrips() {
      return roundTrips;
    },
    get milliseconds() {
      return milliseconds;
    },
  };
}
