import { importsRepository, unitsRepository, type Tx, type UnitRow } from '../../db/index.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { initialMapping, mappingProblems, MAX_IMPORT_BYTES, type ImportDefaults, type ImportMapping } from '../../domain/imports/index.js';
import { cleanFileName } from '../../domain/files/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { readLedgerFile } from './read-file.js';
import { countResults, importChecks, markExisting, validateRows } from './validate-rows.js';
import { importView, type ReportPage } from './view.js';

/** What a ledger import assumes until the user says otherwise: old rows are backdated, and came in directly. */
function defaultsFor(unit: UnitRow): ImportDefaults {
  const pipeline = unit.kind === 'discipline' || unit.kind === 'stationedAgency' ? 'discipline' : unit.kind === 'petitionBureau' ? 'government' : undefined;
  return { pipeline, source: 'direct', backdateReason: '历史台账导入' };
}

/**
 * 台账导入, step 1: reads the file, maps its columns by their names, checks every row by the registration rules
 * and stores the job with its rows and report. Nothing is registered yet.
 */
export async function createImport(ctx: ServiceContext, fileName: string, data: Buffer) {
  if (data.length > MAX_IMPORT_BYTES) throw new AppError('payloadTooLarge', `导入文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const sheet = await readLedgerFile(data, fileName);
  const unit = await inScope(ctx, (tx) => unitsRepository.byId(tx, ctx.actor.unitId));
  if (!unit) throw notFound('单位');
  const mapping = initialMapping(sheet.headers, defaultsFor(unit));
  const results = validateRows(sheet.rows, mapping, sheet.headers, importChecks(ctx.now(), unit.regionCode), unit.id);
  return inScope(ctx, async (tx) => {
    const keys = results.flatMap((r) => (r.status === 'valid' && r.externalKey ? [r.externalKey] : []));
    markExisting(results, await importsRepository.existingKeys(tx, keys));
    const now = ctx.now();
    const job = await importsRepository.insertJob(tx, {
      unitId: unit.id,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      createdByName: ctx.actor.name,
      fileName: cleanFileName(fileName),
      fileKind: sheet.kind,
      encoding: sheet.encoding,
      sheetName: sheet.sheetName,
      headerRow: sheet.headerRow,
      headers: sheet.headers,
      mapping: mapping as unknown as Record<string, unknown>,
      ...countResults(results),
      createdAt: now,
      updatedAt: now,
    });
    const byRow = new Map(results.map((r) => [r.rowNo, r]));
    await importsRepository.insertRows(
      tx,
      sheet.rows.map(({ rowNo, cells }) => {
        const r = byRow.get(rowNo)!;
        return { jobId: job.id, rowNo, cells, status: r.status, errors: r.errors, input: r.input, externalKey: r.externalKey };
      }),
    );
    await audit(tx, ctx, { action: 'import.create', objectType: 'import', objectId: job.id, objectUnitId: unit.id, detail: { fileName: job.fileName, ...countResults(results) } });
    return importView(tx, job);
  });
}

export const getImport = (ctx: ServiceContext, id: string, page?: ReportPage) =>
  inScope(ctx, async (tx) => importView(tx, await visibleJob(tx, id), page));

export const listImports = (ctx: ServiceContext, limit: number) =>
  inScope(ctx, async (tx) => {
    const jobs = await importsRepository.list(tx, limit);
    return jobs.map((j) => ({
      id: j.id,
      fileName: j.fileName,
      status: j.status,
      createdByName: j.createdByName,
      createdAt: j.createdAt.toISOString(),
      counts: { total: j.totalRows, valid: j.validRows, invalid: j.invalidRows, duplicates: j.duplicateRows, created: j.createdCases, failed: j.failedRows },
      progress: { done: j.progressDone, total: j.progressTotal },
    }));
  });

export async function visibleJob(tx: Tx, id: string) {
  const job = await importsRepository.byId(tx, id);
  if (!job) throw notFound('导入任务');
  return job;
}

/** Only the importing unit changes or commits its import: the cases are registered in the committing unit. */
export function assertOwnJob(ctx: ServiceContext, job: { unitId: string }) {
  if (job.unitId !== ctx.actor.unitId) throw forbidden('只有导入单位的登记人员可以修改或提交该导入');
}

/** Step 2 (optional): another column mapping or other defaults; every row is checked again. */
export async function updateMapping(ctx: ServiceContext, id: string, mapping: ImportMapping) {
  const job = await inScope(ctx, (tx) => visibleJob(tx, id));
  assertOwnJob(ctx, job);
  if (job.status !== 'validated') throw conflict('该导入已提交，不能再修改列对应关系');
  const problems = mappingProblems(mapping, job.headers.length);
  if (problems.length) throw invalid(problems.join('；'), problems.map((message) => ({ field: 'columns', message })));
  const unit = await inScope(ctx, (tx) => unitsRepository.byId(tx, job.unitId));
  const rows: { rowNo: number; cells: string[] }[] = [];
  for (let after = 0; ; ) {
    const page = await inScope(ctx, (tx) => importsRepository.cells(tx, id, after, 10_000));
    if (!page.length) break;
    rows.push(...page);
    after = page[page.length - 1]!.rowNo;
  }
  const results = validateRows(rows, mapping, job.headers, importChecks(ctx.now(), unit!.regionCode), job.unitId);
  return inScope(ctx, async (tx) => {
    const keys = results.flatMap((r) => (r.status === 'valid' && r.externalKey ? [r.externalKey] : []));
    markExisting(results, await importsRepository.existingKeys(tx, keys));
    // Conditional and first: a commit that started meanwhile wins, and one starting now waits for this transaction.
    const updated = await importsRepository.updateIf(tx, id, 'validated', { mapping: mapping as unknown as Record<string, unknown>, ...countResults(results), updatedAt: ctx.now() });
    if (!updated) throw conflict('该导入已提交，不能再修改列对应关系');
    await importsRepository.setResults(tx, id, results);
    await audit(tx, ctx, { action: 'import.remap', objectType: 'import', objectId: id, objectUnitId: job.unitId, detail: { mapping, ...countResults(results) } });
    return importView(tx, updated!);
  });
}
