import { and, desc, eq, isNull } from 'drizzle-orm';
import { fieldDiary, riskItem, unit } from '../../db/schema/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { diaryProblems, type DiaryInput } from '../../domain/diaries/index.js';
import type { RegistrationInput } from '../../domain/register/index.js';
import { riskItemProblems, type RiskItemInput } from '../../domain/risks/index.js';
import { audit } from '../audit.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { registerCase } from '../register/register-case.js';

/** 民情日记: a visit to a village or enterprise of the caller's subtree. */
export const writeDiary = (ctx: ServiceContext, input: DiaryInput & { unitId: string }) =>
  inScope(ctx, async (tx) => {
    const problems = diaryProblems(input, toChinaDate(ctx.now()));
    if (problems.length) throw invalid(`民情日记填写有误：${problems.map((p) => p.message).join('；')}`, problems);
    const [u] = await tx.select().from(unit).where(eq(unit.id, input.unitId));
    if (!u) throw notFound('单位');
    if (u.level !== 'village') throw invalid('下访对象须是村（社区）或企业', [{ field: 'unitId', message: '请选择村、社区或企业' }]);
    const [row] = await tx
      .insert(fieldDiary)
      .values({ unitId: u.id, unitPath: u.path, authorId: userIdOf(ctx), authorName: ctx.actor.name, visitedOn: input.visitedOn, visitors: input.visitors.trim(), place: input.place.trim(), metWith: input.metWith.trim(), problemsFound: input.problemsFound.trim(), followUp: input.followUp.trim(), createdAt: ctx.now() })
      .returning();
    await audit(tx, ctx, { action: 'diary.write', objectType: 'fieldDiary', objectId: row!.id, objectUnitId: u.id, detail: { visitedOn: input.visitedOn } });
    return { ...row!, unitName: u.name };
  });

export const listDiaries = (ctx: ServiceContext, f: { unitId?: string | undefined }) =>
  inScope(ctx, (tx) =>
    tx
      .select({ d: fieldDiary, unitName: unit.name })
      .from(fieldDiary)
      .innerJoin(unit, eq(unit.id, fieldDiary.unitId))
      .where(f.unitId ? eq(fieldDiary.unitId, f.unitId) : undefined)
      .orderBy(desc(fieldDiary.visitedOn), desc(fieldDiary.createdAt))
      .limit(200),
  );

/** A problem found on the visit becomes a risk of the visited unit in one step (no report needed). */
export const diaryToRisk = (ctx: ServiceContext, id: string, input: Omit<RiskItemInput, 'status' | 'resolution'>) =>
  inScope(ctx, async (tx) => {
    const [d] = await tx.select().from(fieldDiary).where(eq(fieldDiary.id, id));
    if (!d) throw notFound('民情日记');
    if (d.riskId || d.caseId) throw conflict('该日记发现的问题已转为隐患或信访件');
    const line: RiskItemInput = { ...input, status: 'screening' };
    const problems = riskItemProblems(line);
    if (problems.length) throw invalid(`隐患信息有误：${problems.map((p) => p.message).join('；')}`, problems);
    const today = toChinaDate(ctx.now());
    const [r] = await tx
      .insert(riskItem)
      .values({ reportId: null, unitId: d.unitId, unitPath: d.unitPath, ord: 0, description: line.description.trim(), peopleCount: line.peopleCount, keyPersons: line.keyPersons?.trim() || null, category: line.category, level: line.level, measures: line.measures.trim(), responsiblePerson: line.responsiblePerson.trim(), deadline: line.deadline, status: 'screening', reportedOn: today, createdAt: ctx.now(), updatedAt: ctx.now() })
      .returning();
    const [linked] = await tx.update(fieldDiary).set({ riskId: r!.id }).where(and(eq(fieldDiary.id, id), isNull(fieldDiary.riskId), isNull(fieldDiary.caseId))).returning();
    if (!linked) throw conflict('该日记发现的问题已转为隐患或信访件');
    await audit(tx, ctx, { action: 'diary.toRisk', objectType: 'fieldDiary', objectId: id, objectUnitId: d.unitId, detail: { riskId: r!.id } });
    return r!;
  });

/** …or a registered case, through the register, linked in the same transaction. */
export const diaryToCase = (ctx: ServiceContext, id: string, input: RegistrationInput) =>
  registerCase(ctx, input, {
    via: 'console',
    afterInsert: async (tx, caseId) => {
      const [linked] = await tx.update(fieldDiary).set({ caseId }).where(and(eq(fieldDiary.id, id), isNull(fieldDiary.riskId), isNull(fieldDiary.caseId))).returning();
      if (!linked) {
        const [d] = await tx.select({ id: fieldDiary.id }).from(fieldDiary).where(eq(fieldDiary.id, id));
        throw d ? conflict('该日记发现的问题已转为隐患或信访件') : notFound('民情日记');
      }
      await audit(tx, ctx, { action: 'diary.toCase', objectType: 'fieldDiary', objectId: id, objectUnitId: linked.unitId, detail: { caseId } });
    },
  });
