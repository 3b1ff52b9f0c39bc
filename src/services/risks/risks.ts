import { and, eq, inArray, sql } from 'drizzle-orm';
import { risksRepository, type RiskFilter } from '../../db/repositories/risks.repository.js';
import { cases, riskItem, riskProgress, unit } from '../../db/schema/index.js';
import { compareDates, isIsoDate, toChinaDate, type IsoDate } from '../../domain/deadlines/index.js';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors.js';
import { isOpenRisk, missedProgressDays, needsDailyProgress, statusChangeProblem, type RiskStatus } from '../../domain/risks/index.js';
import type { RegistrationInput } from '../../domain/register/index.js';
import { audit } from '../audit.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { registerCase } from '../register/register-case.js';

/** 隐患台账: the risks of the caller's subtree. */
export const listRisks = (ctx: ServiceContext, f: RiskFilter, limit = 200) =>
  inScope(ctx, async (tx) => {
    const today = toChinaDate(ctx.now());
    const rows = await risksRepository.list(tx, f, limit);
    const out = [];
    for (const { r, unitName } of rows) {
      const days = needsDailyProgress(r.level, r.status) ? new Set((await risksRepository.progressOf(tx, r.id)).map((p) => p.day)) : new Set<string>();
      out.push({ ...r, unitName, missedDays: missedProgressDays(r, days, today).length, overdue: isOpenRisk(r.status) && compareDates(r.deadline, today) < 0 });
    }
    return out;
  });

export const getRisk = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const r = await risksRepository.item(tx, id);
    if (!r) throw notFound('隐患');
    const progress = await risksRepository.progressOf(tx, id);
    const [u] = await tx.select({ name: unit.name }).from(unit).where(eq(unit.id, r.unitId));
    const [c] = r.caseId ? await tx.select({ id: cases.id, caseNo: cases.caseNo }).from(cases).where(eq(cases.id, r.caseId)) : [];
    const missed = missedProgressDays(r, new Set(progress.map((p) => p.day)), toChinaDate(ctx.now()));
    return { risk: { ...r, unitName: u?.name ?? '' }, progress, missedDays: missed, case: c ?? null, needsDailyProgress: needsDailyProgress(r.level, r.status) };
  });

/** 进展情况: one entry per report of what happened (重大 risks need one every day). */
export const addProgress = (ctx: ServiceContext, id: string, input: { note: string; day?: IsoDate | undefined }) =>
  inScope(ctx, async (tx) => {
    const r = await risksRepository.item(tx, id);
    if (!r) throw notFound('隐患');
    if (!isOpenRisk(r.status)) throw conflict('该隐患已结束调处，不能再填写进展');
    const today = toChinaDate(ctx.now());
    const day = input.day ?? today;
    if (!isIsoDate(day) || compareDates(day, today) > 0 || compareDates(day, r.reportedOn) < 0)
      throw invalid('进展日期须在隐患上报之日与今天之间', [{ field: 'day', message: '进展日期无效' }]);
    const [row] = await tx.insert(riskProgress).values({ riskId: id, unitPath: r.unitPath, day, note: input.note.trim(), byUserId: userIdOf(ctx), byName: ctx.actor.name, at: ctx.now() }).returning();
    await audit(tx, ctx, { action: 'risk.progress', objectType: 'risk', objectId: id, objectUnitId: r.unitId, detail: { day } });
    return row!;
  });

/** 调处中 / 已化解 (with how it was resolved). */
export const changeRiskStatus = (ctx: ServiceContext, id: string, input: { status: Exclude<RiskStatus, 'convertedToCase'>; resolution?: string | undefined; version: number }) =>
  inScope(ctx, async (tx) => {
    const r = await risksRepository.item(tx, id);
    if (!r) throw notFound('隐患');
    const problem = statusChangeProblem(r.status, input.status);
    if (problem) throw conflict(problem);
    const resolution = input.resolution?.trim() ?? '';
    if (input.status === 'resolved' && resolution.length < 4) throw invalid('请写明化解情况（至少 4 个字）', [{ field: 'resolution', message: '请写明化解情况' }]);
    const today = toChinaDate(ctx.now());
    const [row] = await tx
      .update(riskItem)
      .set({ status: input.status, resolution: input.status === 'resolved' ? resolution : r.resolution, closedOn: input.status === 'resolved' ? today : null, version: sql`${riskItem.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(riskItem.id, id), eq(riskItem.version, input.version)))
      .returning();
    if (!row) throw staleVersion();
    await audit(tx, ctx, { action: 'risk.status', objectType: 'risk', objectId: id, objectUnitId: r.unitId, detail: { from: r.status, to: input.status, ...(input.status === 'resolved' ? { resolution } : {}) } });
    return row;
  });

/**
 * 转为信访件 in one step: registered through the register (same validation, numbering, repeat check and audit),
 * and the risk marked 已转为信访件 with the case linked, in the same transaction.
 */
export async function convertRiskToCase(ctx: ServiceContext, id: string, input: RegistrationInput, version: number) {
  // 问题属地 defaults to where the risk was found.
  const region = await inScope(ctx, async (tx) => {
    const r = await risksRepository.item(tx, id);
    if (!r) throw notFound('隐患');
    return (await tx.select({ code: unit.regionCode }).from(unit).where(eq(unit.id, r.unitId)))[0]?.code;
  });
  return registerCase(ctx, { ...input, matterRegionCode: input.matterRegionCode || region }, {
    via: 'console',
    afterInsert: async (tx, caseId) => {
      const r = await risksRepository.item(tx, id);
      if (!r) throw notFound('隐患');
      if (!isOpenRisk(r.status)) throw conflict('该隐患已结束调处，不能再转为信访件');
      const [row] = await tx
        .update(riskItem)
        .set({ status: 'convertedToCase', caseId, closedOn: toChinaDate(ctx.now()), version: sql`${riskItem.version} + 1`, updatedAt: ctx.now() })
        .where(and(eq(riskItem.id, id), eq(riskItem.version, version), inArray(riskItem.status, ['screening', 'mediating'])))
        .returning();
      if (!row) throw staleVersion();
      await audit(tx, ctx, { action: 'risk.toCase', objectType: 'risk', objectId: id, objectUnitId: r.unitId, detail: { caseId } });
    },
  });
}
