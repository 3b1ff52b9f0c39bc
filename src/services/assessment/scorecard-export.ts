import ExcelJS from 'exceljs';
import { SCORING_DESCRIPTIONS, SCORING_RULE } from '../../domain/assessment/index.js';
import type { Ratio } from '../../domain/indicators/index.js';
import { escapeHtml } from '../printouts/escape-html.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { scorecardOf } from './assessment.js';

type Card = Awaited<ReturnType<typeof scorecardOf>>;

const valueText = (v: Ratio | number | null) => (v === null ? '—' : typeof v === 'number' ? `${v} 起` : v.rate === null ? '无应考核事项' : `${(v.rate * 100).toFixed(1)}%（${v.numerator}/${v.denominator}）`);
const title = (c: Card) => `${c.unit.name}${c.year}年度信访工作考核计分表`;
const subtitle = (c: Card) => `考核期间：${c.period.from} 至 ${c.period.to}\u3000统计日期：${c.asOf}\u3000${c.agreement ? `目标责任状签订：${c.agreement.signedOn}（${c.agreement.signedByName}）` : '未签订目标责任状，按默认分值计'}`;

/** The scorecard as an .xlsx workbook (one sheet, Chinese headers), for filing and printing. */
export async function scorecardWorkbook(ctx: ServiceContext, unitId: string, year: number) {
  const c = await scorecardOf(ctx, unitId, year);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核计分表');
  ws.columns = [{ width: 22 }, { width: 10 }, { width: 26 }, { width: 10 }, { width: 44 }];
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = title(c);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:E2');
  ws.getCell('A2').value = subtitle(c);
  const head = ws.addRow(['考核指标', '分值', '完成情况', '得分', '计分说明']);
  head.font = { bold: true };
  for (const l of c.lines) ws.addRow([l.label, l.weight, valueText(l.value), l.points, `${SCORING_DESCRIPTIONS[SCORING_RULE[l.indicator]]}；${l.note}`]);
  ws.addRow(['合计', 100, '', c.total, '']).font = { bold: true };
  ws.addRow([]);
  ws.addRow(['一票否决', c.vetoed ? '是' : '否', c.vetoes.map((v) => `${v.item} ${v.count} 起`).join('；') || '未发生否决事项']);
  ws.addRow(['考核等次', c.grade]);
  ws.addRow(['连续零越级天数', c.zeroSkipLevelDays]);
  await inScope(ctx, (tx) => audit(tx, ctx, { action: 'assessment.export', objectType: 'unit', objectId: unitId, objectUnitId: unitId, detail: { year } }));
  return { fileName: `${title(c)}.xlsx`, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** The scorecard as a printable page (A4, the browser prints it). */
export async function scorecardHtml(ctx: ServiceContext, unitId: string, year: number) {
  const c = await scorecardOf(ctx, unitId, year);
  const rows = c.lines
    .map((l) => `<tr><td>${escapeHtml(l.label)}</td><td class="n">${l.weight}</td><td>${escapeHtml(valueText(l.value))}</td><td class="n">${l.points}</td><td>${escapeHtml(l.note)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title(c))}</title>
<style>@page{size:A4;margin:18mm}body{font-family:"SimSun","Songti SC","WenQuanYi Micro Hei",serif;font-size:14px;color:#000}h1{text-align:center;font-size:20px;margin:0 0 8px}p{margin:4px 0}table{width:100%;border-collapse:collapse;margin-top:12px}td,th{border:1px solid #000;padding:6px 8px;vertical-align:top}th{background:#f2f2f2}.n{text-align:right;white-space:nowrap}.veto{font-weight:bold}</style></head>
<body><h1>${escapeHtml(title(c))}</h1><p>${escapeHtml(subtitle(c))}</p>
<table><thead><tr><th>考核指标</th><th>分值</th><th>完成情况</th><th>得分</th><th>计分说明</th></tr></thead><tbody>${rows}
<tr><th>合计</th><td class="n">100</td><td></td><td class="n"><b>${c.total}</b></td><td></td></tr></tbody></table>
<p class="veto">一票否决：${c.vetoed ? escapeHtml(c.vetoes.map((v) => `${v.item} ${v.count} 起`).join('；')) : '未发生否决事项'}</p>
<p>考核等次：<b>${escapeHtml(c.grade)}</b>\u3000连续零越级：${c.zeroSkipLevelDays} 天</p>
<p style="margin-top:32px">考核单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000被考核单位负责人（签字）：</p></body></html>`;
}
