import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './accounts.js';
import { cases } from './cases.js';
import { unit } from './units.js';

/**
 * 台账导入: one uploaded ledger. The rows live in `import_row`, so committing never needs the file again.
 * `updated_at` doubles as the heartbeat of a running commit: a job left "running" by a stopped process can be resumed.
 */
export const importJob = pgTable(
  'import_job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdByName: text('created_by_name').notNull(),
    fileName: text('file_name').notNull(),
    /** xlsx or csv. */
    fileKind: text('file_kind').$type<'xlsx' | 'csv'>().notNull(),
    /** Text encoding of a CSV (utf-8, gb18030, utf-16le). */
    encoding: text('encoding'),
    sheetName: text('sheet_name'),
    /** 1-based row of the header in the file. */
    headerRow: integer('header_row').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    /** Column of each import field and the defaults for fields the file lacks (domain ImportMapping). */
    mapping: jsonb('mapping').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<'validated' | 'running' | 'finished' | 'failed'>().notNull().default('validated'),
    totalRows: integer('total_rows').notNull(),
    validRows: integer('valid_rows').notNull().default(0),
    invalidRows: integer('invalid_rows').notNull().default(0),
    /** Rows whose content was imported before (or repeats an earlier row of the file). */
    duplicateRows: integer('duplicate_rows').notNull().default(0),
    /** Progress of the commit: rows handled of `progressTotal`. */
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    createdCases: integer('created_cases').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    /** Why the job failed or was interrupted. */
    message: text('message'),
    committedBy: uuid('committed_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('import_job_unit_idx').on(t.unitId, t.createdAt),
    check('import_job_status_ck', sql`${t.status} in ('validated','running','finished','failed')`),
    check('import_job_kind_ck', sql`${t.fileKind} in ('xlsx','csv')`),
  ],
);

/** One data row of an uploaded ledger: its cells as text, the result of validation, and what committing made of it. */
export const importRow = pgTable(
  'import_row',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJob.id),
    /** The row number as the spreadsheet shows it (1-based, header rows counted). */
    rowNo: integer('row_no').notNull(),
    cells: jsonb('cells').$type<string[]>().notNull(),
    status: text('status').$type<'valid' | 'invalid' | 'registered' | 'duplicate' | 'failed'>().notNull(),
    /** [{ field, path, message }] from conversion, validation or registration. */
    errors: jsonb('errors').$type<{ field: string; path: string; message: string }[]>().notNull().default(sql`'[]'::jsonb`),
    /** The registration the row converts to (valid rows only). */
    input: jsonb('input').$type<Record<string, unknown>>(),
    /** SHA-256 of the normalized content: the same content never registers twice. */
    externalKey: text('external_key'),
    caseId: uuid('case_id').references(() => cases.id),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.rowNo] }),
    index('import_row_status_idx').on(t.jobId, t.status, t.rowNo),
    check('import_row_status_ck', sql`${t.status} in ('valid','invalid','registered','duplicate','failed')`),
  ],
);
