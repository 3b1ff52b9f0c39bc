import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id.js';

describe('timeOrderedId', () => {
  it('is a version 7 UUID carrying its millisecond', () => {
    const t = Date.UTC(2026, 10, 29, 15, 30, 0, 123);
    const id = timeOrderedId(t);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(t);
  });

  it('sorts by time, and ids of the same millisecond still differ', () => {
    const ids = [0, 1, 1000, 86_400_000].map((d) => timeOrderedId(Date.UTC(2026, 0, 1) + d));
    expect([...ids].sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 1000 }, () => timeOrderedId(1_800_000_000_000)));
    expect(same.size).toBe(1000);
  });
});
