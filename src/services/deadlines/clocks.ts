import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.js';
import { caseDeadline } from '../../db/schema/index.js';
import { addDays, dueDate, onTime, ruleFor, warnFrom, type IsoDate, type TimeLimitStep } from '../../domain/deadlines/index.js';
import { currentCalendar, currentRules } from './calendar.js';

type DeadlineRow = typeof caseDeadline.$inferSelect;

const compute = (d: Pick<DeadlineRow, 'days' | 'dayUnit' | 'startOn' | 'extensionDays' | 'pauses' | 'pausedFrom'>, today: IsoDate) =>
  dueDate(
    { days: d.days, unit: d.dayUnit as 'calendar' | 'working', label: '' },
    d.startOn,
    currentCalendar(),
    {
      pauses: [...d.pauses, ...(d.pausedFrom ? [{ from: d.pausedFrom }] : [])],
      extensionDays: d.extensionDays,
      extensionRule: ruleFor('extension', currentRules()),
      today,
    },
  );

const warnOf = (d: Pick<DeadlineRow, 'days' | 'dayUnit'>, due: IsoDate) => warnFrom(due, { days: d.days, unit: d.dayUnit as 'calendar' | 'working' }, currentCalendar());

const running = (tx: Db, caseId: string, step?: TimeLimitStep) =>
  tx
    .select()
    .from(caseDeadline)
    .where(and(eq(caseDeadline.caseId, caseId), eq(caseDeadline.status, 'running'), step ? eq(caseDeadline.step, step) : undefined));

/** A new clock of a step started on `startOn` (the count begins the next day), by the rule in force now. */
export function newClock(step: TimeLimitStep, startOn: IsoDate, dueOverride?: IsoDate) {
  const rule = ruleFor(step, currentRules());
  // A rule is copied into the clock: editing the rule later never moves a running or frozen deadline.
  const due = dueDate(rule, startOn, currentCalendar());
  const dueOn = dueOverride ?? due.due;
  return { step, days: rule.days, dayUnit: rule.unit, startOn, dueOn, warnOn: warnFrom(dueOn, rule, currentCalendar()), originalDueOn: dueOn, provisional: due.provisional };
}

/**
 * Writes the clocks of new cases (registrations), in one statement. Each case row should already carry its
 * clocks' earliest due and warning dates (`nextDatesOf`), so that the trigger keeping those columns finds nothing
 * to change instead of rewriting the new row.
 */

/** cases.next_due_on / next_warn_on of a case whose running clocks are `clocks` (as the trigger of 0019 keeps them). */
export const nextDatesOf = (clocks: { dueOn: IsoDate; warnOn: IsoDate }[]) => ({
  nextDueOn: clocks.length ? clocks.map((c) => c.dueOn).sort()[0]! : null,
  nextWarnOn: clocks.length ? clocks.map((c) => c.warnOn).sort()[0]! : null,
});

/** Starts a step's clock from `startOn` (the count begins the next day). A clock already running is left alone. */
export async function startDeadline(tx: Db, caseId: string, step: TimeLimitStep, startOn: IsoDate, dueOverride?: IsoDate) {
  if ((await running(tx, caseId, step)).length) return;
  await tx.insert(caseDeadline).values({ ...newClock(step, startOn, dueOverride), caseId });
}

/** Stops a running clock and freezes whether the step was done in time. */
export async function freezeDeadline(tx: Db, caseId: string, step: TimeLimitStep, completedOn: IsoDate) {
  for (const d of await running(tx, caseId, step)) {
    const met = onTime(completedOn, d.dueOn);
    await tx.update(caseDeadline).set({ status: met ? 'met' : 'missed', completedOn, onTime: met, pausedFrom: null }).where(eq(caseDeadline.id, d.id));
  }
}

export async function extendDeadline(tx: Db, caseId: string, step: TimeLimitStep, days: number, today: IsoDate) {
  for (const d of await running(tx, caseId, step)) {
    const due = compute({ ...d, extensionDays: days }, today);
    await tx.update(caseDeadline).set({ extensionDays: days, dueOn: due.due, warnOn: warnOf(d, due.due), provisional: due.provisional }).where(eq(caseDeadline.id, d.id));
  }
}

/** 中止: every running clock of the case stops counting from today. */
export async function pauseDeadlines(tx: Db, caseId: string, today: IsoDate) {
  for (const d of await running(tx, caseId)) if (!d.pausedFrom) await tx.update(caseDeadline).set({ pausedFrom: today }).where(eq(caseDeadline.id, d.id));
}

/** 恢复: the paused span is closed and every due date moves on by it. */
export async function resumeDeadlines(tx: Db, caseId: string, today: IsoDate) {
  for (const d of await running(tx, caseId)) {
    if (!d.pausedFrom) continue;
    const pauses = [...d.pauses, { from: d.pausedFrom, to: today }];
    const due = compute({ ...d, pauses, pausedFrom: null }, today);
    await tx
      .update(caseDeadline)
      .set({ pauses, pausedFrom: null, pausedDays: due.pausedDays, dueOn: due.due, warnOn: warnOf(d, due.due), provisional: due.provisional })
      .where(eq(caseDeadline.id, d.id));
  }
}

/** Stops one step's clock without a verdict: the duty it measured no longer applies. */
export async function stopDeadline(tx: Db, caseId: string, step: TimeLimitStep, today: IsoDate) {
  await tx
    .update(caseDeadline)
    .set({ status: 'stopped', completedOn: today })
    .where(and(eq(caseDeadline.caseId, caseId), eq(caseDeadline.step, step), eq(caseDeadline.status, 'running')));
}

/** Stops every running clock without a verdict (the case left this unit: sent up, closed elsewhere). */
export async function stopDeadlines(tx: Db, caseId: string, today: IsoDate) {
  await tx.update(caseDeadline).set({ status: 'stopped', completedOn: today }).where(and(eq(caseDeadline.caseId, caseId), eq(caseDeadline.status, 'running')));
}

export const deadlinesOf = (tx: Db, caseId: string) => tx.select().from(caseDeadline).where(eq(caseDeadline.caseId, caseId)).orderBy(caseDeadline.startOn);

export const dayAfter = (d: IsoDate) => addDays(d, 1);
