import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Admission, BusyError } from '../../src/graph/admission.ts';

const options = { heavyCost: 100, places: 2, answerBytes: 1000, bytesPerCost: 1, waitMs: 200 };

describe('admission of expensive reads', () => {
  it('admits cheap reads at once, however many expensive ones hold the places', async () => {
    const admission = new Admission(options);
    const heavy = [await admission.enter(300), await admission.enter(300)];
    expect(await admission.enter(10)).toBeUndefined();
    expect(admission.report()).toMatchObject({ entries: 2, bytes: 600, waiting: 0 });
    for (const release of heavy) release?.();
    expect(admission.report()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('admits at most `places` expensive reads, the next when a place is given back, in arrival order', async () => {
    const admission = new Admission(options);
    const first = await admission.enter(100);
    await admission.enter(100);
    const order: string[] = [];
    const third = admission.enter(100).then((release) => {
      order.push('third');
      return release;
    });
    const fourth = admission.enter(100).then(() => order.push('fourth'));
    await sleep(10);
    expect(order).toEqual([]);
    expect(admission.report()).toMatchObject({ entries: 2, waiting: 2 });
    first?.();
    // Given back twice, it frees one place only.
    first?.();
    await third;
    expect(order).toEqual(['third']);
    expect(admission.report()).toMatchObject({ entries: 2, waiting: 1 });
    (await third)?.();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
  });

  it('admits expensive reads while their answers fit the bytes, one alone whatever its size', async () => {
    const admission = new Admission({ ...options, places: 10 });
    const small = [await admission.enter(400), await admission.enter(400)];
    let largeAdmitted = false;
    const large = admission.enter(900).then((release) => {
      largeAdmitted = true;
      return release;
    });
    await sleep(10);
    // 800 held: 900 more would pass the 1000 bytes.
    expect(largeAdmitted).toBe(false);
    small[0]?.();
    await sleep(10);
    expect(largeAdmitted).toBe(false);
    small[1]?.();
    expect(await large).toBeTypeOf('function');
    expect(admission.report()).toMatchObject({ entries: 1, bytes: 900 });
  });

  it('refuses an expensive read that cannot start in time as busy, and frees its turn', async () => {
    const admission = new Admission(options);
    const held = [await admission.enter(100), await admission.enter(100)];
    await expect(admission.enter(100)).rejects.toBeInstanceOf(BusyError);
    expect(admission.report()).toMatchObject({ entries: 2, waiting: 0 });
    for (const release of held) release?.();
    expect(await admission.enter(100)).toBeTypeOf('function');
  });
});
