import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { riskItem, riskProgress, riskReport, unit } from '../schema/index.js';
import type { RiskLevel, RiskStatus } from '../../domain/risks/index.js';

export type RiskReportRow = typeof riskReport.$inferSelect;
export type RiskItemRow = typeof riskItem.$inferSelect;
export type RiskProgressRow = typeof riskProgress.$inferSelect;

export interface RiskFilter {
  status?: RiskStatus | 'open' | undefined;
  level?: RiskLevel | undefined;
  unitId?: string | undefined;
}

/** Screening reports, their lines and progress; every read goes through the caller's scope (RLS). */
export const risksRepository = {
  reportFor: async (db: Db, unitId: string, periodStart: string) => (await db.select().from(riskReport).where(and(eq(riskReport.unitId, unitId), eq(riskReport.periodStart, periodStart))))[0],
  report: async (db: Db, id: string) => (await db.select().from(riskReport).where(eq(riskReport.id, id)))[0],
  reportsBetween: (db: Db, unitIds: string[], from: string, to: string) =>
    unitIds.length ? db.select().from(riskReport).where(and(inArray(riskReport.unitId, unitIds), gte(riskReport.periodStart, from), lte(riskReport.periodStart, to))) : Promise.resolve([]),
  itemsOf: (db: Db, reportId: string) => db.select().from(riskItem).where(eq(riskItem.reportId, reportId)).orderBy(asc(riskItem.ord)),
  itemCounts: async (db: Db, reportIds: string[]) => {
    if (!reportIds.length) return new Map<string, number>();
    const rows = await db.select({ reportId: riskItem.reportId, n: sql<number>`count(*)::int` }).from(riskItem).where(inArray(riskItem.reportId, reportIds)).groupBy(riskItem.reportId);
    return new Map(rows.map((r) => [r.reportId, Number(r.n)]));
  },
  item: async (db: Db, id: string) => (await db.select().from(riskItem).where(eq(riskItem.id, id)))[0],
  list: (db: Db, f: RiskFilter, limit: number) => {
    const where = [
      f.status === 'open' ? inArray(riskItem.status, ['screening', 'mediating']) : f.status ? eq(riskItem.status, f.status) : undefined,
      f.level ? eq(riskItem.level, f.level) : undefined,
      f.unitId ? eq(riskItem.unitId, f.unitId) : undefined,
    ].filter((w) => w !== undefined);
    return db
      .select({ r: riskItem, unitName: unit.name })
      .from(riskItem)
      .innerJoin(unit, eq(unit.id, riskItem.unitId))
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(riskItem.reportedOn), asc(riskItem.ord))
      .limit(limit);
  },
  progressOf: (db: Db, riskId: string) => db.select().from(riskProgress).where(eq(riskProgress.riskId, riskId)).orderBy(asc(riskProgress.day), asc(riskProgress.at)),
};
