// Reading ledger cells: dates in the shapes offices type them, yes/no, counts, and codes given by their Chinese labels.
import { dayNumber, fromDayNumber, isIsoDate, type IsoDate } from '../deadlines/dates.js';

/** Trimmed, with full-width letters, digits and spaces folded; '' for a blank cell. */
export const cellText = (raw: string | undefined): string => (raw ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH = dayNumber('1899-12-30');

/**
 * A date as ledgers hold it: 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日, 20230506, an Excel day number
 * (a date cell that lost its format), with or without a time after it. Null when it is none of these.
 */
export function parseDate(raw: string): IsoDate | null {
  const s = cellText(raw).replace(/^(\d{4})年(\d{1,2})月(\d{1,2})日?/, '$1-$2-$3');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[ T]\d{1,2}:\d{2})/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day numbers from 1950 to 2099; anything else numeric is not a date.
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial >= 18264 && serial <= 73415) return fromDayNumber(EXCEL_EPOCH + serial);
  }
  return null;
}

function checked(y: number, mo: number, d: number): IsoDate | null {
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对', '有']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '无', '不是']);

/** 是/否 and its usual spellings; undefined for a blank cell, null when unreadable. */
export function parseYesNo(raw: string): boolean | null | undefined {
  const s = cellText(raw).toLowerCase();
  if (s === '') return undefined;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

/** A count such as 5, "5人", "5.0"; null when unreadable. */
export function parseCount(raw: string): number | null {
  const m = /^(\d+)(?:\.0+)?\s*(?:人|名|位)?$/.exec(cellText(raw));
  return m ? Number(m[1]) : null;
}

/** Several values in one cell: 张三、李四 / 138…，139… */
export const splitList = (raw: string): string[] =>
  cellText(raw)
    .split(/[、,，;；|/／\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The comparable form of a code label: no spaces, no trailing 类/件, lower case. */
const labelKey = (s: string) =>
  cellText(s)
    .replace(/\s+/g, '')
    .replace(/(类|件)$/, '')
    .toLowerCase();

/**
 * A lookup from labels to codes. Each code answers to itself, its label and its synonyms; a label is read
 * without spaces, case and a trailing 类 or 件 (建议意见类 = 建议意见).
 */
export function codeReader<C extends string>(entries: Record<C, readonly string[]>): (raw: string) => C | null {
  const byKey = new Map<string, C>();
  for (const [code, names] of Object.entries(entries) as [C, string[]][]) {
    for (const name of [code, ...names]) byKey.set(labelKey(name), code);
  }
  return (raw) => byKey.get(labelKey(raw)) ?? null;
}

