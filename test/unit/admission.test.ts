import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Admission, BusyError } from '../../src/graph/admission.ts';

// Every expensive read here holds a whole place, but in the test of parts of a place.
const options = {
  heavyCost: 100,
  places: 2,
  placeCost: 100,
  answerBytes: 1000,
  bytesPerCost: 1,
  waitMs: 200,
};

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

  it('admits cheaper expensive reads by the part of a place their cost is, one from `placeCost` on a whole place', async () => {
    const admission = new Admission({ ...options, places: 1, placeCost: 1000, answerBytes: 1e9 });
    const short = [await admission.enter(400), await admission.enter(400)];
    expect(admission.report()).toMatchObject({ entries: 2, waiting: 0 });
    const order: string[] = [];
    // 400 more would pass the one place: it waits, and the long read behind it too.
    const third = admission.enter(400).then((release) => {
      order.push('third');
      return release;
    });
    const long = admission.enter(5_000).then((release) => {
      order.push('long');
      return release;
    });
    await sleep(10);
    expect(order).toEqual([]);
    short[0]?.();
    await third;
    expect(order).toEqual(['third']);
    // The long read holds the whole place: it waits until the short ones are done, then runs alone.
    short[1]?.();
    await sleep(10);
    expect(order).toEqual(['third']);
    (await third)?.();
    const release = await long;
    expect(admission.report()).toMatchObject({ entries: 1, waiting: 0 });
    const after = admission.enter(100);
    await sleep(10);
    expect(admission.report()).toMatchObject({ entries: 1, waiting: 1 });
    release?.();
    expect(await after).toBeTypeOf('function');
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
