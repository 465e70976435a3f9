/**
 * Each editor may write at most `perMinute` times in any minute (a mutation field is a write):
 * the times of their writes in the last minute are kept, for at most `editors` editors at once
 * (the least recently seen go first), so memory stays bounded whatever tokens arrive.
 */
import { BoundedCache } from '../bounded-cache.ts';

const minuteMs = 60_000;

/** The answer to a write: allowed, or refused until `retryAfterSeconds` have passed. */
export type WriteAdmission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class WriteLimits {
  readonly #recent: BoundedCache<number[]>;

  private readonly perMinute: number;
  private readonly now: () => number;

  constructor(perMinute: number, editors = 10_000, now: () => number = Date.now) {
    this.perMinute = perMinute;
    this.now = now;
    this.#recent = new BoundedCache<number[]>(
      editors * (perMinute * 8 + 64),
      (times) => times.length * 8 + 64,
      editors,
    );
  }

  /** Counts `writes` writes of `editor` now, unless that would pass the limit. */
  admit(editor: string, writes: number): WriteAdmission {
    const now = this.now();
    const times = (this.#recent.get(editor) ?? []).filter((time) => time > now - minuteMs);
    if (times.length + writes > this.perMinute) {
      // Room for these writes comes when enough of the earlier ones are a minute old.
      const freed = times[Math.min(times.length - 1, times.length + writes - this.perMinute - 1)];
      const waitMs = freed === undefined ? minuteMs : freed + minuteMs - now;
      this.#recent.set(editor, times);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.#recent.set(editor, [...times, ...Array<number>(writes).fill(now)]);
    return { allowed: true };
  }
}
