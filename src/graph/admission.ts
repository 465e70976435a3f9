/**
 * Keeps expensive reads from crowding out cheap ones and from filling the memory budget. A read
 * whose estimated cost is high holds a part of a place from the moment it is admitted until the
 * last byte of its answer is sent: the part its cost is of `placeCost`, a whole place from that
 * cost on. At most `places` places are held at once, so the expensive work Neo4j and the service
 * have in hand at once is bounded however it is split: a few reads as long as a place, or more
 * of the short ones (the first 20 meetings with their decisions, 548 on the dataset, about a
 * millisecond of Neo4j's time, take a ninth of a place by default), each a statement a root
 * field on Neo4j's connections and threads, every other connection staying with cheap reads and
 * writes. Their answers' estimated bytes together are at most `answerBytes` (one runs alone
 * whatever its size). Cheap reads and writes never wait here. Expensive reads wait in arrival
 * order; one that cannot start within `waitMs` is refused as busy (SERVICE_UNAVAILABLE, 503,
 * Retry-After) rather than left to pile up.
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
  /** The places expensive reads hold at once. */
  places: number;
  /** The estimated cost from which a read holds a whole place; a cheaper one, its part of it. */
  placeCost: number;
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

/** What an admitted read holds: its part of the places, in units of cost, and its bytes. */
interface Held {
  cost: number;
  bytes: number;
}

interface Waiting extends Held {
  admit: () => void;
}

export class Admission {
  /** How many expensive reads are admitted now. */
  #running = 0;
  /** The places they hold, in units of cost (`placeCost` a place). */
  #cost = 0;
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
    const held = {
      cost: Math.min(cost, this.options.placeCost),
      bytes: cost * this.options.bytesPerCost,
    };
    await this.#admitted(held);
    return this.#release(held);
  }

  report(): AdmissionReport {
    return {
      entries: this.#running,
      bytes: this.#bytes,
      maxBytes: this.options.answerBytes,
      waiting: this.#waiting.length,
    };
  }

  #fits({ cost, bytes }: Held): boolean {
    if (this.#running === 0) return true;
    const { places, placeCost, answerBytes } = this.options;
    return this.#cost + cost <= places * placeCost && this.#bytes + bytes <= answerBytes;
  }

  #take({ cost, bytes }: Held): void {
    this.#running += 1;
    this.#cost += cost;
    this.#bytes += bytes;
  }

  /** Gives back what `held` took, once however often it is called. */
  #release({ cost, bytes }: Held): Release {
    let holding = true;
    return () => {
      if (!holding) return;
      holding = false;
      this.#running -= 1;
      this.#cost -= cost;
      this.#bytes -= bytes;
      this.#admitWaiting();
    };
  }

  async #admitted(held: Held): Promise<void> {
    // In arrival order: a small read does not pass one that waits already.
    if (this.#waiting.length === 0 && this.#fits(held)) {
      this.#take(held);
      return;
    }
    const { promise: admitted, resolve: admit } = Promise.withResolvers<void>();
    const waiting: Waiting = { ...held, admit };
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
    for (let next = this.#waiting[0]; next && this.#fits(next); next = this.#waiting[0]) {
      this.#waiting.shift();
      this.#take(next);
      next.admit();
    }
  }
}
