import type { WorkCalendar } from './calendar.js';
import { compareDates, type IsoDate } from './dates.js';
import { overdueGrade, type Light, type OverdueGrade, type OverdueThresholds } from './lights.js';

export interface Clock {
  dueOn: IsoDate;
  warnOn: IsoDate | null;
  status: string;
  paused: boolean;
}

export interface ClockSummary {
  /** The worst light of the running, unpaused clocks; null when none runs. */
  light: Light | null;
  /** The nearest due date among them. */
  dueOn: IsoDate | null;
  /** How late the nearest one is (null when not past due). */
  overdueGrade: OverdueGrade | null;
}

/**
 * What a case's clocks say at a glance, by the same rule as the lists (red: a due date has passed; yellow: a
 * warning day has come), so the case page and the list never disagree.
 */
export function clockSummary(clocks: readonly Clock[], today: IsoDate, calendar: WorkCalendar, thresholds: OverdueThresholds): ClockSummary {
  const running = clocks.filter((c) => c.status === 'running' && !c.paused);
  if (!running.length) return { light: null, dueOn: null, overdueGrade: null };
  const light: Light = running.some((c) => compareDates(c.dueOn, today) < 0)
    ? 'red'
    : running.some((c) => c.warnOn !== null && compareDates(c.warnOn, today) <= 0)
      ? 'yellow'
      : 'green';
  const dueOn = running.map((c) => c.dueOn).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  return { light, dueOn, overdueGrade: overdueGrade(dueOn, today, calendar, thresholds) };
}
