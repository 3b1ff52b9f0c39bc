// Red/yellow/green lights, overdue grades and the frozen on-time verdict of a finished step.
import type { WorkCalendar } from './calendar.js';
import { addDays, compareDates, daysBetween, toChinaDate, type IsoDate } from './dates.js';
import type { TimeLimitRule } from './rules.js';

export type Light = 'green' | 'yellow' | 'red';
export const LIGHTS: readonly Light[] = ['green', 'yellow', 'red'];
export const LIGHT_LABELS: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
export const LIGHT_DESCRIPTIONS: Record<Light, string> = {
  green: '正常办理',
  yellow: '临近期限（预警）',
  red: '已超期',
};

export interface LightConfig {
  /** Yellow once no more than this many working days remain after today (default 3). */
  marginWorkdays?: number;
  /** …or once no more than this share of the limit remains, in the rule's unit (default 0.2, rounded up). */
  marginRatio?: number;
}

/**
 * The light on `today` for a step due on `due`. "Remaining" counts the days after today up to and
 * including the due day, so the due day itself is yellow and the day after it red. The warning
 * margin is the larger of the two (default: 3 working days, or 20% of the limit).
 */
export function light(
  due: IsoDate,
  today: IsoDate,
  rule: Pick<TimeLimitRule, 'days' | 'unit'>,
  calendar: WorkCalendar,
  config: LightConfig = {},
): Light {
  if (compareDates(today, due) > 0) return 'red';
  const marginWorkdays = config.marginWorkdays ?? 3;
  const ratioMargin = Math.ceil(rule.days * (config.marginRatio ?? 0.2));
  const workdaysLeft = calendar.workdaysBetween(today, due);
  const leftInRuleUnit = rule.unit === 'working' ? workdaysLeft : daysBetween(today, due);
  return workdaysLeft <= marginWorkdays || leftInRuleUnit <= ratioMargin ? 'yellow' : 'green';
}

/**
 * The first day a step due on `due` shows yellow (stored with the clock, so lists can filter 即将超期 in SQL).
 * Walks back from the due day while the light stays yellow; at most the length of the limit.
 */
export function warnFrom(
  due: IsoDate,
  rule: Pick<TimeLimitRule, 'days' | 'unit'>,
  calendar: WorkCalendar,
  config: LightConfig = {},
): IsoDate {
  let day = due;
  for (let i = 0; i < rule.days * 2 + 30; i++) {
    const before = addDays(day, -1);
    if (light(due, before, rule, calendar, config) !== 'yellow') return day;
    day = before;
  }
  return day;
}

export type OverdueGrade = 'overdue' | 'moderatelyOverdue' | 'severelyOverdue';
export const OVERDUE_GRADE_LABELS: Record<OverdueGrade, string> = {
  overdue: '超时',
  moderatelyOverdue: '中度超时',
  severelyOverdue: '严重超时',
};

/** Working days late at which a grade begins. Defaults: 1–5 超时, 6–15 中度超时, 16 or more 严重超时. */
export interface OverdueThresholds {
  moderately: number;
  severely: number;
}
export const DEFAULT_OVERDUE_THRESHOLDS: OverdueThresholds = { moderately: 6, severely: 16 };

/**
 * How late a step is on `date` (today, or when it was done); null when not past due.
 * Lateness counts working days after the due day, so a Friday due date still open on Saturday is
 * 超时 (0 working days late is still late).
 */
export function overdueGrade(
  due: IsoDate,
  date: IsoDate,
  calendar: WorkCalendar,
  thresholds: OverdueThresholds = DEFAULT_OVERDUE_THRESHOLDS,
): OverdueGrade | null {
  if (compareDates(date, due) <= 0) return null;
  const late = calendar.workdaysBetween(due, date);
  if (late >= thresholds.severely) return 'severelyOverdue';
  if (late >= thresholds.moderately) return 'moderatelyOverdue';
  return 'overdue';
}

/** Whether a step finished at `completedAt` (a China date or an instant) met its due date. */
export function onTime(completedAt: IsoDate | Date, due: IsoDate): boolean {
  const done = completedAt instanceof Date ? toChinaDate(completedAt) : completedAt;
  return compareDates(done, due) <= 0;
}

export interface StepOutcome {
  onTime: boolean;
  lateWorkdays: number;
  grade: OverdueGrade | null;
}

/** The verdict frozen when a step completes, so later statistics never drift. */
export function stepOutcome(
  completedAt: IsoDate | Date,
  due: IsoDate,
  calendar: WorkCalendar,
  thresholds: OverdueThresholds = DEFAULT_OVERDUE_THRESHOLDS,
): StepOutcome {
  const done = completedAt instanceof Date ? toChinaDate(completedAt) : completedAt;
  const punctual = onTime(done, due);
  return {
    onTime: punctual,
    lateWorkdays: punctual ? 0 : calendar.workdaysBetween(due, done),
    grade: overdueGrade(due, done, calendar, thresholds),
  };
}
