import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/index.js';
import { risksRepository, type RiskItemRow } from '../../db/repositories/risks.repository.js';
import { riskItem, riskReport, unit } from '../../db/schema/index.js';
import { addDays, toChinaDate, type IsoDate } from '../../domain/deadlines/index.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import {
  canFileFor,
  dueDateOf,
  isOpenRisk,
  periodLabel,
  periodOf,
  periodsBetween,
  reportState,
  riskItemProblems,
  type ReportFrequency,
  type RiskItemInput,
} from '../../domain/risks/index.js';
import type { UnitLevel } from '../../domain/vocabulary/index.js';
import { audit } from '../audit.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { currentCalendar } from '../deadlines/calendar.js';
import { reportSchedule } from './schedule-config.js';

export interface FileReportInput {
  /** Any day of the period reported on; today's period when omitted. */
  periodOf?: IsoDate | undefined;
  nil: boolean;
  note?: string | undefined;
  risks: RiskItemInput[];
}

const periodView = (p: { start: IsoDate; end: IsoDate }, frequency: ReportFrequency) => {
  const due = dueDateOf(p, currentCalendar());
  return { start: p.start, end: p.end, due, label: periodLabel(p, frequency) };
};

async function ownUnit(tx: Tx, ctx: ServiceContext) {
  const [u] = await tx.select().from(unit).where(eq(unit.id, ctx.actor.unitId));
  if (!u) throw notFound('单位');
  const frequency = (await reportSchedule(tx))[u.level];
  if (!frequency) throw invalid(`${u.name}不需要上报隐患排查表（只有按规定需要上报的层级才填报）`);
  return { u, frequency };
}

/** The liaison's form for today: the period, its due date, whether it was filed, and the open risks to follow. */
export const currentForm = (ctx: ServiceContext) =>
  inScope(ctx, async (tx) => {
    const { u, frequency } = await ownUnit(tx, ctx);
    const today = toChinaDate(ctx.now());
    const period = periodView(periodOf(today, frequency), frequency);
    const filed = await risksRepository.reportFor(tx, u.id, period.start);
    const open = await risksRepository.list(tx, { unitId: u.id, status: 'open' }, 200);
    return { unitId: u.id, unitName: u.name, frequency, period, filed: filed ? { id: filed.id, filedOn: filed.filedOn, nil: filed.isNil } : null, openRisks: open.map(({ r }) => r) };
  });

/** 上报: one report per unit and period, with its lines (or none: 本期无隐患). */
export const fileReport = (ctx: ServiceContext, input: FileReportInput) =>
  inScope(ctx, async (tx) => {
    const { u, frequency } = await ownUnit(tx, ctx);
    const now = ctx.now();
    const today = toChinaDate(now);
    const p = periodOf(input.periodOf ?? today, frequency);
    if (!canFileFor(p, today)) throw invalid('不能提前上报以后周期的排查表', [{ field: 'periodOf', message: '所选周期尚未开始' }]);
    if (input.nil && input.risks.length) throw invalid('选择了“本期无隐患”就不能再填写隐患', [{ field: 'nil', message: '无隐患报告不能带隐患明细' }]);
    if (!input.nil && !input.risks.length) throw invalid('请至少填写一条隐患，或选择“本期无隐患”', [{ field: 'risks', message: '至少填写一条隐患' }]);
    const problems = input.risks.flatMap((r, i) => riskItemProblems(r, `risks.${i}.`));
    if (problems.length) throw invalid(`排查表填写有误：${problems.map((x) => x.message).join('；')}`, problems);
    if (await risksRepository.reportFor(tx, u.id, p.start)) throw conflict(`${periodLabel(p, frequency)}的排查表已经上报，不能重复上报；已报隐患的进展请在隐患台账中更新`);
    const due = dueDateOf(p, currentCalendar());
    const [report] = await tx
      .insert(riskReport)
      .values({ unitId: u.id, unitPath: u.path, frequency, periodStart: p.start, periodEnd: p.end, dueOn: due, filedOn: today, filedAt: now, filedBy: userIdOf(ctx), filedByName: ctx.actor.name, isNil: input.nil, note: input.note?.trim() || null })
      .returning();
    let items: RiskItemRow[] = [];
    if (input.risks.length)
      items = await tx
        .insert(riskItem)
        .values(
          input.risks.map((r, i) => ({
            reportId: report!.id,
            unitId: u.id,
            unitPath: u.path,
            ord: i,
            description: r.description.trim(),
            peopleCount: r.peopleCount,
            keyPersons: r.keyPersons?.trim() || null,
            category: r.category,
            level: r.level,
            measures: r.measures.trim(),
            responsiblePerson: r.responsiblePerson.trim(),
            deadline: r.deadline,
            status: r.status,
            resolution: r.resolution?.trim() || null,
            reportedOn: today,
            closedOn: isOpenRisk(r.status) ? null : today,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .returning();
    const state = reportState(due, today, today);
    await audit(tx, ctx, { action: 'risk.report', objectType: 'riskReport', objectId: report!.id, objectUnitId: u.id, detail: { period: p.start, nil: input.nil, risks: items.length, state } });
    return { report: report!, items, state, label: periodLabel(p, frequency) };
  });

export const getReport = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const report = await risksRepository.report(tx, id);
    if (!report) throw notFound('排查表');
    const items = await risksRepository.itemsOf(tx, id);
    const [u] = await tx.select({ name: unit.name }).from(unit).where(eq(unit.id, report.unitId));
    const label = periodLabel({ start: report.periodStart, end: report.periodEnd }, report.frequency);
    return { report, unitName: u?.name ?? '', label, state: reportState(report.dueOn, report.filedOn, report.filedOn), items };
  });

/**
 * The grid of reporting units × periods for the caller's subtree: each cell on time, late, missing or pending,
 * with the number of risks reported. Units of one level at a time (their schedule decides the periods).
 */
export const reportGrid = (ctx: ServiceContext, opts: { level: UnitLevel; periods: number }) =>
  inScope(ctx, async (tx) => {
    const frequency = (await reportSchedule(tx))[opts.level];
    if (!frequency) throw invalid('该层级的单位不需要上报隐患排查表');
    const today = toChinaDate(ctx.now());
    const current = periodOf(today, frequency);
    const all = periodsBetween(addDays(current.start, -400), current.end, frequency);
    const periods = all.slice(-opts.periods).map((p) => periodView(p, frequency));
    const units = await tx
      .select({ id: unit.id, name: unit.name, createdAt: unit.createdAt })
      .from(unit)
      .where(and(eq(unit.level, opts.level), eq(unit.active, true)))
      .orderBy(asc(unit.sortOrder), asc(unit.name));
    const reports = await risksRepository.reportsBetween(tx, units.map((x) => x.id), periods[0]!.start, periods.at(-1)!.start);
    const counts = await risksRepository.itemCounts(tx, reports.map((r) => r.id));
    const byKey = new Map(reports.map((r) => [`${r.unitId}:${r.periodStart}`, r]));
    const rows = units.map((x) => ({
      unitId: x.id,
      unitName: x.name,
      cells: periods.map((p) => {
        const r = byKey.get(`${x.id}:${p.start}`);
        return { periodStart: p.start, state: reportState(p.due, r?.filedOn ?? null, today, toChinaDate(x.createdAt)), reportId: r?.id ?? null, filedOn: r?.filedOn ?? null, nil: r?.isNil ?? null, risks: r ? (counts.get(r.id) ?? 0) : 0 };
      }),
    }));
    const missing = rows.reduce((n, r) => n + r.cells.filter((c) => c.state === 'missing').length, 0);
    const late = rows.reduce((n, r) => n + r.cells.filter((c) => c.state === 'late').length, 0);
    return { level: opts.level, frequency, today, periods, rows, missing, late };
  });
