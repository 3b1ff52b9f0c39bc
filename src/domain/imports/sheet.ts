// The grid of a ledger (any file format, already read into text cells) → header and data rows with their row numbers.
import { invalid } from '../errors.js';
import { autoMapColumns, detectHeaderRow, HEADER_SCAN_ROWS, type ImportMapping } from './headers.js';

/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 50_000;
/** The largest file accepted. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface LedgerRow {
  /** As the spreadsheet numbers it: 1-based, header and title rows counted. */
  rowNo: number;
  cells: string[];
}

export interface LedgerSheet {
  /** 1-based. */
  headerRow: number;
  headers: string[];
  rows: LedgerRow[];
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Finds the header among the first rows and keeps every non-blank row below it. `grid[i]` is row i + 1 of the file.
 * Refuses a sheet without a recognisable header, without data, or with more than MAX_IMPORT_ROWS rows.
 */
export function readLedgerGrid(grid: readonly string[][]): LedgerSheet {
  const h = detectHeaderRow(grid);
  if (h === null) {
    throw invalid(`未能识别表头：前${HEADER_SCAN_ROWS}行中没有找到“信访日期”“信访形式”“信访人”“内容摘要”等列名（至少要有两列能认出）`);
  }
  const headers = grid[h]!.map((c) => c.replace(/\s+/g, ' ').trim());
  const rows: LedgerRow[] = [];
  for (let i = h + 1; i < grid.length; i++) {
    const cells = grid[i]!;
    if (blank(cells)) continue;
    rows.push({ rowNo: i + 1, cells: cells.map((c) => c.trim()) });
    if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
  }
  if (rows.length === 0) throw invalid('表头下面没有数据行');
  return { headerRow: h + 1, headers, rows };
}

export const tooManyRows = () => invalid(`一次最多导入${MAX_IMPORT_ROWS.toLocaleString('en-US')}行，请把台账拆分成几个文件分批导入`);

/** The mapping a new import starts with: columns found by their names, and the given defaults. */
export function initialMapping(headers: readonly string[], defaults: ImportMapping['defaults']): ImportMapping {
  return { columns: autoMapColumns(headers), defaults };
}
