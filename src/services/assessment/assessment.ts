import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/index.js';
import { assessmentAgreement } from '../../db/schema/assessment.js';
import { unit } from '../../db/schema/index.js';
import { agreementProblems, DEFAULT_DEDUCTION_PER_EVENT, DEFAULT_VETO, DEFAULT_WEIGHTS, scorecard, type AgreementTerms } from '../../domain/assessment/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { assessmentFacts } from './facts.js';

const DEFAULT_TERMS: AgreementTerms = { weights: DEFAULT_WEIGHTS, veto: DEFAULT_VETO, deductionPerEvent: DEFAULT_DEDUCTION_PER_EVENT };

async function assessedUnit(tx: Tx, ctx: ServiceContext, unitId: string) {
  const [u] = await tx.select().from(unit).where(eq(unit.id, unitId));
  if (!u) throw notFound('单位');
  return u;
}

/** 签订目标责任状: the unit above sets a unit's weights and veto items for a year (replacing that year's terms). */
export const setAgreement = (ctx: ServiceContext, unitId: string, year: number, terms: AgreementTerms, note?: string) =>
  inScope(ctx, async (tx) => {
    const u = await assessedUnit(tx, ctx, unitId);
    if (u.id === ctx.actor.unitId) throw forbidden('目标责任状由上级单位与本单位签订，不能给本单位自己签订');
    const problems = agreementProblems(terms);
    if (problems.length) throw invalid(`目标责任状有误：${problems.map((p) => p.message).join('；')}`, problems);
    const values = { weights: terms.weights, veto: terms.veto, deductionPerEvent: terms.deductionPerEvent, signedOn: toChinaDate(ctx.now()), signedByName: ctx.actor.name, note: note?.trim() || null };
    const [row] = await tx
      .insert(assessmentAgreement)
      .values({ unitId: u.id, unitPath: u.path, year, ...values, createdAt: ctx.now() })
      .onConflictDoUpdate({ target: [assessmentAgreement.unitId, assessmentAgreement.year], set: values })
      .returning();
    await audit(tx, ctx, { action: 'assessment.agreement', objectType: 'assessmentAgreement', objectId: row!.id, objectUnitId: u.id, detail: { year, weights: terms.weights, veto: terms.veto } });
    return row!;
  });

/** The year-end scorecard of one unit (the year so far while it runs). */
export const scorecardOf = (ctx: ServiceContext, unitId: string, year: number) =>
  inScope(ctx, async (tx) => {
    const u = await assessedUnit(tx, ctx, unitId);
    const [a] = await tx.select().from(assessmentAgreement).where(and(eq(assessmentAgreement.unitId, unitId), eq(assessmentAgreement.year, year)));
    const terms: AgreementTerms = a ? { weights: a.weights, veto: a.veto, deductionPerEvent: a.deductionPerEvent } : DEFAULT_TERMS;
    const today = toChinaDate(ctx.now());
    const { facts, period, zeroSkipLevelDays } = await assessmentFacts(tx, ctx, u, year, today);
    return {
      unit: { id: u.id, name: u.name },
      year,
      period,
      asOf: today,
      agreement: a ? { signedOn: a.signedOn, signedByName: a.signedByName, note: a.note } : null,
      terms,
      zeroSkipLevelDays,
      ...scorecard(terms, facts),
    };
  });

/** Scorecards of the units directly below the caller's unit. */
export const scorecardsBelow = async (ctx: ServiceContext, year: number) => {
  const children = await inScope(ctx, (tx) => tx.select({ id: unit.id }).from(unit).where(and(eq(unit.parentId, ctx.actor.unitId), eq(unit.active, true))).orderBy(asc(unit.sortOrder), asc(unit.name)));
  const out = [];
  for (const c of children) out.push(await scorecardOf(ctx, c.id, year));
  return out;
};
