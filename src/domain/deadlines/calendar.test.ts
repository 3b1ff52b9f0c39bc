// The official schedules: 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号), as shipped in chinese-days.
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './calendar.js';

const cal = createWorkCalendar();
// The dates among `dates` that the calendar wrongly treats as working days.
const workingAmong = (dates: string[]) => dates.filter((d) => cal.isWorkday(d));

describe('official 2025 schedule', () => {
  it('has every holiday off', () => {
    const holidays = [
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ];
    expect(workingAmong(holidays)).toEqual([]);
  });

  it('has the 调休 weekends on', () => {
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(cal.isWorkday(d), d).toBe(true);
      expect(cal.dayInfo(d).kind).toBe('adjustedWorkday');
    }
  });

  it('keeps ordinary weekdays on and ordinary weekends off', () => {
    expect(cal.isWorkday('2025-01-27')).toBe(true);
    expect(cal.isWorkday('2025-02-05')).toBe(true);
    expect(cal.isWorkday('2025-02-09')).toBe(false);
    expect(cal.isWorkday('2025-10-12')).toBe(false);
    expect(cal.isProvisional(2025)).toBe(false);
  });
});

describe('official 2026 schedule', () => {
  it('matches 国办发明电〔2025〕7号 day for day', () => {
    const off = [
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
    ];
    for (let d = 15; d <= 23; d++) off.push(`2026-02-${d}`);
    for (let d = 1; d <= 5; d++) off.push(`2026-05-0${d}`);
    for (let d = 1; d <= 7; d++) off.push(`2026-10-0${d}`);
    expect(workingAmong(off)).toEqual([]);
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(cal.isWorkday(d), d).toBe(true);
    }
    expect(
      cal
        .specialDays(2026)
        .filter((d) => d.workday)
        .map((d) => d.date),
    ).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('describes a day for the admin screen', () => {
    expect(cal.dayInfo('2026-02-14')).toEqual({
      date: '2026-02-14',
      workday: true,
      kind: 'adjustedWorkday',
      name: '春节',
      source: 'builtIn',
      provisional: false,
    });
    expect(cal.dayInfo('2026-02-16')).toMatchObject({ workday: false, kind: 'holiday', name: '春节' });
    expect(cal.dayInfo('2026-03-07')).toMatchObject({ workday: false, kind: 'weekend', source: 'weekly' });
    expect(cal.dayInfo('2026-03-09')).toMatchObject({ workday: true, kind: 'workday', source: 'weekly' });
  });
});

describe('addWorkdays: counting starts the day after', () => {
  it('crosses the 2025 Spring Festival, counting the 调休 Sunday and Saturday', () => {
    expect(cal.addWorkdays('2025-01-24', 1)).toBe('2025-01-26');
    expect(cal.addWorkdays('2025-01-24', 5)).toBe('2025-02-07');
    expect(cal.addWorkdays('2025-01-24', 6)).toBe('2025-02-08');
    expect(cal.addWorkdays('2025-01-24', 7)).toBe('2025-02-10');
    expect(cal.addWorkdays('2025-01-24', 15)).toBe('2025-02-20');
  });

  it('crosses the 2025 National Day and Mid-Autumn holiday', () => {
    expect(cal.addWorkdays('2025-09-26', 5)).toBe('2025-10-10');
    expect(cal.addWorkdays('2025-09-26', 6)).toBe('2025-10-11');
    expect(cal.addWorkdays('2025-09-26', 7)).toBe('2025-10-13');
  });

  it('crosses the 2026 Spring Festival and National Day', () => {
    expect(cal.addWorkdays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkdays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkdays('2026-02-13', 6)).toBe('2026-02-28');
    expect(cal.addWorkdays('2026-02-13', 7)).toBe('2026-03-02');
    expect(cal.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
    expect(cal.addWorkdays('2025-12-31', 1)).toBe('2026-01-04');
  });

  it('does not count the start day, and n = 0 lands on a working day', () => {
    expect(cal.addWorkdays('2025-03-03', 1)).toBe('2025-03-04');
    expect(cal.addWorkdays('2025-03-03', 0)).toBe('2025-03-03');
    expect(cal.addWorkdays('2025-10-01', 0)).toBe('2025-10-09');
    expect(() => cal.addWorkdays('2025-03-03', -1)).toThrow(/非负整数/);
  });

  it('workdaysBetween is the inverse of addWorkdays', () => {
    expect(cal.workdaysBetween('2025-01-24', '2025-02-20')).toBe(15);
    expect(cal.workdaysBetween('2025-09-26', '2025-10-11')).toBe(6);
    expect(cal.workdaysBetween('2025-10-11', '2025-09-26')).toBe(-6);
    expect(cal.workdaysBetween('2025-10-01', '2025-10-08')).toBe(0);
    for (const n of [1, 4, 9, 23, 60])
      expect(cal.workdaysBetween('2026-01-30', cal.addWorkdays('2026-01-30', n))).toBe(n);
  });
});

describe('addCalendarDays: a last day that is a rest day moves to the next working day', () => {
  it('moves off a statutory holiday, past the whole holiday', () => {
    expect(cal.addCalendarDays('2025-09-16', 15)).toBe('2025-10-09');
    expect(cal.addCalendarDays('2025-09-16', 15, { rollForward: false })).toBe('2025-10-01');
  });

  it('moves off a weekend, but not off a 调休 working Saturday', () => {
    expect(cal.addCalendarDays('2025-03-07', 15)).toBe('2025-03-24');
    expect(cal.addCalendarDays('2025-09-26', 15)).toBe('2025-10-11');
    expect(cal.addCalendarDays('2025-12-02', 60)).toBe('2026-02-02');
  });

  it('leaves a working last day alone', () => {
    expect(cal.addCalendarDays('2025-08-01', 60)).toBe('2025-09-30');
  });
});
