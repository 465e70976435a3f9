/**
 * Keeps expensive statements from crowding out cheap ones: a statement whose estimated cost is
 * high waits until the estimated cost of the expensive statements running beside it leaves room
 * for its own, so however many expensive queries arrive at once, Neo4j's connections, the
 * machine's cores and the service's memory stay available to cheap reads and to writes (which
 * never wait here). The first expensive statement always runs, whatever its cost. A statement that
 * cannot start in time is refused as "busy" (SERVICE_UNAVAILABLE, 503, Retry-After) rather than
 * left to fail later.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Too many expensive queries at once: the request may succeed a moment later. */
export class BusyError extends Error {
  override name = 'BusyError';
}

export interface AdmissionOptions {
  /** The estimated cost from which a statement is expensive. */
  heavyCost: number;
  /** The most estimated cost of expensive statements running at once. */
  heavyBudget: number;
  /** How long an expensive statement may wait to start. */
  waitMs: number;
}

interface Waiting {
  cost: number;
  admit: () => void;
}

export class Admission {
  /** The estimated cost of the expensive statements running now. */
  #running = 0;
  readonly #waiting: Waiting[] = [];

  constructor(private readonly options: AdmissionOptions) {}

  /** Runs `work` at once when it is cheap, else when its cost fits (or refuses it). */
  async run<T>(cost: number, work: () => Promise<T>): Promise<T> {
    if (cost < this.options.heavyCost) return work();
    await this.#enter(cost);
    try {
      return await work();
    } finally {
      this.#leave(cost);
    }
  }

  #fits(cost: number): boolean {
    return this.#running === 0 || this.#running + cost <= this.options.heavyBudget;
  }

  async #enter(cost: number): Promise<void> {
    // In arrival order: a small statement does not pass one that waits already.
    if (this.#waiting.length === 0 && this.#fits(cost)) {
      this.#running += cost;
      return;
    }
    const { promise: admitted, resolve: admit } = Promise.withResolvers<void>();
    const waiting: Waiting = { cost, admit };
    this.#waiting.push(waiting);
    const timeout = new AbortController();
    const late = sleep(this.options.waitMs, 'late' as const, { signal: timeout.signal }).catch(
      () => 'admitted' as const,
    );
    const outcome = await Promise.race([admitted.then(() => 'admitted' as const), late]);
    timeout.abort();
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

  #leave(cost: number): void {
    this.#running -= cost;
    this.#admitWaiting();
  }

  #admitWaiting(): void {
    for (let next = this.#waiting[0]; next && this.#fits(next.cost); next = this.#waiting[0]) {
      this.#waiting.shift();
      this.#running += next.cost;
      next.admit();
    }
  }
}
