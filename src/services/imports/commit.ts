import { importsRepository, type Database, type ImportJobRow, type RowOutcome } from '../../db/index.js';
import { AppError, conflict } from '../../domain/errors.js';
import { fieldOfPath, type ImportMapping } from '../../domain/imports/index.js';
import type { RegistrationInput } from '../../domain/register/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { registerCase } from '../register/register-case.js';
import { assertOwnJob, visibleJob } from './imports.js';
import { problemsToErrors } from './validate-rows.js';
import { importView } from './view.js';

/** Rows registered between two progress updates. */
const BATCH = 25;
/** A running job without a progress update for this long belongs to a stopped process and may be resumed. */
const STALE_MS = 5 * 60 * 1000;

interface Runner {
  database: Database;
  stop: boolean;
  done: Promise<void>;
}
const runners = new Map<string, Runner>();

/**
 * Step 3: registers the valid rows in the background, in file order, each through registerCase with the row's content
 * key (so a row registered before, by this or any import, comes back as a duplicate). Progress is written after every
 * batch. A failed or interrupted job may be committed again: it continues with the rows not yet done.
 */
export async function commitImport(ctx: ServiceContext, id: string) {
  const job = await inScope(ctx, async (tx) => {
    const current = await visibleJob(tx, id);
    assertOwnJob(ctx, current);
    if (runners.has(id)) throw conflict('该导入正在进行中');
    if (current.status === 'finished') throw conflict('该导入已完成');
    const now = ctx.now();
    const first = current.status === 'validated';
    const claimed = await importsRepository.claim(tx, id, ['validated', 'failed'], new Date(now.getTime() - STALE_MS), {
      committedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      startedAt: current.startedAt ?? now,
      updatedAt: now,
      message: null,
      ...(first ? { progressTotal: current.validRows, progressDone: 0 } : {}),
    });
    if (!claimed) throw conflict('该导入正在进行中');
    await audit(tx, ctx, { action: 'import.commit', objectType: 'import', objectId: id, objectUnitId: current.unitId, detail: { rows: current.validRows, resumed: !first } });
    return claimed;
  });
  const runner: Runner = { database: ctx.database, stop: false, done: Promise.resolve() };
  runners.set(id, runner);
  runner.done = run(ctx, job, runner).finally(() => runners.delete(id));
  return inScope(ctx, (tx) => importView(tx, job));
}

async function run(ctx: ServiceContext, job: ImportJobRow, runner: Runner) {
  const mapping = job.mapping as unknown as ImportMapping;
  try {
    for (let after = 0; ; ) {
      if (runner.stop) return await finish(ctx, job.id, 'failed', '服务停止，导入已暂停：再次提交即可继续（已登记的行不会重复登记）');
      const batch = await inScope(ctx, (tx) => importsRepository.rows(tx, job.id, after, BATCH, 'valid'));
      if (!batch.length) break;
      const outcomes: RowOutcome[] = [];
      // Submitted together: the registration queue writes them in a few transactions, numbered in row order.
      outcomes.push(...(await Promise.all(batch.map((row) => registerRow(ctx, row, mapping, job.headers)))));
      await inScope(ctx, async (tx) => {
        await importsRepository.setOutcomes(tx, job.id, outcomes);
        const count = (s: string) => outcomes.filter((o) => o.status === s).length;
        await importsRepository.addProgress(tx, job.id, ctx.now(), { done: outcomes.length, created: count('registered'), duplicates: count('duplicate'), failed: count('failed') });
      });
      after = batch[batch.length - 1]!.rowNo;
    }
    await finish(ctx, job.id, 'finished', null);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    await finish(ctx, job.id, 'failed', `导入中断：${reason.slice(0, 200)}。再次提交即可继续（已登记的行不会重复登记）`).catch(() => undefined);
  }
}

async function registerRow(ctx: ServiceContext, row: { rowNo: number; input: unknown; externalKey: string | null }, mapping: ImportMapping, headers: string[]): Promise<RowOutcome> {
  const input = row.input as RegistrationInput;
  const opts = { via: 'import' as const, externalKey: row.externalKey ?? undefined };
  try {
    // A second try settles a race with another import of the same row (the unique key refuses the later insert).
    const result = await registerCase(ctx, input, opts).catch((e: unknown) => (e instanceof AppError ? Promise.reject(e) : registerCase(ctx, input, opts)));
    return { rowNo: row.rowNo, status: result.duplicate ? 'duplicate' : 'registered', errors: [], caseId: result.case.id };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // Rules or dictionaries changed since the check (a category retired …): this row fails, the others go on.
    const problems = e.fields.map((f) => ({ field: fieldOfPath(f.field, mapping), path: f.field, message: f.message }));
    const errors = problems.length ? problemsToErrors(problems, mapping, headers) : [{ field: '', path: '', message: e.message }];
    return { rowNo: row.rowNo, status: 'failed', errors, caseId: null };
  }
}

const finish = (ctx: ServiceContext, id: string, status: 'finished' | 'failed', message: string | null) =>
  inScope(ctx, async (tx) => {
    const now = ctx.now();
    const job = await importsRepository.update(tx, id, { status, message, updatedAt: now, ...(status === 'finished' ? { finishedAt: now } : {}) });
    await audit(tx, ctx, { action: status === 'finished' ? 'import.finish' : 'import.fail', objectType: 'import', objectId: id, objectUnitId: job?.unitId ?? null, detail: { created: job?.createdCases, duplicates: job?.duplicateRows, failed: job?.failedRows, message } });
  });

/** Stops the imports running on a database (the server is closing) after their current row; resolves when they have. */
export async function stopImports(database: Database) {
  const mine = [...runners.values()].filter((r) => r.database === database);
  for (const r of mine) r.stop = true;
  await Promise.all(mine.map((r) => r.done));
}

/** Resolves when the given import's background run (if any) has ended; for tests and the CLI. */
export const importSettled = (id: string) => runners.get(id)?.done ?? Promise.resolve();
