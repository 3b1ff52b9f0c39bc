// 呈批件: the slip that carries a case to the leader: what it is about, the office's proposal, room for the
// leader's instruction (批示) and, later, the result of handling.
import type { CaseSheetView } from './case-sheet-view.js';
import { escapeHtml } from './escape-html.js';
import { barcode, box, cell, footer, header, label, textBlock } from './fragments.js';
import { htmlPage } from './page.js';
import { FORM_COLUMNS } from './registration-form.js';

/** 来文单位 of a forwarded item, else the petitioners' names (the first three), else 匿名. */
function fromWhom(view: CaseSheetView): string {
  if (view.fromUnit?.trim()) return view.fromUnit;
  const names = view.petitioners.map((p) => p.name.trim()).filter(Boolean);
  if (names.length === 0) return view.anonymous ? '匿名' : '';
  const shown = names.slice(0, 3).join('、');
  return names.length > 3 ? `${shown}等${names.length}人` : shown;
}

export function approvalSheet(view: CaseSheetView): string {
  const code = barcode(view.caseNo) || `<strong>${escapeHtml(view.caseNo)}</strong>`;
  const rows = [
    `<tr><th>${label('标题')}</th><td class="value" colspan="7">${cell(view.title)}</td></tr>`,
    `<tr><th>来文单位<br>（信访人）</th><td class="value" colspan="7">${cell(fromWhom(view))}</td></tr>`,
    `<tr><th>${label('编号')}</th><td class="value" colspan="3">${code}</td>` +
      `<th>收文日期</th><td class="value" colspan="3">${cell(view.receivedOn)}</td></tr>`,
    `<tr><th>内容摘要</th><td class="value text-block" colspan="7">${textBlock(view.summary)}</td></tr>`,
    `<tr><th>拟办意见</th>${box(view.proposal, 'h32', '拟办人：')}</tr>`,
    `<tr><th>领导批示</th>${box(view.instruction, 'h85')}</tr>`,
    `<tr><th>办理结果</th>${box(view.result, 'h40', '经办人：')}</tr>`,
  ];
  const sheet = `${header(view, '呈批件')}
<table class="form approval">${FORM_COLUMNS}
${rows.join('\n')}
</table>
${footer(view)}`;
  return htmlPage(`呈批件 ${view.caseNo}`, sheet);
}
