// The fallback schedule for a year the State Council has not yet published:
// 《全国年节及纪念日放假办法》 as amended in 2024 (in force from 2025), 第二条 and 第六条.
import { addDays, isoDate, isWeekend, type IsoDate } from './dates.js';
import { lunarNewYear, lunarToSolar, qingming } from './lunar.js';

export interface StatutoryDay {
  date: IsoDate;
  name: string;
  /** A 补假 day given because a holiday fell on a weekend or on another holiday. */
  compensation: boolean;
}

/** 第二条: the holidays for all citizens (全体公民放假的节日), in days. */
function statutoryDays(year: number): Array<{ date: IsoDate; name: string }> {
  const springFestival = lunarNewYear(year);
  const span = (first: IsoDate, count: number, name: string) =>
    Array.from({ length: count }, (_, i) => ({ date: addDays(first, i), name }));
  return [
    { date: isoDate(year, 1, 1), name: '元旦' },
    ...span(addDays(springFestival, -1), 4, '春节'), // 农历除夕、正月初一至初三
    { date: qingming(year), name: '清明节' },
    ...span(isoDate(year, 5, 1), 2, '劳动节'),
    { date: lunarToSolar(year, 5, 5), name: '端午节' },
    { date: lunarToSolar(year, 8, 15), name: '中秋节' },
    ...span(isoDate(year, 10, 1), 3, '国庆节'),
  ];
}

/**
 * Statutory rest days of `year`, sorted. With `compensate` (default), 第六条 applies: a holiday for all
 * citizens that falls on a Saturday or Sunday is made up on the next working day; we treat two holidays
 * on one day (e.g. 中秋 on 10月3日) the same way, as the State Council did in 2020.
 * No 调休 (swapped working weekends): those exist only in a published schedule.
 */
export function statutoryHolidays(year: number, compensate = true): StatutoryDay[] {
  const taken = new Map<IsoDate, StatutoryDay>();
  const owed: Array<{ after: IsoDate; name: string }> = [];
  for (const { date, name } of statutoryDays(year)) {
    if (taken.has(date)) owed.push({ after: date, name });
    else {
      taken.set(date, { date, name, compensation: false });
      if (isWeekend(date)) owed.push({ after: date, name });
    }
  }
  if (compensate) {
    for (const { after, name } of owed) {
      let day = addDays(after, 1);
      while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
      taken.set(day, { date: day, name: `${name}补假`, compensation: true });
    }
  }
  return [...taken.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
