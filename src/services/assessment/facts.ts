import { and, eq, gte, inArray, like, lte, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/index.js';
import { statisticsRepository } from '../../db/repositories/statistics.repository.js';
import { ownership, riskReport, unit } from '../../db/schema/index.js';
import type { AssessmentFacts } from '../../domain/assessment/index.js';
import { compareDates, type IsoDate } from '../../domain/deadlines/index.js';
import { ratio, zeroSkipLevelDays, type Ratio } from '../../domain/indicators/index.js';
import { RESOLVABLE_KINDS } from '../../domain/ownership/index.js';
import { dueDateOf, periodsBetween, reportState } from '../../domain/risks/index.js';
import type { ServiceContext } from '../context.js';
import { currentCalendar } from '../deadlines/calendar.js';
import { reportSchedule } from '../risks/schedule-config.js';
import { countBasicallySatisfied, scopeIndicators } from '../statistics/indicators.js';
import { resolveScope } from '../statistics/scope.js';

type UnitRow = typeof unit.$inferSelect;
const toDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 隐患排查按时上报率 of the reporting units in a subtree over [from, to]: on time ÷ reports owed. */
async function punctuality(tx: Db, u: UnitRow, from: IsoDate, to: IsoDate, today: IsoDate): Promise<Ratio> {
  const schedule = await reportSchedule(tx);
  let owed = 0;
  let onTime = 0;
  for (const [level, frequency] of Object.entries(schedule)) {
    const units = await tx.select({ id: unit.id, createdAt: unit.createdAt }).from(unit).where(and(eq(unit.level, level as UnitRow['level']), like(unit.path, `${u.path}%`), eq(unit.active, true)));
    if (!units.length) continue;
    const reports = await tx.select({ unitId: riskReport.unitId, periodStart: riskReport.periodStart, filedOn: riskReport.filedOn }).from(riskReport).where(and(inArray(riskReport.unitId, units.map((x) => x.id)), gte(riskReport.periodStart, from), lte(riskReport.periodStart, to)));
    const filed = new Map(reports.map((r) => [`${r.unitId}:${r.periodStart}`, r.filedOn]));
    for (const p of periodsBetween(from, to, frequency!)) {
      const due = dueDateOf(p, currentCalendar());
      if (compareDates(due, to) > 0 || compareDates(due, today) >= 0) continue; // not yet due within the year so far
      for (const x of units) {
        const state = reportState(due, filed.get(`${x.id}:${p.start}`) ?? null, today, toDate(x.createdAt));
        if (state === 'notRequired' || state === 'pending') continue;
        owed++;
        if (state === 'onTime') onTime++;
      }
    }
  }
  return ratio(onTime, owed);
}

/** 包案化解率 of the matters owned in the subtree and started in the year. */
async function ownedResolution(tx: Db, u: UnitRow, from: IsoDate, to: IsoDate): Promise<Ratio> {
  const rows = await tx
    .select({ kind: ownership.kind, status: ownership.status })
    .from(ownership)
    .where(and(like(ownership.unitPath, `${u.path}%`), gte(ownership.startedOn, from), lte(ownership.startedOn, to)));
  const targeted = rows.filter((r) => RESOLVABLE_KINDS.includes(r.kind));
  return ratio(targeted.filter((r) => r.status === 'resolved').length, targeted.length);
}

/**
 * Everything a scorecard needs for one unit and year, from what the caller may see: the statistics indicators of
 * the unit's subtree, punctual risk reports, 包案化解率, the veto facts and the 零越级 streak.
 */
export async function assessmentFacts(tx: Db, ctx: ServiceContext, u: UnitRow, year: number, today: IsoDate) {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  const to = compareDates(today, end) < 0 ? today : end;
  const s = await resolveScope(tx, ctx, { unitId: u.id, from, to });
  const values = await scopeIndicators(tx, s, await countBasicallySatisfied(tx, {}));
  const rate = (i: string): Ratio | undefined => {
    const v = values.find((x) => x.indicator === i);
    return v && v.denominator !== null ? { numerator: v.numerator, denominator: v.denominator, rate: v.rate } : undefined;
  };
  const count = (i: string) => values.find((x) => x.indicator === i)?.numerator ?? 0;
  // Veto facts: 越级访 about the unit's region received at the province or centre; the year's 集体访 and their size.
  const [beyond] = await rowsOf<{ n: number }>(
    tx.execute(sql`select count(*)::int as n from cases c join unit r on r.id = c.unit_id
      where c.skip_level and r.level in ('province', 'central') and c.matter_region_code like ${`${u.regionCode.replace(/0+$/, '')}%`} and c.received_on between ${from} and ${to}`),
  );
  const groups = await rowsOf<{ headcount: number }>(tx.execute(sql`select headcount from cases where group_visit and unit_path like ${`${u.path}%`} and received_on between ${from} and ${to}`));
  const last = await statisticsRepository.lastSkipLevel(tx, s.filter, today);
  const facts: AssessmentFacts = {
    rates: {
      ...(rate('timelyAcceptance') ? { timelyAcceptance: rate('timelyAcceptance')! } : {}),
      ...(rate('onTimeConclusion') ? { onTimeConclusion: rate('onTimeConclusion')! } : {}),
      ...(rate('satisfactionRate') ? { satisfactionRate: rate('satisfactionRate')! } : {}),
      ...(rate('repeatRate') ? { repeatRate: rate('repeatRate')! } : {}),
      punctualRiskReports: await punctuality(tx, u, from, to, today),
      resolutionRate: await ownedResolution(tx, u, from, to),
    },
    counts: { skipLevelCount: count('skipLevelCount'), groupVisitCount: count('groupVisitCount') },
    skipLevelBeyondCity: beyond?.n ?? 0,
    groupVisitSizes: groups.map((g) => Number(g.headcount)),
  };
  return { facts, period: { from, to }, zeroSkipLevelDays: zeroSkipLevelDays(last, toDate(u.createdAt), today) };
}
