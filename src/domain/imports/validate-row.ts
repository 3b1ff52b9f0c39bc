// A ledger row checked exactly as the registration form is: cell problems first, then validateRegistration.
import { validateRegistration } from '../register/case-input.js';
import type { RegistrationConfig, RegistrationInput } from '../register/registration.js';
import { IMPORT_FIELD_DEFS, type ImportField } from './fields.js';
import type { ImportMapping } from './headers.js';
import { rowToInput, type ConvertContext, type RowProblem } from './row-to-input.js';

const PETITIONER_FIELDS: Record<string, ImportField> = {
  name: 'petitionerName',
  idNumber: 'petitionerIdNumber',
  birthDate: 'petitionerIdNumber',
  sex: 'petitionerSex',
  phones: 'petitionerPhone',
  email: 'petitionerPhone',
  address: 'petitionerAddress',
  regionCode: 'petitionerAddress',
  workUnit: 'petitionerWorkUnit',
};
const ACCUSED_FIELDS: Record<string, ImportField> = {
  name: 'accusedName',
  kind: 'accusedKind',
  unit: 'accusedUnit',
  position: 'accusedPosition',
  rank: 'accusedRank',
  regionCode: 'accusedUnit',
};

/** The column a validation path belongs to (petitioners.0.idNumber → 身份证号). */
export function fieldOfPath(path: string, mapping: ImportMapping): ImportField {
  const [head, , leaf] = path.split('.');
  if (head === 'petitioners') return (leaf && PETITIONER_FIELDS[leaf]) || 'petitionerName';
  if (head === 'accused') return (leaf && ACCUSED_FIELDS[leaf]) || 'accusedName';
  if (head === 'callerNumber') return mapping.columns.callerNumber !== undefined ? 'callerNumber' : 'petitionerPhone';
  if (head === 'anonymous') return mapping.columns.anonymous === undefined && mapping.columns.signed !== undefined ? 'signed' : 'anonymous';
  if (head === 'summary' && mapping.columns.summary === undefined && mapping.columns.content !== undefined) return 'content';
  return head as ImportField;
}

/** The name a user sees for a field: the header of its column in the file, else the field's own label. */
export function columnName(field: ImportField, mapping: ImportMapping, headers: readonly string[]): string {
  const col = mapping.columns[field];
  return (col !== undefined && headers[col]?.trim()) || IMPORT_FIELD_DEFS[field].label;
}

export interface RowResult {
  input: RegistrationInput;
  problems: RowProblem[];
}

/**
 * All problems of one row. A validation error on a path whose cell could not be read is left out: the
 * unreadable cell is the problem ("信访形式「信件X」无法识别", not also "请选择信访形式").
 */
export function validateImportRow(cells: readonly string[], mapping: ImportMapping, ctx: ConvertContext, config: RegistrationConfig): RowResult {
  const { input, problems } = rowToInput(cells, mapping, ctx);
  const unreadable = problems.map((p) => p.path);
  const covered = (path: string) => unreadable.some((u) => path === u || path.startsWith(`${u}.`));
  for (const e of validateRegistration(input, config)) {
    if (!covered(e.field)) problems.push({ field: fieldOfPath(e.field, mapping), path: e.field, message: e.message });
  }
  return { input, problems };
}

/**
 * The row's content in one canonical text: keys sorted, blanks left out. Two rows that say the same thing give the
 * same text, wherever they sit in whichever file. The backdate reason is the importer's note, not content.
 */
export function canonicalContent(input: RegistrationInput): string {
  const { backdateReason: _note, ...content } = input;
  return JSON.stringify(content, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}
