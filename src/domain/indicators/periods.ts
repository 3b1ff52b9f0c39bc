// Statistics periods: the same period a year earlier (同比) and the period just before (环比).
import { addDays, daysBetween, isoDate, type IsoDate } from '../deadlines/index.js';
import type { Period } from './rates.js';

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const parts = (d: IsoDate) => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))] as const;

/** Whole calendar months: from the 1st of one month to the last day of the same or a later one. */
function wholeMonths(p: Period): number | null {
  const [fy, fm, fd] = parts(p.from);
  const [ty, tm, td] = parts(p.to);
  if (fd !== 1 || td !== lastDayOfMonth(ty, tm)) return null;
  const n = (ty - fy) * 12 + (tm - fm) + 1;
  return n > 0 ? n : null;
}

function shiftMonths(d: IsoDate, months: number, endOfMonth: boolean): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return isoDate(ny, nm, endOfMonth ? lastDayOfMonth(ny, nm) : Math.min(day, lastDayOfMonth(ny, nm)));
}

/** 同比: the same dates one year earlier (a whole month stays a whole month: 2 月 29 日 → 2 月 28 日). */
export function yearOnYear(p: Period): Period {
  const months = wholeMonths(p) !== null;
  return { from: shiftMonths(p.from, -12, false), to: shiftMonths(p.to, -12, months) };
}

/** 环比: the period of the same length just before (whole months → the months before; else the days before). */
export function periodBefore(p: Period): Period {
  const months = wholeMonths(p);
  if (months !== null) return { from: shiftMonths(p.from, -months, false), to: shiftMonths(p.to, -months, true) };
  const length = daysBetween(p.from, p.to) + 1;
  return { from: addDays(p.from, -length), to: addDays(p.from, -1) };
}

/** Change against an earlier figure, as a fraction (null when the earlier figure is 0). */
export const changeOf = (now: number, before: number): number | null => (before === 0 ? null : (now - before) / before);

/** The calendar month holding a day. */
export function monthOf(day: IsoDate): Period {
  const [y, m] = parts(day);
  return { from: isoDate(y, m, 1), to: isoDate(y, m, lastDayOfMonth(y, m)) };
}

/** 2026年11月, or 2026-11-01 至 2026-11-15. */
export function periodLabel(p: Period): string {
  const months = wholeMonths(p);
  const [fy, fm] = parts(p.from);
  const [ty, tm] = parts(p.to);
  if (months === 1) return `${fy}年${fm}月`;
  if (months === 12 && fm === 1) return `${fy}年`;
  if (months !== null) return `${fy}年${fm}月至${ty}年${tm}月`;
  return `${p.from} 至 ${p.to}`;
}
