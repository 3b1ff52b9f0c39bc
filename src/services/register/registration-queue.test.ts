import { describe, expect, it } from 'vitest';
import { RegistrationQueue } from './registration-queue.js';
import { commonScope } from './register-case.js';

/**
 * A writer (or a lookup) that records its batches, and what was looked up for them, and finishes each when told to:
 * `#i` for a written item, `L<i>` for a looked-up one.
 */
function recorder(fail: (item: number) => boolean = () => false, mark = '#', failure = 'bad') {
  const batches: number[][] = [];
  const looked: unknown[][] = [];
  const open: (() => void)[] = [];
  const write = (items: number[], lookedUp: unknown[] = []) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(items);
      looked.push(lookedUp);
      open.push(() => (items.some(fail) ? reject(new Error(`${failure} ${items.join(',')}`)) : resolve(items.map((i) => `${mark}${i}`))));
    });
  const finishOne = async () => {
    open.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  const finishAll = async () => {
    while (open.length) await finishOne();
  };
  return { batches, looked, write, finishOne, finishAll };
}

describe('registration queue', () => {
  it('writes a lone item at once, and what arrives meanwhile together in the next batch', async () => {
    const r = recorder();
    const q = new RegistrationQueue(r.write, { inFlight: 1 });
    const all = [1, 2, 3, 4].map((i) => q.submit(i));
    expect(r.batches).toEqual([[1]]);
    await r.finishAll();
    expect(await Promise.all(all)).toEqual(['#1', '#2', '#3', '#4']);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps up to inFlight batches going and caps a batch at maxBatch', async () => {
    const r = recorder();
    const q = new RegistrationQueue(r.write, { inFlight: 2, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5, 6].map((i) => q.submit(i));
    expect(r.batches).toEqual([[1], [2]]); // both in flight at once; 3 … 6 wait
    await r.finishAll();
    await Promise.all(all);
    expect(r.batches.flat().sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Math.max(...r.batches.map((b) => b.length))).toBe(2);
  });

  it('writes the items of a failed batch again one by one: only the bad one fails', async () => {
    const r = recorder((i) => i === 3);
    const q = new RegistrationQueue(r.write, { inFlight: 1 });
    const all = [1, 2, 3, 4].map((i) => q.submit(i).catch((e: Error) => e.message));
    await r.finishAll();
    expect(await Promise.all(all)).toEqual(['#1', '#2', 'bad 3', '#4']);
    expect(r.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('batches an item with a group only with items of the same group, in order', async () => {
    const r = recorder();
    const q = new RegistrationQueue(r.write, { inFlight: 1, group: (i) => (i >= 3 && i <= 5 ? 'A' : i === 6 ? 'B' : undefined) });
    const all = [1, 2, 3, 4, 5, 6, 7].map((i) => q.submit(i));
    await r.finishAll();
    await Promise.all(all);
    expect(r.batches).toEqual([[1], [2], [3, 4, 5], [6], [7]]);
  });
});

describe('registration queue with a lookup stage', () => {
  const lookups = (fail?: (item: number) => boolean) => recorder(fail, 'L', 'lookup');

  it('looks items up one batch at a time, while earlier ones are written, and writes what gathered together', async () => {
    const l = lookups();
    const w = recorder();
    const q = new RegistrationQueue<number, string, string>(w.write, { inFlight: 1, lookup: l.write });
    const all = [1, 2].map((i) => q.submit(i));
    expect(l.batches).toEqual([[1]]); // one lookup at a time
    await l.finishOne(); // 1 looked up → written at once; 2 looked up next, while 1 is written
    expect(w.batches).toEqual([[1]]);
    expect(l.batches).toEqual([[1], [2]]);
    const more = [3, 4].map((i) => q.submit(i));
    await l.finishOne(); // 2 waits for the write slot; 3 and 4 are looked up together
    expect(l.batches).toEqual([[1], [2], [3, 4]]);
    await l.finishOne();
    expect(w.batches).toEqual([[1]]);
    await w.finishOne(); // 1 written: 2, 3 and 4 (from two lookups) are written in one batch
    expect(w.batches).toEqual([[1], [2, 3, 4]]);
    expect(w.looked).toEqual([['L1'], ['L2', 'L3', 'L4']]);
    await w.finishOne();
    expect(await Promise.all([...all, ...more])).toEqual(['#1', '#2', '#3', '#4']);
  });

  it('looks the items of a failed lookup up again one by one: only the bad one fails', async () => {
    const l = lookups((i) => i === 3);
    const w = recorder();
    const q = new RegistrationQueue<number, string, string>(w.write, { inFlight: 1, lookup: l.write });
    const all = [1, 2, 3, 4].map((i) => q.submit(i).catch((e: Error) => e.message));
    for (let i = 0; i < 8; i++) {
      await l.finishOne();
      await w.finishAll();
    }
    expect(await Promise.all(all)).toEqual(['#1', '#2', 'lookup 3', '#4']);
    expect(l.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });
});

describe('commonScope', () => {
  it('is the narrowest subtree holding every unit path', () => {
    expect(commonScope(['/a/b/c/', '/a/b/d/e/'])).toBe('/a/b/');
    expect(commonScope(['/a/b/c/'])).toBe('/a/b/c/');
    expect(commonScope(['/a/bc/', '/a/b/'])).toBe('/a/');
    expect(commonScope(['/a/', '/x/'])).toBe('/');
  });
});
