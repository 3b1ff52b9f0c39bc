import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../deadlines/index.js';
import { canFileFor, dueDateOf, isoWeek, periodLabel, periodOf, periodsBetween, reportState } from './schedule.js';

const calendar = createWorkCalendar({});

describe('reporting periods', () => {
  it('weeks run Monday to Sunday, whatever day they are asked from', () => {
    expect(periodOf('2026-11-30', 'weekly')).toEqual({ start: '2026-11-30', end: '2026-12-06' }); // a Monday
    expect(periodOf('2026-12-06', 'weekly')).toEqual({ start: '2026-11-30', end: '2026-12-06' }); // its Sunday
    expect(periodOf('2027-01-01', 'weekly')).toEqual({ start: '2026-12-28', end: '2027-01-03' }); // across the year
  });

  it('half-months are 1–15 and 16 to the month end, months whole (leap February included)', () => {
    expect(periodOf('2026-02-15', 'halfMonthly')).toEqual({ start: '2026-02-01', end: '2026-02-15' });
    expect(periodOf('2028-02-20', 'halfMonthly')).toEqual({ start: '2028-02-16', end: '2028-02-29' });
    expect(periodOf('2026-12-31', 'monthly')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('lists every period overlapping a range, oldest first', () => {
    const weeks = periodsBetween('2026-11-04', '2026-11-30', 'weekly');
    expect(weeks.map((p) => p.start)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(periodsBetween('2026-11-10', '2026-12-20', 'halfMonthly').map((p) => p.start)).toEqual(['2026-11-01', '2026-11-16', '2026-12-01', '2026-12-16']);
    expect(periodsBetween('2026-12-01', '2026-11-01', 'monthly')).toEqual([]);
  });

  it('names periods in Chinese with ISO week numbers', () => {
    expect(isoWeek('2026-11-30')).toBe(49);
    expect(isoWeek('2027-01-01')).toBe(53); // 2026 has 53 ISO weeks: 2027-01-01 belongs to its last
    expect(periodLabel(periodOf('2026-11-30', 'weekly'), 'weekly')).toBe('2026年第49周（11月30日—12月6日）');
    expect(periodLabel(periodOf('2026-12-20', 'halfMonthly'), 'halfMonthly')).toBe('2026年12月下半月');
  });
});

describe('which reports are due and late', () => {
  it('a weekly report is due on the last working day of the week (Friday, or earlier before a holiday)', () => {
    expect(dueDateOf({ start: '2026-11-30', end: '2026-12-06' }, calendar)).toBe('2026-12-04');
    // 国庆 2026 starts Thursday 1 October: the week's last working day is Wednesday 30 September.
    expect(dueDateOf({ start: '2026-09-28', end: '2026-10-04' }, calendar)).toBe('2026-09-30');
    // The holiday week itself has no working day: due on its Sunday.
    expect(dueDateOf({ start: '2026-10-05', end: '2026-10-07' }, calendar)).toBe('2026-10-07');
  });

  it('states: on time up to the due date, late after it, missing once it passed unfiled, pending before', () => {
    const due = '2026-12-04';
    expect(reportState(due, '2026-12-04', '2026-12-10')).toBe('onTime');
    expect(reportState(due, '2026-12-05', '2026-12-10')).toBe('late');
    expect(reportState(due, null, '2026-12-04')).toBe('pending');
    expect(reportState(due, null, '2026-12-05')).toBe('missing');
  });

  it('a period that fell due before the unit had to report is not required, unless filed anyway', () => {
    expect(reportState('2026-11-27', null, '2026-12-05', '2026-11-30')).toBe('notRequired');
    expect(reportState('2026-11-27', '2026-11-27', '2026-12-05', '2026-11-30')).toBe('onTime');
    // Joining mid-week, before Friday, still owes that week's report; joining on the weekend does not.
    expect(reportState('2026-12-04', null, '2026-12-05', '2026-12-02')).toBe('missing');
    expect(reportState('2026-12-04', null, '2026-12-07', '2026-12-05')).toBe('notRequired');
  });

  it('a future period cannot be filed yet', () => {
    expect(canFileFor({ start: '2026-12-07', end: '2026-12-13' }, '2026-12-04')).toBe(false);
    expect(canFileFor({ start: '2026-11-30', end: '2026-12-06' }, '2026-12-04')).toBe(true);
  });
});
