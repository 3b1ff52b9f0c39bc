import ExcelJS from 'exceljs';
import type { CrossTab, CrossTabQuery, IndicatorQuery, IndicatorTable } from '../../shared/schemas/index.js';
import type { ServiceContext } from '../context.js';
import { crossTab } from './cross-tab.js';
import { indicatorTable } from './indicators.js';

const chinaDateTime = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };

/** Title row, then 统计单位 / 统计期间 / 制表时间, then the header row: every statistics sheet starts so. */
function start(workbook: ExcelJS.Workbook, sheetName: string, title: string, unit: string, period: string, headers: string[], now: Date) {
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  const last = headers.length;
  const titleRow = sheet.addRow([title]);
  titleRow.height = 28;
  titleRow.getCell(1).font = { bold: true, size: 16 };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(1, 1, 1, Math.max(last, 2));
  const info = sheet.addRow([`统计单位：${unit}\u3000\u3000统计期间：${period}\u3000\u3000制表时间：${chinaDateTime(now)}`]);
  info.getCell(1).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  info.height = 24;
  sheet.mergeCells(2, 1, 2, Math.max(last, 2));
  const head = sheet.addRow(headers);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = thin;
  });
  sheet.columns = headers.map((h, i) => ({ width: i === 0 ? 28 : Math.max(10, Math.min(24, h.length * 2 + 2)) }));
  return sheet;
}

function note(sheet: ExcelJS.Worksheet, text: string, width: number) {
  const row = sheet.addRow([text]);
  row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  row.height = Math.max(18, Math.ceil(text.length / (width * 8)) * 18);
  sheet.mergeCells(row.number, 1, row.number, Math.max(width, 2));
}

const change = (now: number, before: number | null) => (before === null || before === 0 ? null : (now - before) / before);

/** A cross-tab as it shows on screen: the same rows, columns, 合计 and (when asked) 同比/环比. */
export async function crossTabWorkbook(tab: CrossTab, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '信访举报信息管理系统';
  const compare = tab.compare;
  const headers = [
    tab.rows.label,
    ...tab.heads.map((h) => h.label),
    '合计',
    ...(compare ? [`去年同期（${compare.yearBefore.label}）`, '同比', `上期（${compare.periodBefore.label}）`, '环比'] : []),
  ];
  const sheet = start(workbook, '统计表', tab.title, tab.unit.name, `${tab.period.label}（${tab.period.from} 至 ${tab.period.to}）`, headers, now);
  const rows = [...tab.items, { ...tab.totals, label: '合计' }];
  for (const item of rows) {
    const values: (string | number | null)[] = [item.label, ...item.cells.map((c) => c.n), item.total.n];
    if (compare) values.push(item.yearBefore, change(item.total.n, item.yearBefore), item.periodBefore, change(item.total.n, item.periodBefore));
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = thin;
      if (col > 1) cell.alignment = { horizontal: 'right' };
    });
    if (compare) for (const col of [headers.length - 2, headers.length]) row.getCell(col).numFmt = '+0.0%;-0.0%;0.0%';
    if (item.label === '合计' && item === rows[rows.length - 1]) row.font = { bold: true };
  }
  for (const n of tab.notes) note(sheet, `注：${n}`, headers.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Indicators per unit: rates as percentages (empty when nothing fell due), counts as numbers, definitions below. */
export async function indicatorWorkbook(table: IndicatorTable, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '信访举报信息管理系统';
  const headers = ['单位', ...table.total.map((v) => v.label)];
  const sheet = start(workbook, '工作指标', table.title, table.unit.name, `${table.period.label}（${table.period.from} 至 ${table.period.to}）`, headers, now);
  for (const u of [...table.units, { unitId: '', unitName: '合计', values: table.total }]) {
    const row = sheet.addRow([u.unitName, ...u.values.map((v) => (v.kind === 'count' ? v.numerator : v.rate))]);
    u.values.forEach((v, i) => {
      if (v.kind === 'rate') row.getCell(i + 2).numFmt = '0.0%';
    });
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = thin));
    if (u.unitName === '合计') row.font = { bold: true };
  }
  note(sheet, `统计截至 ${table.asOf}；“零越级”：距最近一次越级访 ${table.zeroSkipLevelDays} 天。`, headers.length);
  for (const v of table.total) note(sheet, v.definition, headers.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const fileDate = (now: Date) => chinaDateTime(now).slice(0, 10).replaceAll('-', '');

export async function exportCrossTab(ctx: ServiceContext, q: CrossTabQuery) {
  const tab = await crossTab(ctx, q);
  const now = ctx.now();
  return { fileName: `${tab.unit.name}${tab.title}_${fileDate(now)}.xlsx`, body: await crossTabWorkbook(tab, now) };
}

export async function exportIndicators(ctx: ServiceContext, q: IndicatorQuery) {
  const table = await indicatorTable(ctx, q);
  const now = ctx.now();
  return { fileName: `${table.unit.name}${table.title}_${fileDate(now)}.xlsx`, body: await indicatorWorkbook(table, now) };
}
