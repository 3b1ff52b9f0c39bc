// 信访登记表: the registration record of one case, printed for the paper file and for the proposal round
// (拟办意见 and 领导批示 are written by hand in their boxes).
import type { CaseSheetView } from './case-sheet-view.js';
import { escapeHtml } from './escape-html.js';
import {
  accusedTable,
  box,
  cell,
  footer,
  header,
  label,
  numberLine,
  petitionerTable,
  textBlock,
  yesNo,
} from './fragments.js';
import { htmlPage } from './page.js';

/** Eight columns: four label/value pairs; a wide value spans three or seven columns. */
export const FORM_COLUMNS =
  '<colgroup><col style="width:13%"><col style="width:12%"><col style="width:13%"><col style="width:12%">' +
  '<col style="width:13%"><col style="width:12%"><col style="width:13%"><col style="width:12%"></colgroup>';

const pair = (text: string, value: string) =>
  `<th>${label(text)}</th><td class="value" colspan="3">${value}</td>`;
const wide = (text: string, value: string, extra = '') =>
  `<tr><th>${label(text)}</th><td class="value${extra}" colspan="7">${value}</td></tr>`;

export function registrationForm(view: CaseSheetView): string {
  const repeat = view.repeat?.trim() ? `<span class="muted">&#x3000;${escapeHtml(view.repeat)}</span>` : '';
  const rows = [
    `<tr>${pair('信访日期', cell(view.receivedOn))}${pair('登记时间', cell(view.registeredAt))}</tr>`,
    `<tr>${pair('信访形式', cell(view.channel))}${pair('信访来源', cell(view.source))}</tr>`,
    `<tr>${pair('业务类型', cell(view.pipeline))}${pair('性质/类别', cell(view.nature))}</tr>`,
    `<tr>${pair('问题类别', cell(view.category))}${pair('问题属地', cell(view.matterRegion))}</tr>`,
    `<tr><th>${label('人数')}</th><td class="value">${escapeHtml(view.headcount)}</td>` +
      `<th>${label('集体访')}</th><td class="value">${yesNo(view.groupVisit)}</td>` +
      `<th>${label('越级访')}</th><td class="value">${yesNo(view.skipLevel)}</td>` +
      `<th>${label('实名')}</th><td class="value">${yesNo(view.realName)}</td></tr>`,
    `<tr><th>${label('信访人')}</th><td class="nest" colspan="7">${petitionerTable(view)}</td></tr>`,
    `<tr><th>${label('被反映人')}</th><td class="nest" colspan="7">${accusedTable(view)}</td></tr>`,
    wide('标题', cell(view.title) + repeat),
    wide('内容摘要', textBlock(view.summary), ' text-block'),
    wide('主要诉求', textBlock(view.demands)),
    `<tr>${pair('紧急程度', cell(view.urgency))}${pair('密级', cell(view.secrecy))}</tr>`,
    `<tr>${pair('登记人', cell(view.registrar))}${pair('登记单位', cell(view.unitName))}</tr>`,
    `<tr><th>${label('拟办意见')}</th>${box(view.proposal, 'h32', '拟办人：')}</tr>`,
    `<tr><th>${label('领导批示')}</th>${box(view.instruction, 'h45')}</tr>`,
  ];
  const sheet = `${header(view, '信访登记表')}
${numberLine(view)}
<table class="form">${FORM_COLUMNS}
${rows.join('\n')}
</table>
${footer(view)}`;
  return htmlPage(`信访登记表 ${view.caseNo}`, sheet);
}
