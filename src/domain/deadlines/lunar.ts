// Lunar and solar-term dates for the statutory-holiday fallback.
// chinese-days carries the usual 1900–2100 lunar table. Its string parser reads 'YYYY-MM-DD' as UTC
// but formats in local time, so we hand it local-midnight Date objects, which round-trip in any zone.
import chineseDays from 'chinese-days';
import { isoDate, type IsoDate } from './dates.js';

/** Years whose lunar new year, 端午 and 中秋 the table can place. */
export const LUNAR_YEAR_RANGE = { first: 1901, last: 2099 } as const;

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEAR_RANGE.first || year > LUNAR_YEAR_RANGE.last) {
    throw new RangeError(
      `${year} 年超出可推算农历节日的年份范围（${LUNAR_YEAR_RANGE.first}–${LUNAR_YEAR_RANGE.last}），请录入当年放假安排`,
    );
  }
}

/**
 * The Gregorian date of a day in a lunar year (never the leap month: festivals fall in the ordinary month).
 * `lunarYear` is the Gregorian year in which that lunar year begins.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  assertLunarYear(lunarYear);
  const { date } = chineseDays.getSolarDateFromLunar(new Date(lunarYear, lunarMonth - 1, lunarDay));
  return date;
}

/** 正月初一 of the lunar year that begins in `year`. */
export const lunarNewYear = (year: number): IsoDate => lunarToSolar(year, 1, 1);

/**
 * 清明 (the solar term) in `year`: the common "寿星" formula ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋.
 * Computed here because the package formats its solar terms in local time (a day early west of UTC).
 */
export function qingming(year: number): IsoDate {
  assertLunarYear(year);
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return isoDate(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}
