import { asc, eq, inArray, or } from 'drizzle-orm';
import { beyondScope, casesRepository, inSequence } from '../../db/index.js';
import { caseEvent, caseLink, cases, instruction, notice, supervision, unit } from '../../db/schema/index.js';
import { light, overdueGrade, toChinaDate, type TimeLimitStep } from '../../domain/deadlines/index.js';
import { notFound } from '../../domain/errors.js';
import { allowedActions } from '../../domain/workflow/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { currentCalendar, currentDeadlineSettings, ruleOf } from '../deadlines/calendar.js';
import { deadlinesOf } from '../deadlines/clocks.js';
import { caseViewOf, workflowActorOf } from './case-view.js';

/** What the caller may do next with a case: the UI shows exactly these buttons. */
export const allowedActionsFor = (ctx: ServiceContext, c: Parameters<typeof caseViewOf>[0], deadlines: Parameters<typeof caseViewOf>[1] = []) =>
  allowedActions(workflowActorOf(ctx.actor), caseViewOf(c, deadlines));

/** Running: how late the step is today; finished: how late it was when done; paused or stopped: not judged. */
function gradeOf(status: string, pausedFrom: string | null, dueOn: string, completedOn: string | null, today: string) {
  const on = status === 'running' && !pausedFrom ? today : (status === 'met' || status === 'missed') && completedOn ? completedOn : null;
  return on ? overdueGrade(dueOn, on, currentCalendar(), currentDeadlineSettings().overdue) : null;
}

/**
 * The whole trail of a case (办理轨迹): every step, instructions, supervision, notices, deadlines with their
 * lights, and the linked cases of other units as far as the caller can see them.
 */
export const caseTrail = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, id);
    if (!c) throw notFound('信访件');
    const today = toChinaDate(ctx.now());
    const [events, deadlines, instructions, supervisions, notices, links] = await inSequence([
      () => tx.select().from(caseEvent).where(eq(caseEvent.caseId, id)).orderBy(asc(caseEvent.id)),
      () => deadlinesOf(tx, id),
      () => tx.select().from(instruction).where(eq(instruction.caseId, id)).orderBy(asc(instruction.at)),
      () => tx.select().from(supervision).where(eq(supervision.caseId, id)).orderBy(asc(supervision.at)),
      () => tx.select({ id: notice.id, kind: notice.kind, noticeNo: notice.noticeNo, issuedAt: notice.issuedAt, issuedBy: notice.issuedBy }).from(notice).where(eq(notice.caseId, id)).orderBy(asc(notice.issuedAt)),
      () => tx.select().from(caseLink).where(or(eq(caseLink.fromCaseId, id), eq(caseLink.toCaseId, id))),
    ]);
    // The other end of a link may lie outside the caller's scope (a case sent up): the rules let the sender know
    // where it went, so only its number, state and unit are read beyond the scope — never its content.
    const otherIds = links.map((l) => (l.fromCaseId === id ? l.toCaseId : l.fromCaseId));
    const others = otherIds.length
      ? await beyondScope(tx, () =>
          tx.select({ id: cases.id, caseNo: cases.caseNo, state: cases.state, unitName: unit.name }).from(cases).innerJoin(unit, eq(unit.id, cases.unitId)).where(inArray(cases.id, otherIds)),
        )
      : [];
    await audit(tx, ctx, { action: 'case.viewTrail', objectType: 'case', objectId: id, objectUnitId: c.unitId });
    return {
      caseNo: c.caseNo,
      unitId: c.unitId,
      state: c.state,
      version: c.version,
      allowedActions: allowedActionsFor(ctx, c, deadlines),
      events: events.map((e) => ({ id: e.id, at: e.at.toISOString(), actorName: e.actorName, action: e.action, fromState: e.fromState, toState: e.toState, opinion: e.opinion, detail: e.detail })),
      deadlines: deadlines.map((d) => ({
        step: d.step,
        name: ruleOf(d.step as TimeLimitStep).name,
        startOn: d.startOn,
        dueOn: d.dueOn,
        originalDueOn: d.originalDueOn,
        provisional: d.provisional,
        status: d.status,
        onTime: d.onTime,
        paused: !!d.pausedFrom,
        light: d.status === 'running' && !d.pausedFrom ? light(d.dueOn, today, { days: d.days, unit: d.dayUnit as 'calendar' | 'working' }, currentCalendar()) : null,
        // Running: how late it is today; finished: how late it was when done (a paused clock is not judged).
        overdueGrade: gradeOf(d.status, d.pausedFrom, d.dueOn, d.completedOn, today),
      })),
      instructions: instructions.map((i) => ({ leaderName: i.leaderName, at: i.at.toISOString(), text: i.text, documentNo: i.documentNo })),
      supervisions: supervisions.map((s) => ({ id: s.id, kind: s.kind, byName: s.byName, at: s.at.toISOString(), reason: s.reason, requirement: s.requirement, dueOn: s.dueOn, reply: s.reply })),
      notices: notices.map((n) => ({ ...n, issuedAt: n.issuedAt.toISOString() })),
      links: links.map((l) => {
        const otherId = l.fromCaseId === id ? l.toCaseId : l.fromCaseId;
        const o = others.find((x) => x.id === otherId);
        return { kind: l.kind, direction: l.fromCaseId === id ? 'out' : 'in', caseId: otherId, caseNo: o?.caseNo ?? '', state: o?.state ?? '', unitName: o?.unitName ?? '', undone: !!l.undoneAt };
      }),
    };
  });
