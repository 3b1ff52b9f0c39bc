import { DEFAULT_OVERDUE_THRESHOLDS, type OverdueThresholds } from './lights.js';

/** What an office tunes about lateness: when a red step goes up a level, and where the overdue grades begin. */
export interface DeadlineSettings {
  /** Red for this many working days → the parent unit's supervisors are told (escalation). */
  escalateAfterWorkdays: number;
  /** Working days late at which 中度超时 and 严重超时 begin (超时 before that). */
  overdue: OverdueThresholds;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  escalateAfterWorkdays: 3,
  overdue: DEFAULT_OVERDUE_THRESHOLDS,
};

/** Stored settings over the defaults: a key missing from an older stored value keeps its default. */
export function withDefaults(stored: Partial<DeadlineSettings> | undefined): DeadlineSettings {
  return {
    escalateAfterWorkdays: stored?.escalateAfterWorkdays ?? DEFAULT_DEADLINE_SETTINGS.escalateAfterWorkdays,
    overdue: { ...DEFAULT_DEADLINE_SETTINGS.overdue, ...stored?.overdue },
  };
}

/** The problems of a proposed setting, in Chinese, one per field (empty when it can be saved). */
export function checkDeadlineSettings(s: DeadlineSettings): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!whole(s.escalateAfterWorkdays, 1, 60))
    out.push({ field: 'escalateAfterWorkdays', message: '超期上报天数应为 1 至 60 之间的整数（工作日）' });
  if (!whole(s.overdue.moderately, 1, 250))
    out.push({ field: 'moderately', message: '中度超时起算天数应为 1 至 250 之间的整数（工作日）' });
  if (!whole(s.overdue.severely, 2, 365))
    out.push({ field: 'severely', message: '严重超时起算天数应为 2 至 365 之间的整数（工作日）' });
  else if (whole(s.overdue.moderately, 1, 250) && s.overdue.severely <= s.overdue.moderately)
    out.push({ field: 'severely', message: '严重超时起算天数应大于中度超时起算天数' });
  return out;
}
