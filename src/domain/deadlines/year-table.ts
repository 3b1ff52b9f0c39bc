// One year of the calendar as a flat table (1 = working day), so counting days is an array lookup.
import { dayNumber, isoDate, weekdayOfDayNumber, type IsoDate } from './dates.js';

export type YearSource = 'builtIn' | 'published' | 'fallback';
export type DaySource = 'builtIn' | 'override' | 'fallback' | 'weekly';

export interface SpecialDay {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name?: string;
  source: DaySource;
}

export interface YearTable {
  first: number;
  work: Uint8Array;
  /** Holidays and working weekends by day number; later layers replace earlier ones. */
  special: Map<number, SpecialDay>;
  source: YearSource;
}

export function buildYearTable(
  year: number,
  source: YearSource,
  ...layers: ReadonlyArray<readonly SpecialDay[]>
): YearTable {
  const first = dayNumber(isoDate(year, 1, 1));
  const length = dayNumber(isoDate(year + 1, 1, 1)) - first;
  const work = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const w = weekdayOfDayNumber(first + i);
    work[i] = w === 0 || w === 6 ? 0 : 1;
  }
  const special = new Map<number, SpecialDay>();
  for (const layer of layers) for (const d of layer) special.set(dayNumber(d.date), d);
  for (const [day, d] of special) work[day - first] = d.kind === 'workday' ? 1 : 0;
  return { first, work, special, source };
}
