import { eq, sql } from 'drizzle-orm';
import { beyondScope, settingsRepository } from '../../db/index.js';
import { calendarOverride, calendarYear, timeLimitRule } from '../../db/schema/index.js';
import { checkDeadlineSettings, checkRule, dueDate, isIsoDate, TIME_LIMIT_STEPS, type DeadlineSettings, type TimeLimitStep } from '../../domain/deadlines/index.js';
import { invalid } from '../../domain/errors.js';
import type { Pipeline } from '../../domain/vocabulary/index.js';
import { audit } from '../audit.js';
import { mustBeTopAdmin } from '../config/routing-config.js';
import { inScope, type ServiceContext } from '../context.js';
import { currentCalendar, currentDeadlineSettings, currentRules, DEADLINE_SETTINGS_KEY, loadTimeConfig } from './calendar.js';

export interface DayEntry {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string | undefined;
}

/** A year as the calendar sees it: its source and every special day (holidays and 调休 working days). */
export const calendarYearView = (year: number) => {
  const cal = currentCalendar();
  return { year, source: cal.yearSource(year), provisional: cal.isProvisional(year), days: cal.specialDays(year) };
};

/**
 * Enters the State Council's schedule of a year (all its holidays and 调休 working days at once), replacing what
 * was entered for that year before; `publish` marks the year official so its deadlines stop being provisional.
 */
export const setCalendarYear = (ctx: ServiceContext, year: number, days: DayEntry[], publish: boolean, source: string) =>
  inScope(ctx, async (tx) => {
    await mustBeTopAdmin(ctx, tx);
    const problems = days.flatMap((d, i) =>
      !isIsoDate(d.date) ? [`第${i + 1}行：日期无效`] : Number(d.date.slice(0, 4)) !== year ? [`第${i + 1}行：${d.date} 不在 ${year} 年`] : [],
    );
    if (new Set(days.map((d) => d.date)).size !== days.length) problems.push('同一日期出现多次');
    if (problems.length) throw invalid(problems.join('；'), problems.map((m) => ({ field: 'days', message: m })));
    await beyondScope(tx, async () => {
      await tx.delete(calendarOverride).where(sql`extract(year from ${calendarOverride.day}) = ${year}`);
      if (days.length) await tx.insert(calendarOverride).values(days.map((d) => ({ day: d.date, kind: d.kind, name: d.name ?? null, updatedBy: ctx.actor.name })));
      await tx.delete(calendarYear).where(eq(calendarYear.year, year));
      if (publish) await tx.insert(calendarYear).values({ year, source, publishedBy: ctx.actor.name });
    });
    await audit(tx, ctx, { action: 'config.calendar', objectType: 'config', objectId: `calendar:${year}`, detail: { days: days.length, publish, source } });
    await loadTimeConfig(tx);
    return calendarYearView(year);
  });

export const listTimeLimitRules = () => currentRules();

/** Changes a time limit; running clocks keep the rule they started with. */
export const setTimeLimitRule = (ctx: ServiceContext, step: TimeLimitStep, pipeline: Pipeline, change: { days: number; unit: 'calendar' | 'working'; label: string; name: string }) =>
  inScope(ctx, async (tx) => {
    await mustBeTopAdmin(ctx, tx);
    const before = currentRules().find((r) => r.step === step && r.pipeline === pipeline);
    if (!before) throw invalid('该业务类型没有这个期限环节');
    const next = { ...before, ...change };
    const problems = checkRule(next);
    if (problems.length) throw invalid(problems.join('；'));
    await beyondScope(tx, () =>
      tx
        .insert(timeLimitRule)
        .values({ step, pipeline, days: next.days, dayUnit: next.unit, label: next.label, name: next.name, updatedBy: ctx.actor.name, updatedAt: ctx.now() })
        .onConflictDoUpdate({ target: [timeLimitRule.step, timeLimitRule.pipeline], set: { days: next.days, dayUnit: next.unit, label: next.label, name: next.name, updatedBy: ctx.actor.name, updatedAt: ctx.now() } }),
    );
    await audit(tx, ctx, { action: 'config.timeLimit', objectType: 'config', objectId: `timeLimit:${step}:${pipeline}`, detail: { before: { days: before.days, unit: before.unit }, after: { days: next.days, unit: next.unit } } });
    await loadTimeConfig(tx);
    return next;
  });

export const deadlineSettingsView = () => currentDeadlineSettings();

/** Escalation days and overdue grade thresholds: top-level administrators only, audited, in force at once. */
export const setDeadlineSettings = (ctx: ServiceContext, next: DeadlineSettings) =>
  inScope(ctx, async (tx) => {
    await mustBeTopAdmin(ctx, tx);
    const problems = checkDeadlineSettings(next);
    if (problems.length) throw invalid(problems.map((p) => p.message).join('；'), problems);
    const before = currentDeadlineSettings();
    await beyondScope(tx, () => settingsRepository.put(tx, DEADLINE_SETTINGS_KEY, next));
    await audit(tx, ctx, { action: 'config.deadlineSettings', objectType: 'config', objectId: DEADLINE_SETTINGS_KEY, detail: { before, after: next } });
    await loadTimeConfig(tx);
    return currentDeadlineSettings();
  });

/** The sentence a form shows: 按 15 个工作日计，应于 2026年10月15日 前受理告知. */
export function previewDeadline(step: TimeLimitStep, start: string, pipeline?: Pipeline) {
  if (!TIME_LIMIT_STEPS.includes(step)) throw invalid('未知的期限环节');
  if (!isIsoDate(start)) throw invalid('起算日期无效', [{ field: 'start', message: '起算日期无效' }]);
  const rule = currentRules().find((r) => r.step === step && (!pipeline || r.pipeline === pipeline)) ?? currentRules().find((r) => r.step === step)!;
  const d = dueDate(rule, start, currentCalendar());
  return { step, due: d.due, provisional: d.provisional, preview: d.preview, days: rule.days, unit: rule.unit };
}
