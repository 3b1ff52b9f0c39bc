import { and, eq, isNull } from 'drizzle-orm';
import { casesRepository } from '../../db/index.js';
import { supervision } from '../../db/schema/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { eventLabel, stateLabel } from '../../domain/workflow/index.js';
import { audit } from '../audit.js';
import { code128Svg } from '../barcodes.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { escapeHtml, escapeMultiline, htmlPage } from '../printouts/index.js';
import { noticeHtml } from './notices.js';
import { performAction } from './perform-action.js';
import { caseTrail } from './trail.js';

/** A notice or letter as issued (print-ready HTML). */
export const viewNotice = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const n = await noticeHtml(tx, id);
    if (!n) throw notFound('告知书');
    await audit(tx, ctx, { action: 'notice.view', objectType: 'case', objectId: n.caseId, detail: { noticeNo: n.noticeNo } });
    return n.html;
  });

/** The handling unit answers a 督办 notice; the answer stays with it. */
export const replySupervision = (ctx: ServiceContext, id: string, reply: string) =>
  inScope(ctx, async (tx) => {
    const [s] = await tx.select().from(supervision).where(eq(supervision.id, id));
    if (!s) throw notFound('督办通知');
    if (s.reply) throw invalid('该督办已回复');
    const c = await casesRepository.byId(tx, s.caseId);
    if (c?.unitId !== ctx.actor.unitId) throw invalid('只有承办单位可以回复督办');
    await tx.update(supervision).set({ reply, repliedAt: ctx.now(), repliedBy: ctx.actor.name }).where(and(eq(supervision.id, id), isNull(supervision.reply)));
    await casesRepository.appendEvent(tx, { caseId: s.caseId, at: ctx.now(), actorName: ctx.actor.name, actorUserId: userIdOf(ctx), unitId: ctx.actor.unitId, action: 'replySupervision', opinion: reply });
    await audit(tx, ctx, { action: 'case.replySupervision', objectType: 'case', objectId: s.caseId, objectUnitId: c.unitId });
  });

/** 批量批示: one instruction for several cases; each case succeeds or is refused on its own. */
export async function instructMany(ctx: ServiceContext, items: { id: string; version: number }[], instruction: string, documentNo?: string) {
  const results: { id: string; ok: boolean; message?: string }[] = [];
  for (const item of items) {
    try {
      await performAction(ctx, item.id, 'instruct', { instruction, ...(documentNo ? { documentNo } : {}) }, item.version);
      results.push({ id: item.id, ok: true });
    } catch (e) {
      results.push({ id: item.id, ok: false, message: (e as Error).message });
    }
  }
  return results;
}

/** 办理轨迹 as a print-ready page. */
export async function trailPrintout(ctx: ServiceContext, id: string) {
  const t = await caseTrail(ctx, id);
  const rows = t.events
    .map(
      (e) =>
        `<tr><td>${escapeHtml(new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }))}</td><td>${escapeHtml(e.actorName)}</td><td>${escapeHtml(eventLabel(e.action))}</td><td>${escapeHtml(stateLabel(e.fromState))}${e.toState && e.toState !== e.fromState ? ` → ${escapeHtml(stateLabel(e.toState))}` : ''}</td><td>${escapeMultiline(e.opinion)}</td></tr>`,
    )
    .join('');
  return htmlPage(
    `办理轨迹 ${t.caseNo}`,
    `<div class="sheet"><h1>信访件办理轨迹</h1><div class="barcode">${code128Svg(t.caseNo)}</div><p>信访编号：${escapeHtml(t.caseNo)}&emsp;当前状态：${escapeHtml(stateLabel(t.state))}</p>
     <table class="grid"><thead><tr><th>时间</th><th>办理人</th><th>环节</th><th>状态</th><th>意见</th></tr></thead><tbody>${rows}</tbody></table></div>`,
  );
}
