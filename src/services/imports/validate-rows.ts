import { createHash } from 'node:crypto';
import type { RowResultUpdate } from '../../db/index.js';
import { loadRegionIndex } from '../../db/seed/regions.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import {
  canonicalContent,
  categoryResolver,
  columnName,
  regionResolver,
  validateImportRow,
  type ConvertContext,
  type ImportMapping,
  type RowProblem,
} from '../../domain/imports/index.js';
import type { RegistrationConfig, RegistrationInput } from '../../domain/register/index.js';
import type { RegionIndex } from '../../domain/regions/index.js';
import { regionKnown } from '../regions.js';
import { categoryKnown, categoryRows } from '../register/categories.js';

/** Dictionaries and rules exactly as registerCase uses them, plus the name lookups of the import. */
export interface ImportChecks {
  convert: ConvertContext;
  config: RegistrationConfig;
}

function regionIndex(): RegionIndex | null {
  try {
    return loadRegionIndex();
  } catch {
    return null; // no dictionary: codes are still accepted, names are not
  }
}

export function importChecks(now: Date, homeRegionCode: string): ImportChecks {
  return {
    convert: { resolveRegion: regionResolver(regionIndex(), homeRegionCode), resolveCategory: categoryResolver(categoryRows()) },
    config: { today: toChinaDate(now), isKnownRegion: regionKnown, isKnownCategory: categoryKnown },
  };
}

/** `import:` + SHA-256 of the importing unit and the row's normalized content: the same row never registers twice. */
export const rowKey = (unitId: string, input: RegistrationInput) =>
  `import:${createHash('sha256').update(`${unitId}\n${canonicalContent(input)}`).digest('hex')}`;

export const problemsToErrors = (problems: RowProblem[], mapping: ImportMapping, headers: readonly string[]) =>
  problems.map((p) => ({ field: columnName(p.field, mapping, headers), path: p.path, message: p.message }));

/**
 * Every row checked; a row repeating an earlier row of the file, or content imported before (`existing`), is a
 * duplicate and will not be registered.
 */
export function validateRows(
  rows: readonly { rowNo: number; cells: string[] }[],
  mapping: ImportMapping,
  headers: readonly string[],
  checks: ImportChecks,
  unitId: string,
): RowResultUpdate[] {
  const seen = new Set<string>();
  return rows.map(({ rowNo, cells }) => {
    const { input, problems } = validateImportRow(cells, mapping, checks.convert, checks.config);
    if (problems.length) return { rowNo, status: 'invalid', errors: problemsToErrors(problems, mapping, headers), input: null, externalKey: null };
    const key = rowKey(unitId, input);
    const repeated = seen.has(key);
    seen.add(key);
    return { rowNo, status: repeated ? 'duplicate' : 'valid', errors: [], input: input as unknown as Record<string, unknown>, externalKey: key };
  });
}

/** Marks the valid rows whose key already names a case. */
export function markExisting(results: RowResultUpdate[], existing: Set<string>) {
  for (const r of results) if (r.status === 'valid' && r.externalKey && existing.has(r.externalKey)) r.status = 'duplicate';
  return results;
}

export const countResults = (results: RowResultUpdate[]) => ({
  totalRows: results.length,
  validRows: results.filter((r) => r.status === 'valid').length,
  invalidRows: results.filter((r) => r.status === 'invalid').length,
  duplicateRows: results.filter((r) => r.status === 'duplicate').length,
});
