import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unitsRepository } from '../../db/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { listCases } from '../register/cases.js';
import { CASE_COLUMNS, chinaDateTime, describeFilters, type CaseExportQuery, type CaseSummary } from './case-columns.js';

/** The most cases one export holds; a larger list has to be narrowed (by period, for instance). */
export const MAX_EXPORT_ROWS = 100_000;
/** Cases read per query while writing: the list is never held in memory at once. */
const PAGE = 1000;

/**
 * 导出信访件清单: the same filters as the case list. Checks the size and writes the audit entry first (so a refusal is
 * an ordinary error answer), then returns a writer that streams the workbook page by page.
 */
export async function prepareCaseExport(ctx: ServiceContext, query: CaseExportQuery) {
  const first = await listCases(ctx, query, PAGE, 0, 'exact');
  if (first.total > MAX_EXPORT_ROWS) {
    throw invalid(`符合条件的信访件有 ${first.total} 件，超过单次导出上限 ${MAX_EXPORT_ROWS} 件：请缩小筛选范围（例如按信访日期分段）后分次导出`);
  }
  const now = ctx.now();
  const { unitName, filterUnitName } = await inScope(ctx, async (tx) => {
    const own = await unitsRepository.byId(tx, ctx.actor.unitId);
    const filtered = query.unitId ? await unitsRepository.byId(tx, query.unitId) : null;
    if (query.unitId && !filtered) throw notFound('单位');
    await audit(tx, ctx, { action: 'case.export', objectType: 'case', objectUnitId: query.unitId ?? ctx.actor.unitId, detail: { filters: query, count: first.total } });
    return { unitName: (filtered ?? own)?.name ?? '', filterUnitName: filtered?.name ?? null };
  });
  const title = `${unitName} 信访件清单`;
  // Ideographic spaces separate the parts, as in printed forms.
  const gap = '\u3000\u3000';
  const subtitle = `${describeFilters(query, filterUnitName)}${gap}共 ${first.total} 件${gap}导出时间：${chinaDateTime(now)}`;
  return {
    total: first.total,
    fileName: `${unitName}信访件清单_${chinaDateTime(now).slice(0, 10).replaceAll('-', '')}.xlsx`,
    write: (out: Writable) => writeWorkbook(out, title, subtitle, first.items, (offset) => listCases(ctx, query, PAGE, offset).then((p) => p.items)),
  };
}

async function writeWorkbook(out: Writable, title: string, subtitle: string, firstPage: CaseSummary[], nextPage: (offset: number) => Promise<CaseSummary[]>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '信访举报信息管理系统';
  const sheet = workbook.addWorksheet('信访件清单', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  sheet.columns = CASE_COLUMNS.map((c) => ({ width: c.width }));
  const last = CASE_COLUMNS.length;

  const titleRow = sheet.addRow([title]);
  titleRow.height = 28;
  titleRow.getCell(1).font = { bold: true, size: 16 };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(1, 1, 1, last);
  titleRow.commit();
  const filterRow = sheet.addRow([subtitle]);
  filterRow.getCell(1).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  filterRow.height = 32;
  sheet.mergeCells(2, 1, 2, last);
  filterRow.commit();
  const headerRow = sheet.addRow(CASE_COLUMNS.map((c) => c.header));
  headerRow.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  headerRow.commit();

  let written = 0;
  for (let page = firstPage; page.length; page = written < MAX_EXPORT_ROWS ? await nextPage(written) : []) {
    for (const c of page.slice(0, MAX_EXPORT_ROWS - written)) {
      const row = sheet.addRow(CASE_COLUMNS.map((col) => col.cell(c)));
      row.getCell(2).numFmt = 'yyyy-mm-dd';
      row.commit();
    }
    written += page.length;
    if (page.length < PAGE) break;
  }
  sheet.commit();
  await workbook.commit();
}
