import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases, importJob, importRow } from '../schema/index.js';

export type ImportJobRow = typeof importJob.$inferSelect;
export type NewImportJobRow = typeof importJob.$inferInsert;
export type ImportRowRow = typeof importRow.$inferSelect;
export type ImportRowStatus = ImportRowRow['status'];
export type ImportJobStatus = ImportJobRow['status'];
export interface RowError {
  field: string;
  path: string;
  message: string;
}
/** The validation result of one row (rewritten when the mapping changes). */
export interface RowResultUpdate {
  rowNo: number;
  status: ImportRowStatus;
  errors: RowError[];
  input: Record<string, unknown> | null;
  externalKey: string | null;
}
/** What committing made of one row. */
export interface RowOutcome {
  rowNo: number;
  status: ImportRowStatus;
  errors: RowError[];
  caseId: string | null;
}

const CHUNK = 500;
const chunks = <T>(list: T[], size = CHUNK) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

export const importsRepository = {
  insertJob: async (tx: Db, row: NewImportJobRow) => (await tx.insert(importJob).values(row).returning())[0]!,
  byId: async (tx: Db, id: string) => (await tx.select().from(importJob).where(eq(importJob.id, id)))[0],
  list: (tx: Db, limit: number) => tx.select().from(importJob).orderBy(desc(importJob.createdAt)).limit(limit),
  update: async (tx: Db, id: string, changes: Partial<NewImportJobRow>) =>
    (await tx.update(importJob).set(changes).where(eq(importJob.id, id)).returning())[0],
  /** Updates the job only while it is in `status` (and locks it for the rest of the transaction). */
  updateIf: async (tx: Db, id: string, status: ImportJobStatus, changes: Partial<NewImportJobRow>) =>
    (await tx.update(importJob).set(changes).where(and(eq(importJob.id, id), eq(importJob.status, status))).returning())[0],
  /**
   * Moves a job to `running` when it is in one of `from`, or running without a heartbeat since `staleBefore`
   * (its process stopped). Undefined when another request got there first.
   */
  claim: async (tx: Db, id: string, from: ImportJobStatus[], staleBefore: Date, changes: Partial<NewImportJobRow>) =>
    (
      await tx
        .update(importJob)
        .set({ ...changes, status: 'running' })
        .where(and(eq(importJob.id, id), or(inArray(importJob.status, from), and(eq(importJob.status, 'running'), lt(importJob.updatedAt, staleBefore)))))
        .returning()
    )[0],
  /** Adds the committed batch to the job's counters, as one statement (no lost updates). */
  addProgress: async (tx: Db, id: string, at: Date, d: { done: number; created: number; duplicates: number; failed: number }) =>
    (
      await tx
        .update(importJob)
        .set({
          progressDone: sql`${importJob.progressDone} + ${d.done}`,
          createdCases: sql`${importJob.createdCases} + ${d.created}`,
          duplicateRows: sql`${importJob.duplicateRows} + ${d.duplicates}`,
          failedRows: sql`${importJob.failedRows} + ${d.failed}`,
          updatedAt: at,
        })
        .where(eq(importJob.id, id))
        .returning()
    )[0],

  insertRows: async (tx: Db, rows: (typeof importRow.$inferInsert)[]) => {
    for (const part of chunks(rows)) await tx.insert(importRow).values(part);
  },
  /** Rows after `afterRowNo` in file order, optionally of one status. */
  rows: (tx: Db, jobId: string, afterRowNo: number, limit: number, status?: ImportRowStatus) =>
    tx
      .select()
      .from(importRow)
      .where(and(eq(importRow.jobId, jobId), gt(importRow.rowNo, afterRowNo), status ? eq(importRow.status, status) : undefined))
      .orderBy(asc(importRow.rowNo))
      .limit(limit),
  /** Only the cells of rows after `afterRowNo` (checking again needs nothing else). */
  cells: (tx: Db, jobId: string, afterRowNo: number, limit: number) =>
    tx
      .select({ rowNo: importRow.rowNo, cells: importRow.cells })
      .from(importRow)
      .where(and(eq(importRow.jobId, jobId), gt(importRow.rowNo, afterRowNo)))
      .orderBy(asc(importRow.rowNo))
      .limit(limit),
  /** Rows of the given statuses, a page in file order (the report). */
  rowsWithStatus: (tx: Db, jobId: string, statuses: ImportRowStatus[], limit: number, offset: number) =>
    tx
      .select({ rowNo: importRow.rowNo, status: importRow.status, errors: importRow.errors })
      .from(importRow)
      .where(and(eq(importRow.jobId, jobId), inArray(importRow.status, statuses)))
      .orderBy(asc(importRow.rowNo))
      .limit(limit)
      .offset(offset),
  statusCounts: async (tx: Db, jobId: string): Promise<Partial<Record<ImportRowStatus, number>>> => {
    const rows = await tx
      .select({ status: importRow.status, n: sql<number>`count(*)::int` })
      .from(importRow)
      .where(eq(importRow.jobId, jobId))
      .groupBy(importRow.status);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  },
  /** Rewrites the validation results of many rows, a chunk per statement. */
  setResults: async (tx: Db, jobId: string, results: RowResultUpdate[]) => {
    for (const part of chunks(results, 2000)) {
      await tx.execute(sql`
        update import_row r set status = v.status, errors = v.errors, input = v.input, external_key = v.external_key
        from jsonb_to_recordset(${JSON.stringify(part.map((p) => ({ row_no: p.rowNo, status: p.status, errors: p.errors, input: p.input, external_key: p.externalKey })))}::jsonb)
          as v(row_no int, status text, errors jsonb, input jsonb, external_key text)
        where r.job_id = ${jobId} and r.row_no = v.row_no`);
    }
  },
  setOutcomes: async (tx: Db, jobId: string, outcomes: RowOutcome[]) => {
    for (const part of chunks(outcomes)) {
      await tx.execute(sql`
        update import_row r set status = v.status, errors = v.errors, case_id = v.case_id
        from jsonb_to_recordset(${JSON.stringify(part.map((o) => ({ row_no: o.rowNo, status: o.status, errors: o.errors, case_id: o.caseId })))}::jsonb)
          as v(row_no int, status text, errors jsonb, case_id uuid)
        where r.job_id = ${jobId} and r.row_no = v.row_no`);
    }
  },
  /** Which of these external keys already name a case (in the caller's scope). */
  existingKeys: async (tx: Db, keys: string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (const part of chunks(keys, 1000)) {
      const rows = await tx.select({ key: cases.externalKey }).from(cases).where(inArray(cases.externalKey, part));
      for (const r of rows) if (r.key) found.add(r.key);
    }
    return found;
  },
};
