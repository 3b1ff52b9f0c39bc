// The State Council schedules shipped with chinese-days (2004–2026): holidays and 调休 working weekends.
// We read the package's published JSON rather than its functions, which parse dates in local time.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { IsoDate } from './dates.js';

export interface ScheduledDay {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name: string;
}

type RawTable = Record<string, string>;
const raw = data as unknown as { holidays: RawTable; workdays: RawTable };

/** Entries read "English name,中文名,statutory days"; we keep the Chinese name. */
const chineseName = (entry: string): string => entry.split(',')[1] ?? entry;

const byYear = new Map<number, ScheduledDay[]>();
for (const kind of ['holiday', 'workday'] as const) {
  const table = kind === 'holiday' ? raw.holidays : raw.workdays;
  for (const [date, entry] of Object.entries(table)) {
    const year = Number(date.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push({ date, kind, name: chineseName(entry) });
    byYear.set(year, list);
  }
}

/** Years with a built-in official schedule. */
export const BUILT_IN_YEARS: readonly number[] = [...byYear.keys()].sort((a, b) => a - b);

/** The official special days of `year` (empty when the package has none). */
export function builtInSchedule(year: number): readonly ScheduledDay[] {
  return byYear.get(year) ?? [];
}
