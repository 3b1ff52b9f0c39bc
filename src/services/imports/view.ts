import { importsRepository, type Db, type ImportJobRow, inSequence } from '../../db/index.js';
import { IMPORT_FIELD_DEFS, IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../domain/imports/index.js';

export interface ReportPage {
  offset: number;
  limit: number;
}

/** A job as its page shows it: columns and their fields, counts, progress, and one page of the report. */
export async function importView(tx: Db, job: ImportJobRow, page: ReportPage = { offset: 0, limit: 200 }) {
  const mapping = job.mapping as unknown as ImportMapping;
  const fieldOfColumn = new Map(Object.entries(mapping.columns).map(([f, c]) => [c, f as ImportField]));
  const [problemRows, duplicates] = await inSequence([
    () => importsRepository.rowsWithStatus(tx, job.id, ['invalid', 'failed'], page.limit, page.offset),
    () => importsRepository.rowsWithStatus(tx, job.id, ['duplicate'], page.limit, page.offset),
  ]);
  return {
    id: job.id,
    unitId: job.unitId,
    fileName: job.fileName,
    fileKind: job.fileKind,
    encoding: job.encoding,
    sheetName: job.sheetName,
    headerRow: job.headerRow,
    status: job.status,
    message: job.message,
    createdByName: job.createdByName,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    columns: job.headers.map((header, index) => {
      const field = fieldOfColumn.get(index) ?? null;
      return { index, header, field, fieldLabel: field ? IMPORT_FIELD_DEFS[field].label : null };
    }),
    mapping,
    fields: IMPORT_FIELDS.map((field) => ({ field, label: IMPORT_FIELD_DEFS[field].label, column: mapping.columns[field] ?? null })),
    counts: {
      total: job.totalRows,
      valid: job.validRows,
      invalid: job.invalidRows,
      duplicates: job.duplicateRows,
      created: job.createdCases,
      failed: job.failedRows,
    },
    progress: { done: job.progressDone, total: job.progressTotal },
    /** Rows with problems (invalid, or failed at registration), in file order: `problemRows` of them in all. */
    report: problemRows.flatMap((r) => r.errors.map((e) => ({ row: r.rowNo, ...e }))),
    problemRows: job.invalidRows + job.failedRows,
    duplicateRowNumbers: duplicates.map((r) => r.rowNo),
    page,
  };
}
