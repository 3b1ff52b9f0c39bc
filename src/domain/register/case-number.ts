// 信访编号: the readable case number, `<unit code>-<year>-<6-digit sequence>`, e.g. 441226-2026-000123.
// - unique: the unit code is unique (unit_code_uq) and the sequence restarts at 1 per unit and year;
// - sortable: within a unit, text order is year order then sequence order (fixed-width, zero-padded);
// - Code128-safe: ASCII letters, digits and '-' only; the unit code has no '-', so parsing is unambiguous.

export interface CaseNoParts {
  unitCode: string;
  year: number;
  seq: number;
}

const UNIT_CODE = /^[0-9A-Za-z]{2,20}$/;
const CASE_NO = /^([0-9A-Za-z]{2,20})-(\d{4})-(\d{6})$/;
export const MAX_CASE_SEQ = 999_999;

export function formatCaseNo(unitCode: string, year: number, seq: number): string {
  if (!UNIT_CODE.test(unitCode)) throw new RangeError(`单位代码无效：${unitCode}（应为2–20位字母或数字）`);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_CASE_SEQ) {
    throw new RangeError(`流水号无效：${seq}（应为 1–${MAX_CASE_SEQ}）`);
  }
  return `${unitCode}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The parts of a case number, or null when the text is not one (surrounding spaces are ignored). */
export function parseCaseNo(caseNo: string): CaseNoParts | null {
  const m = CASE_NO.exec(caseNo.trim());
  if (!m) return null;
  const [year, seq] = [Number(m[2]), Number(m[3])];
  if (year < 1900 || seq < 1) return null;
  return { unitCode: m[1]!, year, seq };
}

/** Prefix shared by a unit's numbers of one year: `LIKE prefix || '%'` lists them in order. */
export const caseNoPrefix = (unitCode: string, year: number): string =>
  formatCaseNo(unitCode, year, 1).slice(0, -6);
