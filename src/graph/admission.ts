/**
 * Keeps expensive statements from crowding out cheap ones: a statement whose estimated cost is
 * high waits for one of a few places before it may run, so however many expensive queries
 * arrive at once, Neo4j's connections and the service's memory stay available to the rest. A
 * statement that cannot get a place in time is refused as "busy" (SERVICE_UNAVAILABLE, 503,
 * Retry-After) rather than left to fail later.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Too many expensive queries at once: the request may succeed a moment later. */
export class BusyError extends Error {
  override name = 'BusyError';
}

export interface AdmissionOptions {
  /** The estimated cost from which a statement is expensive. */
  heavyCost: number;
  /** How many expensive statements may run at once. */
  places: number;
  /** How long an expensive statement may wait for a place. */
  waitMs: number;
}

export class Admission {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly options: AdmissionOptions) {}

  /** Runs `work` at once when it is cheap, else when a place is free (or refuses it). */
  async run<T>(cost: number, work: () => Promise<T>): Promise<T> {
    if (cost < this.options.heavyCost) return work();
    await this.#enter();
    try {
      return await work();
    } finally {
      this.#leave();
    }
  }

  async #enter(): Promise<void> {
    if (this.#running < this.options.places) {
      this.#running += 1;
      return;
    }
    let admit: () => void = () => {};
    const admitted = new Promise<void>((resolve) => {
      admit = resolve;
    });
    this.#waiting.push(admit);
    const timeout = new AbortController();
    const late = sleep(this.options.waitMs, 'late' as const, { signal: timeout.signal }).catch(
      () => 'admitted' as const,
    );
    const outcome = await Promise.race([admitted.then(() => 'admitted' as const), late]);
    timeout.abort();
    if (outcome === 'late') {
      const index = this.#waiting.indexOf(admit);
      if (index >= 0) {
        this.#waiting.splice(index, 1);
        throw new BusyError('too many expensive queries at once');
      }
      // Admitted just as the wait ran out: the place is ours.
    }
  }

  #leave(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running -= 1;
  }
}
