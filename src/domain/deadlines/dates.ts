// Date-only arithmetic on 'YYYY-MM-DD' strings. Every date here is a China-local calendar day;
// all arithmetic goes through UTC day numbers, so the host time zone can never shift a day.

/** A calendar date in China time, written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** True for a real calendar date written 'YYYY-MM-DD' ('2025-02-30' is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Throws a RangeError (Chinese message) unless `value` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(value: string, what = '日期'): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new RangeError(`${what}格式无效：${String(value)}（应为 YYYY-MM-DD）`);
  }
  return value;
}

// The dates a process meets are few (a few thousand days), and every repeat candidate and deadline asks again.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 (the same integer on every machine). */
export function dayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  assertIsoDate(date);
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
  if (dayNumbers.size >= 50_000) dayNumbers.clear(); // a bound on memory, not a cache policy
  dayNumbers.set(date, day);
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Gregorian year of a day number, without building a string. */
export function yearOfDayNumber(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumber(date));
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO dates sort as strings; this also validates both sides. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return assertIsoDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

/** The China-local date (Asia/Shanghai, UTC+8) of an instant, whatever the host's time zone. */
export function toChinaDate(instant: Date): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('时间无效：无法换算为北京时间日期');
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** '2026-10-15' → '2026年10月15日', the form used on notices. */
export function formatChineseDate(date: IsoDate): string {
  assertIsoDate(date);
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
