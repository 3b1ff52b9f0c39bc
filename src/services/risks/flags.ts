import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database, Db } from '../../db/index.js';
import { appUser, ownership, riskItem, riskProgress, riskReport, unit } from '../../db/schema/index.js';
import { addDays, toChinaDate } from '../../domain/deadlines/index.js';
import { dueDateOf, missedProgressDays, periodLabel, periodsBetween, reportState, type ReportFrequency } from '../../domain/risks/index.js';
import type { OwnedKind } from '../../domain/ownership/index.js';
import type { UnitLevel } from '../../domain/vocabulary/index.js';
import { currentCalendar } from '../deadlines/calendar.js';
import { notify, type NewNotification } from '../notifications/notifications.js';
import { reportSchedule } from './schedule-config.js';

/** How far back missing reports are still flagged. */
const LOOKBACK_DAYS = 35;

/**
 * The town's people who are told: leaders, unit heads and supervisors of the reporting unit's parent (the town)
 * and of the town's own departments (its 稳定中心 among them).
 */
async function townWatchers(db: Db, townId: string) {
  const departments = await db.select({ id: unit.id }).from(unit).where(and(eq(unit.parentId, townId), eq(unit.kind, 'department')));
  const users = await db
    .select({ id: appUser.id, roles: appUser.roles })
    .from(appUser)
    .where(and(eq(appUser.active, true), or(eq(appUser.unitId, townId), inArray(appUser.unitId, departments.length ? departments.map((d) => d.id) : [townId]))));
  return users.filter((u) => u.roles.some((r) => r === 'leader' || r === 'unitHead' || r === 'supervisor'));
}

/**
 * Who is told of a 重大 risk's missed progress: the leader who owns the risk (包案); while nobody does, the leader who
 * owns its village or enterprise (包村、包企业); while nobody does either, the town's leaders.
 */
async function escalationLeaders(db: Db, r: { id: string; unitId: string }, townWatchers: () => Promise<{ id: string; roles: string[] }[]>) {
  const active = (kinds: OwnedKind[], objectId: string) =>
    db.selectDistinct({ id: ownership.leaderUserId }).from(ownership).where(and(inArray(ownership.kind, kinds), eq(ownership.objectId, objectId), eq(ownership.status, 'active')));
  const ofRisk = await active(['risk'], r.id);
  if (ofRisk.length) return ofRisk;
  const ofPlace = await active(['village', 'enterprise'], r.unitId);
  if (ofPlace.length) return ofPlace;
  return (await townWatchers()).filter((w) => w.roles.includes('leader'));
}

/**
 * System job: flags to the town every report that fell due without being filed, and escalates every day a 重大
 * risk went without progress to its owning leader (see escalationLeaders). Each flag is delivered once (dedupe key).
 */
export async function runRiskFlags(database: Database, now: Date) {
  const db = database.db;
  const today = toChinaDate(now);
  const schedule = await reportSchedule(db);
  const out: NewNotification[] = [];
  const watchers = new Map<string, Awaited<ReturnType<typeof townWatchers>>>();
  const watchersOf = async (townId: string) => {
    if (!watchers.has(townId)) watchers.set(townId, await townWatchers(db, townId));
    return watchers.get(townId)!;
  };
  for (const [level, frequency] of Object.entries(schedule) as [UnitLevel, ReportFrequency][]) {
    const units = await db.select({ id: unit.id, name: unit.name, parentId: unit.parentId, createdAt: unit.createdAt }).from(unit).where(and(eq(unit.level, level), eq(unit.active, true)));
    const periods = periodsBetween(addDays(today, -LOOKBACK_DAYS), today, frequency);
    const filed = units.length ? await db.select({ unitId: riskReport.unitId, periodStart: riskReport.periodStart }).from(riskReport).where(inArray(riskReport.unitId, units.map((u) => u.id))) : [];
    const has = new Set(filed.map((f) => `${f.unitId}:${f.periodStart}`));
    for (const u of units) {
      if (!u.parentId) continue;
      const since = toChinaDate(u.createdAt);
      for (const p of periods) {
        const due = dueDateOf(p, currentCalendar());
        if (reportState(due, has.has(`${u.id}:${p.start}`) ? due : null, today, since) !== 'missing') continue;
        for (const w of await watchersOf(u.parentId))
          out.push({ userId: w.id, kind: 'riskReportMissing', title: `${u.name}未按时上报隐患排查表`, body: `${periodLabel(p, frequency)}的《基层单位信访隐患排查调处情况明细表》应于 ${due} 前上报，至今未报。`, dedupeKey: `risk.missing:${u.id}:${p.start}`, at: now });
      }
    }
  }
  const critical = await db
    .select({ r: riskItem, unitName: unit.name, parentId: unit.parentId })
    .from(riskItem)
    .innerJoin(unit, eq(unit.id, riskItem.unitId))
    .where(and(eq(riskItem.level, 'critical'), inArray(riskItem.status, ['screening', 'mediating'])));
  for (const { r, unitName, parentId } of critical) {
    if (!parentId) continue;
    const days = new Set((await db.select({ day: riskProgress.day }).from(riskProgress).where(eq(riskProgress.riskId, r.id))).map((x) => x.day));
    const missed = missedProgressDays(r, days, today).filter((d) => d >= addDays(today, -LOOKBACK_DAYS));
    if (!missed.length) continue;
    const leaders = await escalationLeaders(db, r, () => watchersOf(parentId));
    for (const d of missed)
      for (const w of leaders)
        out.push({ userId: w.id, kind: 'riskProgressMissed', title: `重大隐患 ${d} 未报进展：${unitName}`, body: `“${r.description.slice(0, 40)}”是重大隐患，须每天报告事态发展和处理情况；${d} 没有进展记录。`, dedupeKey: `risk.progress:${r.id}:${d}`, at: now });
  }
  return notify(db, out);
}
