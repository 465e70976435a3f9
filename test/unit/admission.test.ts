import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Admission, BusyError } from '../../src/graph/admission.ts';

/** Work that holds its place until `release` is called. */
function held() {
  const { promise: done, resolve: release } = Promise.withResolvers<void>();
  return { work: () => done, release };
}

describe('admission of expensive statements', () => {
  const options = { heavyCost: 100, heavyBudget: 1000, waitMs: 200 };

  it('lets cheap statements run at once, however many expensive ones hold the places', async () => {
    const admission = new Admission(options);
    const heavy = [held(), held()];
    const running = heavy.map((h) => admission.run(500, h.work));
    await expect(admission.run(10, async () => 'cheap')).resolves.toBe('cheap');
    for (const h of heavy) h.release();
    await Promise.all(running);
  });

  it('runs an expensive statement when a place frees, in arrival order', async () => {
    const admission = new Admission(options);
    const first = held();
    const second = held();
    const order: string[] = [];
    const a = admission.run(500, async () => {
      await first.work();
      order.push('a');
    });
    const b = admission.run(500, async () => {
      await second.work();
      order.push('b');
    });
    const c = admission.run(500, async () => {
      order.push('c');
    });
    await sleep(20);
    expect(order).toEqual([]);
    first.release();
    await a;
    await c;
    expect(order).toEqual(['a', 'c']);
    second.release();
    await b;
  });

  it('refuses an expensive statement that waits too long, as busy', async () => {
    const admission = new Admission(options);
    const heavy = [held(), held()];
    const running = heavy.map((h) => admission.run(500, h.work));
    const started = performance.now();
    await expect(admission.run(500, async () => 'late')).rejects.toBeInstanceOf(BusyError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);
    for (const h of heavy) h.release();
    await Promise.all(running);
    await expect(admission.run(500, async () => 'again')).resolves.toBe('again');
  });

  it('admits expensive statements by their estimated cost: several small ones, or one large', async () => {
    const admission = new Admission(options);
    const started: string[] = [];
    const start = (name: string, cost: number) => {
      const h = held();
      const done = admission.run(cost, async () => {
        started.push(name);
        await h.work();
      });
      return { ...h, done };
    };
    const small = [start('s1', 300), start('s2', 300), start('s3', 300)];
    const large = start('large', 900);
    await sleep(20);
    expect(started).toEqual(['s1', 's2', 's3']);
    for (const s of small.slice(0, 2)) s.release();
    await sleep(20);
    // 300 still runs: 900 more would pass the budget.
    expect(started).toEqual(['s1', 's2', 's3']);
    small[2]?.release();
    await sleep(20);
    expect(started).toEqual(['s1', 's2', 's3', 'large']);
    // Over the budget alone, it still runs when nothing else does.
    large.release();
    await Promise.all([...small, large].map((s) => s.done));
    await expect(admission.run(5000, async () => 'alone')).resolves.toBe('alone');
  });
});
