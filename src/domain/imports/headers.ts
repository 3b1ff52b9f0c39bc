// Finding the header row of a ledger and matching its column names to import fields.
import type { CaseSource } from '../register/registration-codes.js';
import type { CaseNature } from '../register/registration-codes.js';
import type { Channel, Pipeline } from '../vocabulary/index.js';
import { IMPORT_FIELD_DEFS, IMPORT_FIELDS, type ImportField } from './fields.js';

/** Values for fields the file has no column for (or leaves blank). */
export interface ImportDefaults {
  pipeline?: Pipeline | undefined;
  channel?: Channel | undefined;
  source?: CaseSource | undefined;
  nature?: CaseNature | undefined;
  /** Historical rows are all backdated: one reason for the whole ledger. */
  backdateReason?: string | undefined;
}

/** Which column (0-based) holds each field, and the defaults. */
export interface ImportMapping {
  columns: Partial<Record<ImportField, number>>;
  defaults: ImportDefaults;
}

/** How many leading rows may hold a title or notes above the header. */
export const HEADER_SCAN_ROWS = 10;

/**
 * The comparable form of a header: full-width folded, no spaces, no required-field marks, no notes in
 * brackets ("信访日期（必填）", "*身份证号", "性质/类别" → 信访日期, 身份证号, 性质类别).
 */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（[【<《].*?[)）\]】>》]/g, '')
    .replace(/[*※★☆:：/、_\-—.。]/g, '')
    .toLowerCase();
}

const HEADER_INDEX: ReadonlyMap<string, ImportField> = (() => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const def = IMPORT_FIELD_DEFS[field];
    for (const name of [field, def.label, ...def.aliases]) {
      const key = normalizeHeader(name);
      if (index.has(key) && index.get(key) !== field) throw new Error(`import header ${name} means two fields`);
      index.set(key, field);
    }
  }
  return index;
})();

/** The field a column name stands for, or null (序号, 办理情况 … are not imported). */
export function matchHeader(header: string): ImportField | null {
  const key = normalizeHeader(header);
  return key ? (HEADER_INDEX.get(key) ?? null) : null;
}

/**
 * The 0-based index of the header row among the first rows: the one naming the most fields (at least two),
 * the earliest on a tie. Ledgers often start with a title row ("2023年信访台账") or notes.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number | null {
  let best: number | null = null;
  let bestScore = 1;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const score = new Set(row.map(matchHeader).filter((f) => f !== null)).size;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Each field to the first column that names it; later columns naming the same field stay unmapped. */
export function autoMapColumns(headers: readonly string[]): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  headers.forEach((h, i) => {
    const field = matchHeader(h);
    if (field && columns[field] === undefined) columns[field] = i;
  });
  return columns;
}

/** Problems with a mapping chosen by hand: columns out of range or one column used twice. */
export function mappingProblems(mapping: ImportMapping, headerCount: number): string[] {
  const problems: string[] = [];
  const used = new Map<number, ImportField>();
  for (const [field, col] of Object.entries(mapping.columns) as [ImportField, number][]) {
    const label = IMPORT_FIELD_DEFS[field].label;
    if (!Number.isInteger(col) || col < 0 || col >= headerCount) problems.push(`“${label}”对应的列不存在（第${col + 1}列）`);
    else if (used.has(col)) problems.push(`第${col + 1}列不能同时对应“${IMPORT_FIELD_DEFS[used.get(col)!].label}”和“${label}”`);
    else used.set(col, field);
  }
  return problems;
}
