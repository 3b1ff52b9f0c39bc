// The working-day calendar: weekends off, statutory holidays off, 调休 weekends on.
// Each year comes from, in order: the built-in State Council schedule (chinese-days, 2004–2026) or,
// for a year the caller declares published, no base at all; otherwise the statutory fallback,
// marked provisional. Caller overrides (admin-entered or imported schedules) always win, day by day.
import { BUILT_IN_YEARS, builtInSchedule } from './built-in-schedule.js';
import {
  assertIsoDate,
  dayNumber,
  fromDayNumber,
  weekdayOfDayNumber,
  yearOf,
  yearOfDayNumber,
  type IsoDate,
} from './dates.js';
import { statutoryHolidays } from './statutory-holidays.js';
import {
  buildYearTable,
  type DaySource,
  type SpecialDay,
  type YearSource,
  type YearTable,
} from './year-table.js';

export interface CalendarOverride {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name?: string;
}

export interface WorkCalendarOptions {
  overrides?: readonly CalendarOverride[];
  /** Years whose official schedule the caller has entered in full: never provisional. */
  publishedYears?: readonly number[];
  /** Use the schedules shipped with chinese-days (default true). */
  builtIn?: boolean;
  /** In fallback years, make up a weekend holiday on the next working day (第六条 补假; default true). */
  compensateWeekendHolidays?: boolean;
}

export type { DaySource, YearSource } from './year-table.js';
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjustedWorkday';
export const DAY_KIND_LABELS: Record<DayKind, string> = {
  workday: '工作日',
  weekend: '休息日',
  holiday: '法定节假日',
  adjustedWorkday: '调休上班',
};

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  kind: DayKind;
  name?: string;
  source: DaySource;
  provisional: boolean;
}

/** Longest run of rest days we accept before calling the calendar broken (guards endless loops). */
const MAX_REST_RUN = 366;

function kindOf(special: SpecialDay | undefined, weekend: boolean): DayKind {
  if (!special) return weekend ? 'weekend' : 'workday';
  if (special.kind === 'holiday') return 'holiday';
  return weekend ? 'adjustedWorkday' : 'workday';
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}必须是非负整数：${n}`);
}

export class WorkCalendar {
  private readonly overridesByYear = new Map<number, SpecialDay[]>();
  private readonly published: ReadonlySet<number>;
  private readonly useBuiltIn: boolean;
  private readonly compensate: boolean;
  private readonly years = new Map<number, YearTable>();

  constructor(options: WorkCalendarOptions = {}) {
    this.useBuiltIn = options.builtIn ?? true;
    this.compensate = options.compensateWeekendHolidays ?? true;
    for (const y of options.publishedYears ?? []) {
      if (!Number.isInteger(y)) throw new RangeError(`已公布年份无效：${y}`);
    }
    this.published = new Set(options.publishedYears ?? []);
    for (const o of options.overrides ?? []) {
      assertIsoDate(o.date, '日历调整日期');
      if (o.kind !== 'holiday' && o.kind !== 'workday')
        throw new RangeError(`日历调整类型无效：${String(o.kind)}`);
      const list = this.overridesByYear.get(yearOf(o.date)) ?? [];
      if (list.some((p) => p.date === o.date && p.kind !== o.kind)) {
        throw new RangeError(`日历调整相互矛盾：${o.date} 既是放假又是上班`);
      }
      list.push({ date: o.date, kind: o.kind, source: 'override', ...(o.name ? { name: o.name } : {}) });
      this.overridesByYear.set(yearOf(o.date), list);
    }
  }

  /** Where a year's schedule comes from; 'fallback' years are provisional. */
  yearSource(year: number): YearSource {
    if (this.published.has(year)) return 'published';
    if (this.useBuiltIn && BUILT_IN_YEARS.includes(year)) return 'builtIn';
    return 'fallback';
  }

  isProvisional(year: number): boolean {
    return this.yearSource(year) === 'fallback';
  }

  /** True when any day from `a` to `b` (either order, inclusive) lies in a provisional year. */
  isProvisionalBetween(a: IsoDate, b: IsoDate): boolean {
    const [y1, y2] = [yearOf(a), yearOf(b)].sort((p, q) => p - q) as [number, number];
    for (let y = y1; y <= y2; y++) if (this.isProvisional(y)) return true;
    return false;
  }

  isWorkday(date: IsoDate): boolean {
    return this.workOn(dayNumber(date));
  }

  /** Weekend or holiday (法定休假日 in the sense of 民法典 第二百零三条). */
  isRestDay(date: IsoDate): boolean {
    return !this.isWorkday(date);
  }

  dayInfo(date: IsoDate): DayInfo {
    const day = dayNumber(date);
    const table = this.table(yearOfDayNumber(day));
    const special = table.special.get(day);
    const weekend = [0, 6].includes(weekdayOfDayNumber(day));
    const workday = this.workOn(day);
    const kind = kindOf(special, weekend);
    return {
      date,
      workday,
      kind,
      source: special?.source ?? 'weekly',
      provisional: table.source === 'fallback',
      ...(special?.name ? { name: special.name } : {}),
    };
  }

  /** Holidays and working weekends of a year, as the admin screen lists them. */
  specialDays(year: number): DayInfo[] {
    return [...this.table(year).special.keys()]
      .sort((a, b) => a - b)
      .map((d) => this.dayInfo(fromDayNumber(d)));
  }

  /** `date` itself when it is a working day, else the first working day after it. */
  nextWorkday(date: IsoDate): IsoDate {
    let day = dayNumber(date);
    for (let run = 0; !this.workOn(day); run++, day++) this.guard(run);
    return fromDayNumber(day);
  }

  /**
   * The n-th working day after `start`. Counting starts the next day (民法典 第二百零一条): a Friday receipt
   * with 5 working days is due the next Friday. The result is always a working day; n = 0 gives
   * `start`, or the next working day when `start` is a rest day.
   */
  addWorkdays(start: IsoDate, n: number): IsoDate {
    assertCount(n, '工作日天数');
    let day = dayNumber(start);
    if (n === 0) return this.nextWorkday(start);
    for (let counted = 0, run = 0; counted < n;) {
      day++;
      if (this.workOn(day)) {
        counted++;
        run = 0;
      } else this.guard(run++);
    }
    return fromDayNumber(day);
  }

  /**
   * `start` plus n calendar days, counting from the next day. When the last day is a rest day
   * (weekend or holiday), the period ends on the first working day after it (民法典 第二百零三条);
   * pass `rollForward: false` for the bare calendar date.
   */
  addCalendarDays(start: IsoDate, n: number, options: { rollForward?: boolean } = {}): IsoDate {
    assertCount(n, '天数');
    const end = fromDayNumber(dayNumber(start) + n);
    return options.rollForward === false ? end : this.nextWorkday(end);
  }

  /** Working days after `a` up to and including `b`; negative when `b` is before `a`. */
  workdaysBetween(a: IsoDate, b: IsoDate): number {
    const [da, db] = [dayNumber(a), dayNumber(b)];
    if (db < da) return -this.workdaysBetween(b, a);
    let count = 0;
    for (let d = da + 1; d <= db; d++) if (this.workOn(d)) count++;
    return count;
  }

  private workOn(day: number): boolean {
    const table = this.table(yearOfDayNumber(day));
    return table.work[day - table.first] === 1;
  }

  private guard(run: number): void {
    if (run > MAX_REST_RUN) throw new RangeError('日历中连续休息日超过一年，请检查节假日设置');
  }

  private table(year: number): YearTable {
    const cached = this.years.get(year);
    if (cached) return cached;
    const source = this.yearSource(year);
    const base: SpecialDay[] =
      this.useBuiltIn && BUILT_IN_YEARS.includes(year)
        ? builtInSchedule(year).map((d) => ({ ...d, source: 'builtIn' }))
        : source === 'fallback'
          ? statutoryHolidays(year, this.compensate).map((d) => ({
              date: d.date,
              kind: 'holiday',
              name: d.name,
              source: 'fallback',
            }))
          : [];
    const table = buildYearTable(year, source, base, this.overridesByYear.get(year) ?? []);
    this.years.set(year, table);
    return table;
  }
}

export const createWorkCalendar = (options: WorkCalendarOptions = {}): WorkCalendar =>
  new WorkCalendar(options);
