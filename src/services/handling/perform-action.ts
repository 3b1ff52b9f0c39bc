import { and, desc, eq } from 'drizzle-orm';
import { beyondScope, casesRepository, type CaseRow, type Db, type Tx } from '../../db/index.js';
import { caseEvent, instruction, supervision } from '../../db/schema/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { notFound, staleVersion } from '../../domain/errors.js';
import { decide, refusalToError, type CaseAction, type SideEffect } from '../../domain/workflow/index.js';
import { audit } from '../audit.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { deadlinesOf, extendDeadline, freezeDeadline, pauseDeadlines, resumeDeadlines, startDeadline, stopDeadlines } from '../deadlines/clocks.js';
import { caseViewOf, workflowActorOf } from './case-view.js';
import { createLinkedCase, restrictRecord, type Relation } from './linked-case.js';
import { issueLetter, issueNotice } from './notices.js';
import { checkRouteChoice } from './routing.js';

export type Payload = Record<string, unknown>;
const str = (p: Payload, k: string) => (typeof p[k] === 'string' && (p[k] as string).trim() ? (p[k] as string).trim() : null);

/**
 * One step of the workflow on one case: the domain decides (state, role, unit, guards, required fields), then the
 * change, its side effects, its trail entry and its audit entry are written in one transaction. A stale `version`
 * (someone acted first) is refused with nothing changed.
 */
export function performAction(ctx: ServiceContext, caseId: string, action: CaseAction, payload: Payload, version: number) {
  return inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, caseId);
    if (!c) throw notFound('信访件');
    if (c.version !== version) throw staleVersion();
    const decision = decide(workflowActorOf(ctx.actor), caseViewOf(c, await deadlinesOf(tx, c.id)), action, payload);
    if (!decision.ok) throw refusalToError(decision);
    const now = ctx.now();
    const today = toChinaDate(now);
    const changes: Partial<CaseRow> = { state: decision.to, version: c.version + 1 };
    const detail: Record<string, unknown> = {};
    await recordFields(tx, ctx, c, action, payload, changes, now);
    if ((action === 'assign' || action === 'transfer' || action === 'escalate') && str(payload, 'targetUnitId'))
      detail.route = await checkRouteChoice(tx, c, str(payload, 'targetUnitId')!, str(payload, 'overrideReason'));
    if (action === 'approveExtension') detail.days = await requestedExtensionDays(tx, c.id);
    for (const effect of decision.sideEffects) await apply(tx, ctx, c, effect, payload, { changes, detail, today, now, from: decision.from });
    const updated = await casesRepository.update(tx, c.id, changes);
    if (!updated) throw staleVersion();
    await casesRepository.appendEvent(tx, {
      caseId: c.id,
      at: now,
      actorName: ctx.actor.name,
      actorUserId: userIdOf(ctx),
      unitId: ctx.actor.unitId,
      action,
      fromState: decision.from,
      toState: decision.to,
      opinion: str(payload, 'opinion') ?? str(payload, 'reason') ?? str(payload, 'instruction') ?? str(payload, 'report'),
      detail: { ...payload, ...detail },
    });
    await audit(tx, ctx, { action: `case.${action}`, objectType: 'case', objectId: c.id, objectUnitId: c.unitId, detail: { from: decision.from, to: decision.to, ...detail } });
    return updated;
  });
}

/** Fields an action records on the case itself or in its own table. */
async function recordFields(tx: Db, ctx: ServiceContext, c: CaseRow, action: CaseAction, p: Payload, changes: Partial<CaseRow>, now: Date) {
  switch (action) {
    case 'instruct':
      await tx.insert(instruction).values({ caseId: c.id, leaderUserId: userIdOf(ctx), leaderName: ctx.actor.name, unitId: ctx.actor.unitId, at: now, text: str(p, 'instruction')!, documentNo: str(p, 'documentNo') });
      return;
    case 'submitConclusion':
    case 'close':
      changes.finding = str(p, 'finding');
      return;
    case 'evaluate':
      changes.evaluation = str(p, 'evaluation');
      return;
    case 'requestExtension':
      changes.extensionPending = true;
      return;
    case 'approveExtension':
      changes.extensionPending = false;
      changes.extensionUsed = true;
      return;
    case 'rejectExtension':
      changes.extensionPending = false;
      return;
    case 'issueReReviewOpinion':
      changes.reReviewedBefore = true;
      return;
    case 'supervise':
    case 'remind':
      await tx.insert(supervision).values({ caseId: c.id, kind: action, unitId: ctx.actor.unitId, byUserId: userIdOf(ctx), byName: ctx.actor.name, at: now, reason: str(p, 'opinion') ?? str(p, 'reason'), requirement: str(p, 'requirement'), dueOn: str(p, 'dueDate') });
      if (action === 'supervise') changes.supervised = true;
      return;
    default:
      return;
  }
}

async function requestedExtensionDays(tx: Db, caseId: string): Promise<number> {
  const [last] = await tx
    .select({ detail: caseEvent.detail })
    .from(caseEvent)
    .where(and(eq(caseEvent.caseId, caseId), eq(caseEvent.action, 'requestExtension')))
    .orderBy(desc(caseEvent.id))
    .limit(1);
  return Number((last?.detail as { days?: unknown } | null)?.days ?? 30);
}

interface EffectContext {
  changes: Partial<CaseRow>;
  detail: Record<string, unknown>;
  today: string;
  now: Date;
  from: string;
}

async function apply(tx: Tx, ctx: ServiceContext, c: CaseRow, e: SideEffect, p: Payload, x: EffectContext) {
  switch (e.kind) {
    case 'startDeadline':
      return startDeadline(tx, c.id, e.step, x.today, e.step === 'assignmentResult' ? (str(p, 'dueDate') ?? undefined) : undefined);
    case 'freezeDeadline':
      return freezeDeadline(tx, c.id, e.step, x.today);
    case 'extendDeadline':
      return extendDeadline(tx, c.id, e.step, Number(x.detail.days ?? 30), x.today);
    case 'pauseDeadlines':
      return pauseDeadlines(tx, c.id, x.today);
    case 'resumeDeadlines':
      return resumeDeadlines(tx, c.id, x.today);
    case 'rememberPriorState':
      x.changes.priorState = x.from;
      return;
    case 'moveToActorUnit': {
      // The reviewing unit acts from now on; the case stays in the register of the unit that handled it.
      x.changes.reviewUnitId = ctx.actor.unitId;
      x.changes.reviewUnitPath = ctx.actor.unitPath;
      return;
    }
    case 'notifyPetitioner': {
      const unitName = await casesRepository.unitName(tx, x.changes.reviewUnitId ?? c.reviewUnitId ?? c.unitId);
      x.detail.notice = await issueNotice(tx, c, e.notice, { ...p, days: x.detail.days }, unitName, ctx.actor.name, x.now);
      return;
    }
    case 'createLinkedCase': {
      const { created, to } = await beyondScope(tx, () => createLinkedCase(tx, c, e.relation as Relation, str(p, 'targetUnitId')!, e.initialState, x.now, ctx.actor.name));
      x.detail.linkedCase = { id: created.id, caseNo: created.caseNo, unitName: to.name };
      if (e.relation !== 'escalate') {
        const fromName = await casesRepository.unitName(tx, c.unitId);
        await beyondScope(tx, () => issueLetter(tx, c, created, e.relation as 'assign' | 'transfer', { from: fromName, to: to.name }, p, ctx.actor.name, x.now));
      }
      if (e.restricted) await beyondScope(tx, () => stopDeadlines(tx, c.id, x.today));
      return;
    }
    case 'restrictRecord': {
      const linked = x.detail.linkedCase as { caseNo: string; unitName: string };
      return beyondScope(tx, () => restrictRecord(tx, c, { name: linked.unitName, caseNo: linked.caseNo }));
    }
    case 'reopenSource':
    case 'reportResultToSource':
      if (!c.sourceCaseId) return;
      return beyondScope(tx, () => reportToSource(tx, ctx, c, e.kind, x));
    case 'notifyCaseManagement':
    case 'notifyHandlingUnit':
      // Delivered as in-app notifications by the reminders module; recorded in the trail meanwhile.
      x.detail.notified = e.kind === 'notifyHandlingUnit' ? e.about : 'caseManagement';
      return;
    default: {
      const unhandled: never = e;
      return unhandled;
    }
  }
}

/**
 * The receiving unit answers the case it got: a 退回 sends it back to the sender for a new decision; an approved
 * conclusion of a 交办 goes back to the assigning unit for its review (要结果).
 */
async function reportToSource(tx: Db, ctx: ServiceContext, c: CaseRow, kind: 'reopenSource' | 'reportResultToSource', x: EffectContext) {
  const source = await casesRepository.byId(tx, c.sourceCaseId!);
  if (!source) return;
  const state = kind === 'reopenSource' ? 'registered' : 'concluded';
  await casesRepository.update(tx, source.id, {
    state,
    version: source.version + 1,
    ...(kind === 'reportResultToSource' ? { finding: x.changes.finding ?? c.finding, priorState: source.state } : {}),
  });
  if (kind === 'reportResultToSource') await freezeDeadline(tx, source.id, 'assignmentResult', x.today);
  await casesRepository.appendEvent(tx, {
    caseId: source.id,
    at: x.now,
    actorName: ctx.actor.name,
    actorUserId: userIdOf(ctx),
    unitId: ctx.actor.unitId,
    action: kind === 'reopenSource' ? 'returnedByReceiver' : 'resultReported',
    fromState: source.state,
    toState: state,
    detail: { from: { caseId: c.id, caseNo: c.caseNo } },
  });
}
