import { addDays, compareDates, dayNumber, fromDayNumber, isoDate, weekday, type IsoDate } from '../deadlines/dates.js';
import type { UnitLevel } from '../vocabulary/index.js';
import type { ReportFrequency, ReportState } from './vocabulary.js';

/** One reporting period: the days a report covers, inclusive. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** Which unit levels file screening reports and how often (configurable; villages weekly by default). */
export type ReportSchedule = Partial<Record<UnitLevel, ReportFrequency>>;
export const DEFAULT_REPORT_SCHEDULE: ReportSchedule = { village: 'weekly' };

/** Knows the working days (the deadlines calendar); only what the schedule needs. */
export interface WorkdayOracle {
  isWorkday(date: IsoDate): boolean;
}

const lastDayOfMonth = (y: number, m: number) => fromDayNumber(dayNumber(isoDate(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1)) - 1);

/** The period containing `date`: weeks run Monday to Sunday; half-months 1–15 and 16–end. */
export function periodOf(date: IsoDate, frequency: ReportFrequency): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  switch (frequency) {
    case 'weekly': {
      const start = addDays(date, -((weekday(date) + 6) % 7));
      return { start, end: addDays(start, 6) };
    }
    case 'halfMonthly':
      return d <= 15 ? { start: isoDate(y, m, 1), end: isoDate(y, m, 15) } : { start: isoDate(y, m, 16), end: lastDayOfMonth(y, m) };
    case 'monthly':
      return { start: isoDate(y, m, 1), end: lastDayOfMonth(y, m) };
  }
}

/** Every period that overlaps [from, to], oldest first. */
export function periodsBetween(from: IsoDate, to: IsoDate, frequency: ReportFrequency): Period[] {
  if (compareDates(from, to) > 0) return [];
  const out: Period[] = [];
  for (let p = periodOf(from, frequency); compareDates(p.start, to) <= 0; p = periodOf(addDays(p.end, 1), frequency)) out.push(p);
  return out;
}

/** A report is due on the last working day of its period (the period's last day when it has none). */
export function dueDateOf(period: Period, calendar: WorkdayOracle): IsoDate {
  for (let d = period.end; compareDates(d, period.start) >= 0; d = addDays(d, -1)) if (calendar.isWorkday(d)) return d;
  return period.end;
}

/**
 * Where a unit stands for one period on `today`: filed by the due date → onTime; filed after → late; not filed and
 * the due date passed → missing; otherwise pending. A period that fell due before the unit had to report (`since`:
 * the day it joined the system) is notRequired unless it was filed anyway.
 */
export function reportState(due: IsoDate, filedOn: IsoDate | null, today: IsoDate, since?: IsoDate): ReportState {
  if (filedOn) return compareDates(filedOn, due) <= 0 ? 'onTime' : 'late';
  if (since && compareDates(due, since) < 0) return 'notRequired';
  return compareDates(today, due) > 0 ? 'missing' : 'pending';
}

/** Whether a period may be filed on `today`: not a future period (a report describes what was found). */
export const canFileFor = (period: Period, today: IsoDate) => compareDates(period.start, today) <= 0;

/** Chinese name of a period: 2026年第49周（11月30日—12月6日）, 2026年12月上半月, 2026年12月. */
export function periodLabel(period: Period, frequency: ReportFrequency): string {
  const y = Number(period.start.slice(0, 4));
  const m = Number(period.start.slice(5, 7));
  const md = (d: IsoDate) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  switch (frequency) {
    case 'weekly':
      return `${isoWeekYear(period.start)}年第${isoWeek(period.start)}周（${md(period.start)}—${md(period.end)}）`;
    case 'halfMonthly':
      return `${y}年${m}月${Number(period.start.slice(8, 10)) === 1 ? '上' : '下'}半月`;
    case 'monthly':
      return `${y}年${m}月`;
  }
}

// ISO 8601 week numbers: the week with the year's first Thursday is week 1.
const thursdayOf = (date: IsoDate) => addDays(date, 3 - ((weekday(date) + 6) % 7));
export const isoWeekYear = (date: IsoDate) => Number(thursdayOf(date).slice(0, 4));
export function isoWeek(date: IsoDate): number {
  const th = thursdayOf(date);
  return Math.floor((dayNumber(th) - dayNumber(isoDate(Number(th.slice(0, 4)), 1, 1))) / 7) + 1;
}
