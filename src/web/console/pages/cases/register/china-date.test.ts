import { describe, expect, it } from 'vitest';
import { chinaToday, daysBetween } from './china-date.js';

describe('china dates', () => {
  it('reads today in China time, whatever the zone of the browser', () => {
    expect(chinaToday(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30'); // 01:30 the next day in Beijing
    expect(chinaToday(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
  });
  it('counts whole days across a month end', () => {
    expect(daysBetween('2026-11-20', '2026-12-01')).toBe(11);
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
  });
});
