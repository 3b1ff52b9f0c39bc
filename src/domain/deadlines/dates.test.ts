import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertIsoDate,
  compareDates,
  dayNumber,
  daysBetween,
  formatChineseDate,
  fromDayNumber,
  isIsoDate,
  toChinaDate,
  weekday,
} from './dates.js';

describe('date-only arithmetic', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-3')).toBe(false);
    expect(() => assertIsoDate('2025-13-01')).toThrow(/日期格式无效/);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-08-01', '2025-09-30')).toBe(60);
    expect(fromDayNumber(dayNumber('2030-02-03'))).toBe('2030-02-03');
    expect(compareDates('2025-10-09', '2025-10-10')).toBe(-1);
  });

  it('gives the same day number when asked again, and still refuses what is no date', () => {
    expect(dayNumber('2026-03-01')).toBe(dayNumber('2026-02-28') + 1);
    expect(dayNumber('2026-03-01')).toBe(20513);
    for (let i = 0; i < 2; i++) {
      expect(() => dayNumber('2026-02-29')).toThrow(/日期格式无效/);
      expect(() => dayNumber(' 2026-03-01')).toThrow(/日期格式无效/);
    }
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday('2025-01-26')).toBe(0);
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('2028-01-26')).toBe(3);
  });

  it('reads the China date of an instant at UTC+8, whatever the host zone', () => {
    expect(toChinaDate(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(toChinaDate(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(() => toChinaDate(new Date('not a date'))).toThrow(/时间无效/);
  });

  it('writes dates the way notices do', () => {
    expect(formatChineseDate('2026-10-05')).toBe('2026年10月5日');
  });
});
