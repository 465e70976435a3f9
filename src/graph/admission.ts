/**
 * Keeps expensive reads from crowding out cheap ones and from filling the memory budget. A read
 * whose estimated cost is high holds a place from the moment it is admitted until the last byte
 * of its answer is sent: at most `places` of them at once (so they hold at most that many
 * requests' statements, one a root field, on Neo4j's connections and threads, and every other
 * connection stays with cheap reads and writes), and their answers' estimated bytes together at
 * most `answerBytes` (one runs alone whatever its size). Cheap reads and writes never wait here.
 * Expensive reads wait in arrival order; one that cannot start within `waitMs` is refused as
 * busy (SERVICE_UNAVAILABLE, 503, Retry-After) rather than left to pile up.
 */

/**
 * The bytes an answer takes in the service while it is built and sent, for each unit of its
 * estimated cost: measured with 40 answers of every meeting's decisions and every
 * participation's evidence (cost 880, 45 kB of JSON) built at once, the heap grew by up to
 * 1 700 bytes a unit of cost (rows, result, JSON text, compressed copy, and garbage not yet
 * collected), and the answer held until sent took 150 bytes a unit; rounded up.
 */
export const bytesPerCost = 2_048;

/** Too many expensive queries at once: the request may succeed a moment later. */
export class BusyError extends Error {
  override name = 'BusyError';
}

export interface AdmissionOptions {
  /** The estimated cost from which a read is expensive. */
  heavyCost: number;
  /** The most expensive reads admitted at once. */
  places: number;
  /** The most estimated bytes of expensive answers admitted at once. */
  answerBytes: number;
  /** The bytes an answer holds, at most, for each unit of its estimated cost. */
  bytesPerCost: number;
  /** How long an expensive read may wait to start. */
  waitMs: number;
}

/** What the admitted expensive reads hold now, and how many wait (as `/memory` reports it). */
export interface AdmissionReport {
  entries: number;
  bytes: number;
  maxBytes: number;
  waiting: number;
}

/** Gives an admitted read's place back; calling it again does nothing. */
export type Release = () => void;

interface Waiting {
  bytes: number;
  admit: () => void;
}

export class Admission {
  #running = 0;
  /** The estimated bytes of the answers admitted now. */
  #bytes = 0;
  readonly #waiting: Waiting[] = [];

  private readonly options: AdmissionOptions;

  constructor(options: AdmissionOptions) {
    this.options = options;
  }

  /**
   * Admits a read of estimated cost `cost`: at once when it is cheap (nothing to release), else
   * when a place and its bytes are free, or refuses it with BusyError when none is in time.
   */
  async enter(cost: number): Promise<Release | undefined> {
    if (cost < this.options.heavyCost) return undefined;
    const bytes = cost * this.options.bytesPerCost;
    await this.#admitted(bytes);
    return this.#release(bytes);
  }

  report(): AdmissionReport {
    return {
      entries: this.#running,
      bytes: this.#bytes,
      maxBytes: this.options.answerBytes,
      waiting: this.#waiting.length,
    };
  }

  #fits(bytes: number): boolean {
    if (this.#running === 0) return true;
    return this.#running < this.options.places && this.#bytes + bytes <= this.options.answerBytes;
  }

  #take(bytes: number): void {
    this.#running += 1;
    this.#bytes += bytes;
  }

  /** Gives back a place taken for `bytes`, once however often it is called. */
  #release(bytes: number): Release {
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.#running -= 1;
      this.#bytes -= bytes;
      this.#admitWaiting();
    };
  }

  async #admitted(bytes: number): Promise<void> {
    // In arrival order: a small read does not pass one that waits already.
    if (this.#waiting.length === 0 && this.#fits(bytes)) {
      this.#take(bytes);
      return;
    }
    const { promise: admitted, resolve: admit } = Promise.withResolvers<void>();
    const waiting: Waiting = { bytes, admit };
    this.#waiting.push(waiting);
    // A plain timer, cleared once admitted: an aborted timer promise would make an AbortError,
    // with its stack, for every read that waited.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(resolve, this.options.waitMs, 'late');
    });
    const outcome = await Promise.race([admitted.then(() => 'admitted' as const), late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      const index = this.#waiting.indexOf(waiting);
      if (index >= 0) {
        this.#waiting.splice(index, 1);
        // Those behind it may fit now.
        this.#admitWaiting();
        throw new BusyError('too many expensive queries at once');
      }
      // Admitted just as the wait ran out: the place is ours.
    }
  }

  #admitWaiting(): void {
    for (let next = this.#waiting[0]; next && this.#fits(next.bytes); next = this.#waiting[0]) {
      this.#waiting.shift();
      this.#take(next.bytes);
      next.admit();
    }
  }
}
