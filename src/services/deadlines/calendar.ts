import { createWorkCalendar, DEFAULT_TIME_LIMIT_RULES, type TimeLimitRule, type WorkCalendar } from '../../domain/deadlines/index.js';

/**
 * The working-day calendar and the time-limit rules the clocks use. Built-in official schedules (chinese-days)
 * until an administrator enters overrides; statutory fallback for years not yet published.
 */
let calendar: WorkCalendar = createWorkCalendar({});
let rules: readonly TimeLimitRule[] = DEFAULT_TIME_LIMIT_RULES;

export const currentCalendar = () => calendar;
export const currentRules = () => rules;
export function useCalendar(c: WorkCalendar, r: readonly TimeLimitRule[] = rules) {
  calendar = c;
  rules = r;
}
