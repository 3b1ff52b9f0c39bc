// Pieces both case sheets share: the header with marks and codes, the number line, people tables and boxes.
// Every value passes through escapeHtml here; only the barcode SVGs (built by bwip-js from validated text) do not.
import { code128Svg, isCode128Encodable, qrSvg } from '../barcodes.js';
import type { AccusedView, CaseSheetView, PetitionerView } from './case-sheet-view.js';
import { escapeHtml, escapeMultiline } from './escape-html.js';

/** Petitioners listed on the form: a group visit elects at most five representatives; the full list is attached. */
export const MAX_LISTED_PETITIONERS = 5;

export const yesNo = (flag: boolean | undefined): string => (flag ? '是' : '否');
const orDash = (text: string | undefined): string => (text?.trim() ? escapeHtml(text) : '—');
export const cell = orDash;

const IDEOGRAPHIC_SPACE = '&#x3000;';
const GAP = IDEOGRAPHIC_SPACE.repeat(2);

/** A form label spread to the width of four characters, the way printed forms align their labels. */
export function label(text: string): string {
  const chars = [...text].map((ch) => escapeHtml(ch));
  if (chars.length === 2) return chars.join(GAP);
  if (chars.length === 3) return chars.join('&ensp;'); // two half-em gaps: four characters wide
  return chars.join('');
}

/** 密级 and 紧急程度 go top left, as on official documents; unmarked levels (非密, 一般) are not printed there. */
function docMarks(view: CaseSheetView): string {
  const marks: string[] = [];
  if (view.secrecy && view.secrecy !== '非密') marks.push(`密级：${escapeHtml(view.secrecy)}`);
  if (view.urgency && view.urgency !== '一般') marks.push(`紧急程度：${escapeHtml(view.urgency)}`);
  return marks.join('<br>');
}

/** Header: marks, unit name and form title, the QR code of the case (or its query link) on the right. */
export function header(view: CaseSheetView, formTitle: string): string {
  const qrText = view.qrText?.trim() || view.caseNo;
  const qr = qrText
    ? `<div class="qr">${qrSvg(qrText)}<div class="caption">扫码识别编号</div></div>`
    : '<div></div>';
  return `<div class="head">
  <div class="doc-marks">${docMarks(view)}</div>
  <div class="titles"><div class="unit-name">${escapeHtml(view.unitName)}</div><h1>${escapeHtml(formTitle)}</h1></div>
  ${qr}
</div>`;
}

/** The Code128 of the case number, or nothing when the number cannot be encoded (it is still printed as text). */
export function barcode(caseNo: string): string {
  return isCode128Encodable(caseNo) ? `<div class="barcode">${code128Svg(caseNo)}</div>` : '';
}

/** Line under the title: 编号 on the left, the barcode on the right. */
export function numberLine(view: CaseSheetView, right = ''): string {
  return `<div class="number-line"><div class="no">编号：<strong>${escapeHtml(view.caseNo)}</strong>${right}</div>${barcode(view.caseNo)}</div>`;
}

export function petitionerTable(view: CaseSheetView): string {
  if (view.petitioners.length === 0) {
    return `<div style="padding:1.6mm 2mm">${view.anonymous ? '匿名' : '未留姓名'}</div>`;
  }
  const listed = view.petitioners.slice(0, MAX_LISTED_PETITIONERS);
  const row = (p: PetitionerView) =>
    `<tr><td>${orDash(p.name)}</td><td style="text-align:center">${orDash(p.sex)}</td><td>${orDash(p.idNumber)}</td>` +
    `<td>${orDash(p.phone)}</td><td>${orDash(p.address)}</td></tr>`;
  const more =
    view.petitioners.length > listed.length
      ? `<tr><td colspan="5">……等，共 ${view.petitioners.length} 人（完整名单另附）</td></tr>`
      : '';
  return `<table class="inner"><colgroup><col style="width:16%"><col style="width:8%"><col style="width:27%"><col style="width:19%"><col></colgroup>
<tr><th>姓名</th><th>性别</th><th>身份证号</th><th>联系电话</th><th>住址</th></tr>
${listed.map(row).join('\n')}${more}</table>`;
}

export function accusedTable(view: CaseSheetView): string {
  if (view.accused.length === 0) return '<div style="padding:1.6mm 2mm">—</div>';
  const row = (a: AccusedView) =>
    `<tr><td>${orDash(a.name)}</td><td>${orDash(a.unit)}</td><td>${orDash(a.position)}</td><td>${orDash(a.rank)}</td></tr>`;
  return `<table class="inner"><colgroup><col style="width:18%"><col style="width:40%"><col style="width:24%"><col></colgroup>
<tr><th>姓名</th><th>单位</th><th>职务</th><th>职级</th></tr>
${view.accused.map(row).join('\n')}</table>`;
}

/** Multi-line text with its line breaks; '—' when empty. */
export const textBlock = (text: string | undefined): string => (text?.trim() ? escapeMultiline(text) : '—');

/**
 * A box for handwriting (拟办意见, 领导批示 …) with a signature and date line, or the decided text when given.
 * `height` is one of the box classes of the page CSS.
 */
export function box(
  text: string | undefined,
  height: 'h25' | 'h32' | 'h40' | 'h45' | 'h70' | 'h85',
  sign = '签字：',
): string {
  const filled = text?.trim() ? `<div class="filled">${escapeMultiline(text)}</div>` : '';
  return `<td class="value box ${height}" colspan="7">${filled}<div class="sign">${sign}<span style="display:inline-block;width:28mm"></span>年${GAP}月${GAP}日</div></td>`;
}

export function footer(view: CaseSheetView): string {
  const left = view.printedAt ? `打印时间：${escapeHtml(view.printedAt)}` : '';
  const right = view.printedBy ? `打印人：${escapeHtml(view.printedBy)}` : '';
  return left || right ? `<div class="footer"><span>${left}</span><span>${right}</span></div>` : '';
}
