import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, {
  type Config,
  type Driver,
  isDate,
  isDateTime,
  isLocalDateTime,
  Neo4jError,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { UserError } from '../user-error.ts';
import { cypher } from './cypher.ts';
// Installs the driver's faster decoding of maps before any driver is made.
import './map-decoding.ts';
import { type Statement, statements } from './statements.ts';

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

/** Runs a static statement of cypher/ by its handle; one that takes no parameters is given none. */
export interface RunStatement {
  <R>(statement: Statement<void, R>): Promise<R[]>;
  <P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
}

/** Read statements, also the static ones of cypher/. */
export interface CypherReader extends StatementReader {
  read: RunStatement;
}

/**
 * One read transaction whose statements' rows arrive as they are read, a batch at a time (the
 * driver pulls the next batch when the last is consumed): an export of any size holds a batch.
 */
export interface ReadSnapshot {
  rows<R>(statement: Statement<void, R>): AsyncGenerator<R>;
  rows<P, R>(statement: Statement<P, R>, params: P): AsyncGenerator<R>;
  close(): Promise<void>;
}

/** Runs static statements of cypher/ inside one write transaction. */
export type WriteRunner = RunStatement;

/**
 * Neo4j cannot be reached, or stopped answering: the request may succeed later. A read changed
 * nothing; a write that Neo4j stopped answering in the middle of may yet commit when it resumes,
 * which is why every curation write can be sent again safely.
 */
export class DatabaseUnavailableError extends UserError {
  override name = 'DatabaseUnavailableError';
}

/** Every connection to Neo4j stayed in use for as long as a request may wait for one. */
export class DatabaseBusyError extends DatabaseUnavailableError {
  override name = 'DatabaseBusyError';
}

/**
 * A staged import is writing the graph in batches (see sync/staged-write.ts): every other write
 * is refused, and changes nothing, until it ends.
 */
export class ImportInProgressError extends UserError {
  override name = 'ImportInProgressError';

  readonly importing: string;

  constructor(importing: string) {
    super(
      `An import is in progress (change ${importing}): the graph is being written in batches, and other writes are refused until it ends; try again when it has.`,
    );
    this.importing = importing;
  }
}

/** Neo4j refused the credentials: waiting will not help. */
export class DatabaseAuthError extends UserError {
  override name = 'DatabaseAuthError';
}

/**
 * Neo4j had not the memory a transaction needed: its limit for one transaction, for all of them
 * at once, or its heap. Nothing of it was written; sent again as it is, it fails again.
 */
export class TransactionMemoryError extends UserError {
  override name = 'TransactionMemoryError';
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Neo4j's codes for a transaction that needed more memory than it may have. */
const memoryCodes = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/**
 * Whether the driver may send a failed transaction again. Neo4j calls running out of memory
 * transient, and the driver would run the whole transaction again for half a minute; but the
 * same transaction needs the same memory.
 */
const retriable = (error: unknown): boolean =>
  error instanceof Neo4jError && error.retriable && !memoryCodes.has(error.code);

/** Turns driver errors a caller can act on into our own; others pass through unchanged. */
function translateError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  // The driver gives this one no code of its own, only its words.
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new DatabaseBusyError(`Every connection to Neo4j at ${uri} is in use: ${error.message}`);
  }
  // A transaction stopped while it waited for another's locks: a write behind other writes to
  // the same entities for longer than its timeout. Nothing of it was written.
  if (error.code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return new DatabaseBusyError(
      `A write waited too long for others to the same entities at ${uri}: ${error.message}`,
    );
  }
  if (unavailableCodes.has(error.code)) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is unavailable: ${error.message}`);
  }
  if (memoryCodes.has(error.code)) {
    return new TransactionMemoryError(
      `Neo4j at ${uri} had not the memory for the transaction: ${error.message}`,
    );
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
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  // The driver made these lists and maps for this result alone: changed in place, not copied.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = plain(value[i]);
    return value;
  }
  const map = value as Record<string, unknown>;
  for (const key in map) map[key] = plain(map[key]);
  return value;
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

/**
 * Starts a statement without the caller's stack: the driver records it on every statement, only
 * to add to its own error messages, and formatting a stack (source-mapped) costs a small read
 * more of Node's time than anything else the driver does for it. Errors keep their own stacks.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How often to look for Neo4j again while it is away: statements run again this soon after it answers. */
const recoveryProbeMs = 250;
/** How long a statement waits on Neo4j before Neo4j is asked whether it still answers at all. */
const suspectAfterMs = 2_000;
/** How long Neo4j has to answer that question, on a connection of its own. */
const probeTimeoutMs = 3_000;

/**
 * The connections statements run on fail fast while Neo4j is away or busy, instead of holding
 * requests for the 30 s and 60 s defaults; transient errors (a cluster changing leader) are still
 * retried for a few seconds.
 */
const statementConnections: Config = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 3_000,
};

/** The one connection that asks whether Neo4j answers: each time to the server and back, once. */
const probeConnection: Config = {
  maxConnectionPoolSize: 1,
  connectionTimeout: probeTimeoutMs,
  connectionAcquisitionTimeout: probeTimeoutMs,
  connectionLivenessCheckTimeout: 0,
  maxTransactionRetryTime: 0,
};

export class Database implements CypherReader {
  /**
   * The connections statements run on: reads on theirs, writes on a pool of their own, so that
   * however many reads hold or wait for connections (slow ones in a crowd, exports streaming), a
   * write never waits behind them.
   */
  #pools: { reads: Driver; writes: Driver };
  readonly #readConnections: number;
  /** One connection of its own, to ask whether Neo4j answers when the others wait on it. */
  readonly #probeDriver: Driver;
  /** The question being asked now, shared by everyone who wants the answer. */
  #probe: Promise<boolean> | undefined;
  /** Whether the probe has been asked once, opening its connection. */
  #probed = false;
  readonly #connection: Neo4jConnection;
  readonly #timeoutMs: number;
  /** Set while Neo4j is known to be unreachable: queries fail at once until a probe reaches it. */
  #outage: Promise<void> | undefined;
  #closed = false;
  readonly #commits = new Set<() => void>();
  /** The bookmarks of reads and writes: what a read must wait for, in a cluster. */
  readonly #bookmarks = neo4j.bookmarkManager();

  /** `readConnections`: the most connections reads hold at once (the driver's default, 100). */
  constructor(
    connection: Neo4jConnection,
    { queryTimeoutMs, readConnections = 100 }: { queryTimeoutMs: number; readConnections?: number },
  ) {
    this.#connection = connection;
    this.#timeoutMs = queryTimeoutMs;
    this.#readConnections = readConnections;
    this.#pools = this.#openPools();
    this.#probeDriver = this.#connect(probeConnection);
  }

  #openPools() {
    return {
      reads: this.#connect({
        ...statementConnections,
        maxConnectionPoolSize: this.#readConnections,
      }),
      writes: this.#connect(statementConnections),
    };
  }

  #connect(config: Config): Driver {
    const { uri, username, password } = this.#connection;
    return neo4j.driver(uri, neo4j.auth.basic(username, password), {
      disableLosslessIntegers: true,
      userAgent: 'neaspec-knowledge-graph',
      ...config,
    });
  }

  get uri(): string {
    return this.#connection.uri;
  }

  /**
   * Whether statements are sent to Neo4j now: false from when it was found away until a probe
   * reaches it again, while every statement fails at once.
   */
  get available(): boolean {
    return this.#outage === undefined;
  }

  /**
   * Runs `work` against Neo4j, translating its errors. Once Neo4j is found unreachable, further
   * work fails at once (no waiting on connection timeouts) until a background probe reaches it
   * again: requests fail fast during an outage and succeed again by themselves after it. Work
   * that is not `watched` is bounded by its own timeout instead of by the probe (see `#watched`).
   */
  async #guarded<T>(work: () => Promise<T>, { watched = true } = {}): Promise<T> {
    if (this.#outage) {
      throw new DatabaseUnavailableError(
        `Neo4j at ${this.uri} is unavailable; waiting for it to return`,
      );
    }
    try {
      const result = await (watched ? this.#watched(work()) : work());
      // The probe's connection is opened as soon as Neo4j answers, so that asking later does not
      // pay a cold server's first connection: seconds under load, longer than the probe may take.
      if (!this.#probed) {
        this.#probed = true;
        void this.answers();
      }
      return result;
    } catch (error) {
      const translated = translateError(error, this.uri);
      // A busy Neo4j still answers: only one that is away makes everything fail at once.
      if (
        translated instanceof DatabaseUnavailableError &&
        !(translated instanceof DatabaseBusyError)
      )
        this.#outage ??= this.#awaitRecovery();
      throw translated;
    }
  }

  /**
   * Waits for `pending`, unless Neo4j stops answering meanwhile. A paused or wedged server keeps
   * its connections open and fails no query, however long it is waited for: so a statement that
   * waits more than a moment has Neo4j asked, on a connection of its own, whether it answers at
   * all, and fails as unavailable when it does not, while a slow query on a live server goes on.
   */
  #watched<T>(pending: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const watch = () => {
        timer = setTimeout(async () => {
          const answers = await this.answers();
          if (settled) return;
          if (answers) watch();
          else reject(new DatabaseUnavailableError(`Neo4j at ${this.uri} does not answer`));
        }, suspectAfterMs).unref();
      };
      watch();
      pending.then(resolve, reject).finally(() => {
        settled = true;
        clearTimeout(timer);
      });
    });
  }

  /** Whether the database serves a query within a moment, asked on a connection of its own. */
  answers(): Promise<boolean> {
    this.#probe ??= this.#ask().finally(() => {
      this.#probe = undefined;
    });
    return this.#probe;
  }

  #ask(): Promise<boolean> {
    const asked = this.#probeDriver
      .executeQuery(
        cypher(statements.health.databaseAnswers.file),
        {},
        { database: this.#connection.database, routing: neo4j.routing.READ },
      )
      .then(
        () => true,
        () => false,
      );
    return Promise.race([asked, sleep(probeTimeoutMs, false, { ref: false })]);
  }

  async #awaitRecovery(): Promise<void> {
    while (!this.#closed) {
      await sleep(recoveryProbeMs, undefined, { ref: false });
      if (await this.answers()) break;
    }
    if (this.#closed) return;
    // The connections from before are dead or were stuck: start afresh, instead of finding each
    // of them out with a request that fails.
    const stale = this.#pools;
    this.#pools = this.#openPools();
    for (const driver of [stale.reads, stale.writes]) driver.close().catch(() => {});
    this.#outage = undefined;
  }

  /** Runs a static read statement in a read transaction (routed to readers in a cluster). */
  read<R>(statement: Statement<void, R>): Promise<R[]>;
  read<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  read<P, R>(statement: Statement<P, R>, params?: P): Promise<R[]> {
    return this.query(cypher(statement.file), params as Params | undefined);
  }

  /**
   * Runs a read statement (routed to readers in a cluster) in a transaction of its own, sent with
   * its first pull in one exchange: half the round trips of a managed transaction, which takes
   * over only to retry what failed transiently. Reads and writes share their bookmarks, so a read
   * sees every write committed before it, on any member of a cluster.
   */
  query<T = Row>(text: string, params: Params = {}): Promise<T[]> {
    return this.#guarded(async () => {
      const session = this.#pools.reads.session({
        database: this.#connection.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.#bookmarks,
      });
      const config = { timeout: this.#timeoutMs };
      const values = cypherParams(params) as Params;
      try {
        return rows<T>((await withoutCallerStack(() => session.run(text, values, config))).records);
      } catch (error) {
        if (!retriable(error)) throw error;
        return rows<T>((await session.executeRead((tx) => tx.run(text, values), config)).records);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Opens a read transaction for statements whose rows are streamed (see ReadSnapshot); it holds
   * a connection until closed. It has no timeout of its own: a large export takes its time.
   */
  async snapshot(): Promise<ReadSnapshot> {
    const session = this.#pools.reads.session({
      database: this.#connection.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.#bookmarks,
      fetchSize: 2_000,
    });
    const uri = this.uri;
    try {
      const tx = await this.#guarded(() => session.beginTransaction());
      return {
        async *rows<P, R>(statement: Statement<P, R>, params?: P) {
          const values = cypherParams(params ?? {}) as Params;
          try {
            for await (const record of tx.run(cypher(statement.file), values))
              yield plain(record.toObject()) as R;
          } catch (error) {
            throw translateError(error, uri);
          }
        },
        close: async () => {
          await tx.close().catch(() => {});
          await session.close();
        },
      };
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  /**
   * Runs `work` in one write transaction: every statement it runs commits together or not at all.
   * `timeoutMs` overrides the query timeout for long writes such as a dataset import; such a write
   * is bounded by it alone, since Neo4j busy with a large write can take longer to answer the
   * probe than a hung one may take to be found out. While a staged import is under way, the
   * transaction is refused with ImportInProgressError unless it is one of that import's own
   * (`importing`, its change id).
   */
  async writeTransaction<T>(
    work: (run: WriteRunner) => Promise<T>,
    { timeoutMs, importing }: { timeoutMs?: number; importing?: string } = {},
  ): Promise<T> {
    const committed = await this.#guarded(
      async () => {
        const session = this.#pools.writes.session({
          database: this.#connection.database,
          bookmarkManager: this.#bookmarks,
        });
        try {
          return await session.executeWrite(
            async (tx) => {
              const run: WriteRunner = async <P, R>(statement: Statement<P, R>, params?: P) =>
                rows<R>(
                  (await tx.run(cypher(statement.file), cypherParams(params ?? {}) as Params))
                    .records,
                );
              try {
                const value = await work(run);
                // Every committed write changes the graph's revision: what readers cached is
                // stale.
                const [revision] = await run(statements.write.bumpRevision);
                const other = revision?.importing ?? null;
                if (other !== null && other !== importing) throw new ImportInProgressError(other);
                return value;
              } catch (error) {
                // What may not be sent again (out of memory too) leaves as our own error, which
                // the driver does not send again.
                throw retriable(error) ? error : translateError(error, this.uri);
              }
            },
            { timeout: timeoutMs ?? this.#timeoutMs },
          );
        } finally {
          await session.close();
        }
      },
      { watched: timeoutMs === undefined },
    );
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
      const session = this.#pools.writes.session({ database: this.#connection.database });
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
      const info = await this.#pools.reads.getServerInfo({ database: this.#connection.database });
      return { version: info.agent?.replace(/^Neo4j\//, '') ?? 'unknown' };
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const { reads, writes } = this.#pools;
    await Promise.all([reads.close(), writes.close(), this.#probeDriver.close()]);
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
    read: <P, R>(statement: Statement<P, R>, params?: P) =>
      query<R>(cypher(statement.file), params as Params | undefined),
    get roundTrips() {
      return roundTrips;
    },
    get milliseconds() {
      return milliseconds;
    },
  };
}
