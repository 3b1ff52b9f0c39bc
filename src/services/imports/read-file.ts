import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { decodeText, HEADER_SCAN_ROWS, MAX_IMPORT_ROWS, parseCsv, readLedgerGrid, tooManyRows, type LedgerSheet } from '../../domain/imports/index.js';

export interface LedgerFile extends LedgerSheet {
  kind: 'xlsx' | 'csv';
  encoding: string | null;
  sheetName: string | null;
}

const starts = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

/** A ledger upload, judged by content: .xlsx (a ZIP), else text CSV in UTF-8, UTF-16 or GB18030. */
export async function readLedgerFile(data: Buffer, fileName: string): Promise<LedgerFile> {
  if (data.length === 0) throw new AppError('validation', '上传的文件是空的');
  if (starts(data, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(data);
  if (starts(data, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new AppError('unsupportedMedia', '不支持旧版 Excel（.xls）文件：请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入');
  const head = data.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) throw new AppError('unsupportedMedia', `「${fileName}」不是 .xlsx 或 CSV 文件，只能导入这两种格式`);
  const { text, encoding } = decodeText(data);
  return { kind: 'csv', encoding, sheetName: null, ...readLedgerGrid(parseCsv(text)) };
}

async function readXlsx(data: Buffer): Promise<LedgerFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', '无法读取该 Excel 文件：文件可能已损坏或设置了打开密码');
  }
  const sheets = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0);
  if (sheets.length === 0) throw new AppError('validation', 'Excel 文件中没有数据');
  let firstError: unknown;
  // The first sheet with a recognisable header: ledgers sometimes begin with a cover or notes sheet.
  for (const ws of sheets) {
    if (ws.actualRowCount > MAX_IMPORT_ROWS + HEADER_SCAN_ROWS) throw tooManyRows();
    const grid: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      grid[rowNumber - 1] = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellString(values[i + 1]));
    });
    for (let i = 0; i < grid.length; i++) grid[i] ??= [];
    try {
      return { kind: 'xlsx', encoding: null, sheetName: ws.name, ...readLedgerGrid(grid) };
    } catch (e) {
      firstError ??= e;
    }
  }
  throw firstError;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text. Dates keep their calendar day (exceljs gives them as UTC midnight); formulas give their result. */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = value.toISOString().slice(0, 10);
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellString(v.result);
    if (v.text !== undefined) return cellString(v.text);
    return '';
  }
  return String(value);
}
