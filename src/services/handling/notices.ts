import { eq, sql } from 'drizzle-orm';
import { rowsOf, type CaseRow, type Db } from '../../db/index.js';
import { notice } from '../../db/schema/index.js';
import { formatChineseDate, toChinaDate } from '../../domain/deadlines/index.js';
import { NOTICE_LABELS, type NoticeKind } from '../../domain/workflow/index.js';
import { code128Svg } from '../barcodes.js';
import { escapeHtml, escapeMultiline, htmlPage } from '../printouts/index.js';

/** The body of each notice: what it tells the petitioner (or the receiving unit), in the office's wording. */
function body(kind: NoticeKind, c: CaseRow, p: Record<string, unknown>): string {
  const about = `您于${formatChineseDate(c.receivedOn)}反映的「${escapeHtml(c.title)}」一事`;
  const text = (k: string) => (typeof p[k] === 'string' ? escapeMultiline(p[k] as string) : '');
  switch (kind) {
    case 'acceptance':
      return `<p>${about}，本机关已依法受理，将按规定期限办理并答复。</p>`;
    case 'forwarded':
      return `<p>${about}，本机关已按照“属地管理、分级负责，谁主管、谁负责”的原则转送（交办）有权处理机关办理，请等候其答复。</p>`;
    case 'decline':
      return `<p>${about}，经审查，不予受理。理由：${text('reason')}</p>`;
    case 'redirect':
      return `<p>${about}，不属于本机关职责范围，请向${text('redirectTo')}反映。</p>`;
    case 'extension':
      return `<p>${about}，因情况复杂，经批准延长办理期限 ${escapeHtml(String(p.days ?? ''))} 日。理由：${text('reason')}</p>`;
    case 'result':
      return `<p>${about}，现答复如下：</p><p>${text('opinion')}</p><p>如对处理意见不服，可以自收到本意见书之日起 30 日内请求原办理机关的上一级机关复查。</p>`;
    case 'reviewOpinion':
      return `<p>${about}的复查申请，复查意见如下：</p><p>${text('opinion')}</p><p>如对复查意见不服，可以自收到本意见书之日起 30 日内向复查机关的上一级机关请求复核。</p>`;
    case 'reReviewOpinion':
      return `<p>${about}的复核申请，复核意见如下：</p><p>${text('opinion')}</p>`;
    case 'refuseFinal':
      return `<p>${about}，已经复核终结，根据《信访工作条例》规定不再受理。理由：${text('reason')}</p>`;
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}

/** Renders and stores a notice, numbered per case; returns its number. */
export async function issueNotice(tx: Db, c: CaseRow, kind: NoticeKind, payload: Record<string, unknown>, unitName: string, issuedBy: string, now: Date) {
  const [row] = await rowsOf<{ n: number }>(tx.execute(sql`select count(*)::int as n from notice where case_id = ${c.id}`));
  const count = (row?.n ?? 0) + 1;
  const noticeNo = `${c.caseNo}-${String(count).padStart(2, '0')}`;
  const title = NOTICE_LABELS[kind];
  const html = htmlPage(
    title,
    `<div class="sheet"><h1>${escapeHtml(title)}</h1><p class="no">${escapeHtml(noticeNo)}</p><div class="barcode">${code128Svg(c.caseNo)}</div>
     <p>信访人：</p>${body(kind, c, payload)}
     <p class="sign">${escapeHtml(unitName)}<br>${formatChineseDate(toChinaDate(now))}</p></div>`,
  );
  await tx.insert(notice).values({ caseId: c.id, kind, noticeNo, issuedAt: now, issuedBy, toPetitioner: true, html });
  return noticeNo;
}

/** Letters between units (not to the petitioner): 交办函 and 转办函. */
export const LETTER_LABELS = { assign: '交办函', transfer: '转办函' } as const;

/**
 * The letter that goes with a case to the receiving unit, kept on both cases: the sender's copy and the
 * receiver's. 交办 asks for the result by a date (要结果).
 */
export async function issueLetter(
  tx: Db,
  source: CaseRow,
  created: CaseRow,
  relation: 'assign' | 'transfer',
  units: { from: string; to: string },
  p: Record<string, unknown>,
  issuedBy: string,
  now: Date,
) {
  const title = LETTER_LABELS[relation];
  const due = typeof p.dueDate === 'string' ? `请于${formatChineseDate(p.dueDate)}前将办理结果报送我单位。` : '请依法依规办理。';
  const opinion = typeof p.opinion === 'string' && p.opinion.trim() ? `<p>办理要求：${escapeMultiline(p.opinion)}</p>` : '';
  const html = htmlPage(
    title,
    `<div class="sheet"><h1>${escapeHtml(title)}</h1><div class="barcode">${code128Svg(created.caseNo)}</div>
     <p>${escapeHtml(units.to)}：</p>
     <p>现将「${escapeHtml(source.title)}」（原编号 ${escapeHtml(source.caseNo)}，贵单位编号 ${escapeHtml(created.caseNo)}）${relation === 'assign' ? '交由你单位办理' : '转送你单位处理'}。${due}</p>${opinion}
     <p class="sign">${escapeHtml(units.from)}<br>${formatChineseDate(toChinaDate(now))}</p></div>`,
  );
  for (const c of [source, created]) {
    const [row] = await rowsOf<{ n: number }>(tx.execute(sql`select count(*)::int as n from notice where case_id = ${c.id}`));
    await tx.insert(notice).values({ caseId: c.id, kind: `${relation}Letter`, noticeNo: `${c.caseNo}-${String((row?.n ?? 0) + 1).padStart(2, '0')}`, issuedAt: now, issuedBy, toPetitioner: false, html });
  }
}

/** A stored notice or letter, as printed. */
export const noticeHtml = async (tx: Db, id: string) => (await tx.select().from(notice).where(eq(notice.id, id)))[0];
