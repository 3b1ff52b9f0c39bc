import { and, asc, eq, inArray } from 'drizzle-orm';
import { casesRepository, unitsRepository, type Database, inSequence } from '../../db/index.js';
import { appUser, caseEvent, notice, portalMessage } from '../../db/schema/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { EVALUATION_LABELS, type Evaluation } from '../../domain/vocabulary/index.js';
import { allowedActions, NOTICE_LABELS, publicStatusLabel, type CaseState, type NoticeKind } from '../../domain/workflow/index.js';
import { caseViewOf } from '../handling/case-view.js';
import { audit } from '../audit.js';
import { inScope } from '../context.js';
import { deadlinesOf } from '../deadlines/clocks.js';
import { performAction } from '../handling/perform-action.js';
import { notify } from '../notifications/notifications.js';
import { addAttachment } from '../register/attachments.js';
import { portalToken } from './access.js';
import { reporterContext } from './report.js';

/** The public steps of a case, in plain words, with their dates. */
const PUBLIC_STEPS: Record<string, string> = {
  register: '已登记',
  arrive: '已转至承办单位',
  accept: '已受理',
  startHandling: '办理中',
  approveConclusion: '已办结',
  reply: '已答复',
  evaluate: '已评价',
};

async function reporterCtx(database: Database, caseId: string, now: Date, ip?: string) {
  const c = await casesRepository.byId(database.db, caseId);
  if (!c) throw notFound('信访件');
  const u = (await unitsRepository.byId(database.db, c.unitId))!;
  return { c, ctx: reporterContext(database, u, () => now, ip) };
}

/** What the reporter sees: status, dates of public steps, notices issued, the office's messages — nothing internal. */
export async function reporterView(database: Database, caseId: string, now: Date, ip?: string) {
  const { c, ctx } = await reporterCtx(database, caseId, now, ip);
  return inScope(ctx, async (tx) => {
    const [events, notices, messages, deadlines] = await inSequence([
      () => tx.select().from(caseEvent).where(and(eq(caseEvent.caseId, caseId), inArray(caseEvent.action, Object.keys(PUBLIC_STEPS)))).orderBy(asc(caseEvent.id)),
      () => tx.select({ id: notice.id, kind: notice.kind, noticeNo: notice.noticeNo, issuedAt: notice.issuedAt }).from(notice).where(and(eq(notice.caseId, caseId), eq(notice.toPetitioner, true))).orderBy(asc(notice.issuedAt)),
      () => tx.select().from(portalMessage).where(eq(portalMessage.caseId, caseId)).orderBy(asc(portalMessage.createdAt)),
      () => deadlinesOf(tx, caseId),
    ]);
    const review = deadlines.find((d) => d.step === 'reviewRequest' && d.status === 'running');
    await audit(tx, ctx, { action: 'portal.query', objectType: 'case', objectId: caseId, objectUnitId: c.unitId });
    return {
      token: portalToken(caseId, now),
      receivedOn: c.receivedOn,
      title: c.title,
      status: publicStatusLabel(c.state as CaseState),
      steps: events.map((e) => ({ label: PUBLIC_STEPS[e.action]!, date: toChinaDate(e.at) })),
      notices: notices.map((n) => ({ id: n.id, title: NOTICE_LABELS[n.kind as NoticeKind] ?? n.kind, noticeNo: n.noticeNo, issuedOn: toChinaDate(n.issuedAt) })),
      messages: messages.map((m) => ({ sender: m.sender, authorName: m.authorName, body: m.body, createdAt: m.createdAt.toISOString() })),
      evaluation: c.evaluation ? EVALUATION_LABELS[c.evaluation as Evaluation] : null,
      // The workflow decides (an anonymous discipline report gets no result to rate, for one).
      canEvaluate: allowedActions({ roles: [], unitId: c.unitId, isPetitioner: true }, caseViewOf(c)).includes('evaluate'),
      canRequestReview: c.pipeline === 'government' && (c.state === 'replied' || c.state === 'evaluated') && !!review && toChinaDate(now) <= review.dueOn,
      reviewDueOn: review?.dueOn ?? null,
    };
  });
}

export async function reporterNotice(database: Database, caseId: string, noticeId: string, now: Date) {
  const { ctx } = await reporterCtx(database, caseId, now);
  return inScope(ctx, async (tx) => {
    const [n] = await tx.select().from(notice).where(and(eq(notice.id, noticeId), eq(notice.caseId, caseId), eq(notice.toPetitioner, true)));
    if (!n) throw notFound('告知书');
    return n.html;
  });
}

/** The reporter answers or adds information; the office learns only what was typed. */
export async function reporterMessage(database: Database, caseId: string, body: string, now: Date, ip?: string) {
  const { c, ctx } = await reporterCtx(database, caseId, now, ip);
  await inScope(ctx, async (tx) => {
    await tx.insert(portalMessage).values({ caseId, sender: 'petitioner', authorName: '信访人', body, createdAt: now });
    await casesRepository.appendEvent(tx, { caseId, at: now, actorName: '信访人（网上）', unitId: c.unitId, action: 'portalMessage', opinion: body });
    await audit(tx, ctx, { action: 'portal.message', objectType: 'case', objectId: caseId, objectUnitId: c.unitId });
  });
  await notifyUnit(database, c, ['registrar', 'handler'], `portal:${caseId}:${now.getTime()}`, '信访人在网上留言', body.slice(0, 80), now);
}

export async function reporterFile(database: Database, caseId: string, fileName: string, data: Buffer, now: Date, ip?: string) {
  const { c, ctx } = await reporterCtx(database, caseId, now, ip);
  const file = await addAttachment(ctx, caseId, fileName, data);
  await inScope(ctx, (tx) => tx.insert(portalMessage).values({ caseId, sender: 'petitioner', authorName: '信访人', body: `补充材料：${file.fileName}`, createdAt: now }));
  await notifyUnit(database, c, ['registrar', 'handler'], `portal-file:${file.id}`, '信访人在网上补充了材料', file.fileName, now);
  return file;
}

/** 满意 / 基本满意 / 不满意; 不满意 puts the case before the unit's heads. */
export async function reporterEvaluate(database: Database, caseId: string, evaluation: Evaluation, comment: string | undefined, now: Date, ip?: string) {
  const { c, ctx } = await reporterCtx(database, caseId, now, ip);
  await performAction(ctx, caseId, 'evaluate', { evaluation, ...(comment ? { opinion: comment } : {}) }, c.version);
  if (evaluation === 'dissatisfied')
    await notifyUnit(database, c, ['unitHead'], `dissatisfied:${caseId}`, `信访人评价不满意：${c.caseNo}`, comment ?? c.title, now);
}

/** A 复查 request filed online, within the limit: the level above is told and takes it up. */
export async function reporterRequestReview(database: Database, caseId: string, reason: string, now: Date, ip?: string) {
  const view = await reporterView(database, caseId, now, ip);
  if (!view.canRequestReview) throw invalid('该事项目前不能申请复查（须在答复后规定期限内提出）');
  const { c, ctx } = await reporterCtx(database, caseId, now, ip);
  await inScope(ctx, async (tx) => {
    await casesRepository.appendEvent(tx, { caseId, at: now, actorName: '信访人（网上）', unitId: c.unitId, action: 'reviewRequestedOnline', opinion: reason, detail: { requestDate: toChinaDate(now) } });
    await audit(tx, ctx, { action: 'portal.requestReview', objectType: 'case', objectId: caseId, objectUnitId: c.unitId });
  });
  const parent = (await unitsRepository.byId(database.db, c.unitId))?.parentId;
  if (parent) await notifyUnit(database, { ...c, unitId: parent }, ['registrar', 'unitHead'], `review:${caseId}`, `网上复查申请：${c.caseNo}`, reason.slice(0, 80), now);
}

async function notifyUnit(database: Database, c: { id: string; unitId: string }, roles: string[], key: string, title: string, body: string, now: Date) {
  const staff = await database.db.select({ id: appUser.id, roles: appUser.roles }).from(appUser).where(and(eq(appUser.unitId, c.unitId), eq(appUser.active, true)));
  await notify(
    database.db,
    staff.filter((u) => u.roles.some((r) => roles.includes(r))).map((u) => ({ userId: u.id, caseId: c.id, kind: 'portal', title, body, dedupeKey: key, at: now })),
  );
}
