import { asc } from 'drizzle-orm';
import { inSequence, settingsRepository, type Db } from '../../db/index.js';
import { calendarOverride, calendarYear, timeLimitRule } from '../../db/schema/index.js';
import {
  createWorkCalendar,
  DEFAULT_DEADLINE_SETTINGS,
  DEFAULT_TIME_LIMIT_RULES,
  withDefaults,
  type DeadlineSettings,
  type TimeLimitRule,
  type WorkCalendar,
} from '../../domain/deadlines/index.js';
import type { Pipeline } from '../../domain/vocabulary/index.js';

/**
 * The working-day calendar and the time-limit rules the clocks use: built-in official schedules (chinese-days),
 * the administrators' overrides and published years from the database, the statutory fallback for years not yet
 * published; rules are the defaults of domain.md with the administrators' edits on top. Loaded at start-up and
 * after every edit.
 */
let calendar: WorkCalendar = createWorkCalendar({});
let rules: readonly TimeLimitRule[] = DEFAULT_TIME_LIMIT_RULES;
let settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS;

/** The setting row holding escalation days and overdue grade thresholds. */
export const DEADLINE_SETTINGS_KEY = 'deadlines.settings';

export const currentCalendar = () => calendar;
export const currentRules = () => rules;
export const currentDeadlineSettings = () => settings;

export async function loadTimeConfig(db: Db) {
  const [overrides, years, edited, stored] = await inSequence([
    () => db.select().from(calendarOverride).orderBy(asc(calendarOverride.day)),
    () => db.select().from(calendarYear),
    () => db.select().from(timeLimitRule),
    () => settingsRepository.get<Partial<DeadlineSettings>>(db, DEADLINE_SETTINGS_KEY),
  ]);
  settings = withDefaults(stored);
  calendar = createWorkCalendar({
    overrides: overrides.map((o) => ({ date: o.day, kind: o.kind as 'holiday' | 'workday', ...(o.name ? { name: o.name } : {}) })),
    publishedYears: years.map((y) => y.year),
  });
  rules = DEFAULT_TIME_LIMIT_RULES.map((r) => {
    const e = edited.find((x) => x.step === r.step && x.pipeline === r.pipeline);
    return e ? { ...r, days: e.days, unit: e.dayUnit as 'calendar' | 'working', label: e.label, name: e.name } : r;
  });
  return { calendar, rules, settings };
}

export const ruleOf = (step: TimeLimitRule['step'], pipeline?: Pipeline) =>
  rules.find((r) => r.step === step && (!pipeline || r.pipeline === pipeline)) ?? rules.find((r) => r.step === step)!;
