import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/index.js';
import { appUser, caseDeadline, cases, unit } from '../../db/schema/index.js';
import { addDays, light, ruleFor, toChinaDate, type TimeLimitStep } from '../../domain/deadlines/index.js';
import { notify, type NewNotification } from '../notifications/notifications.js';
import { currentCalendar, currentDeadlineSettings, currentRules, loadTimeConfig } from './calendar.js';

/**
 * Reminders and escalation, run by the job runner: yellow → the handlers of the case's unit; red → its unit
 * heads; red for N working days (the administrators' setting) → the supervisors of the unit above; and once a day a digest per user. Every
 * notification has a key, so running this again (or after a restart) never notifies twice for one event.
 */
export async function runReminders(database: Database, now: Date) {
  await loadTimeConfig(database.db); // another server may have edited the calendar, the rules or the settings
  const settings = currentDeadlineSettings();
  const today = toChinaDate(now);
  const cal = currentCalendar();
  // Only clocks close enough to be yellow or red: no rule's warning margin exceeds 60 days.
  const due = await database.db
    // The unit acting on the case: the reviewing unit under 复查 / 复核, else the case's own.
    .select({ d: caseDeadline, caseNo: cases.caseNo, title: cases.title, unitId: unit.id, parentId: unit.parentId })
    .from(caseDeadline)
    .innerJoin(cases, eq(cases.id, caseDeadline.caseId))
    .innerJoin(unit, eq(unit.id, sql`coalesce(${cases.reviewUnitId}, ${cases.unitId})`))
    .where(and(eq(caseDeadline.status, 'running'), isNull(caseDeadline.pausedFrom), lte(caseDeadline.dueOn, addDays(today, 60))));
  const staff = await database.db
    .select({ id: appUser.id, unitId: appUser.unitId, roles: appUser.roles })
    .from(appUser)
    .where(eq(appUser.active, true));
  const withRole = (unitId: string | null, role: string) => staff.filter((u) => u.unitId === unitId && u.roles.includes(role as never));

  const out: NewNotification[] = [];
  const perUser = new Map<string, { yellow: number; red: number }>();
  for (const row of due) {
    const d = row.d;
    const l = light(d.dueOn, today, { days: d.days, unit: d.dayUnit as 'calendar' | 'working' }, cal);
    if (l === 'green') continue;
    const stepName = ruleFor(d.step as TimeLimitStep, currentRules()).name;
    const base = { caseId: d.caseId, at: now };
    const text = `${row.caseNo}「${row.title}」：${stepName}${l === 'red' ? `已于 ${d.dueOn} 到期` : `将于 ${d.dueOn} 到期`}`;
    const targets = l === 'yellow' ? withRole(row.unitId, 'handler') : withRole(row.unitId, 'unitHead');
    for (const u of targets) {
      out.push({ ...base, userId: u.id, kind: `deadline.${l}`, title: `${l === 'red' ? '已超期' : '即将超期'}：${stepName}`, body: text, dedupeKey: `deadline:${d.id}:${l}` });
      const c = perUser.get(u.id) ?? { yellow: 0, red: 0 };
      c[l] += 1;
      perUser.set(u.id, c);
    }
    if (l === 'red' && cal.workdaysBetween(d.dueOn, today) >= settings.escalateAfterWorkdays) {
      for (const u of withRole(row.parentId, 'supervisor'))
        out.push({ ...base, userId: u.id, kind: 'deadline.escalated', title: `超期上报：${stepName}`, body: `${text}，已超期 ${settings.escalateAfterWorkdays} 个工作日以上`, dedupeKey: `deadline:${d.id}:escalate` });
    }
  }
  for (const [userId, c] of perUser)
    out.push({ userId, kind: 'digest', title: `今日提醒：即将超期 ${c.yellow} 件，已超期 ${c.red} 件`, at: now, dedupeKey: `digest:${today}` });
  const delivered = await notify(database.db, out);
  return { checked: due.length, delivered };
}

