import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/index.js';
import { job } from '../../db/schema/index.js';

export type JobHandler = (database: Database, now: Date, payload: unknown) => Promise<unknown>;

/** A recurring job exists once (singleton per kind) and is rescheduled after every run. */
export async function ensureRecurring(database: Database, kind: string, firstRun: Date) {
  await database.db.insert(job).values({ kind, runAt: firstRun, singleton: true }).onConflictDoNothing();
}

/**
 * Runs every due job once: each is claimed with FOR UPDATE SKIP LOCKED and a lease, so two servers (or two ticks)
 * never run the same job at once, and a crash mid-run only delays it until the lease ends.
 */
export async function runDueJobs(database: Database, now: Date, handlers: Record<string, { run: JobHandler; everyMs?: number }>) {
  const ran: string[] = [];
  for (let i = 0; i < 20; i++) {
    const lease = new Date(now.getTime() + 5 * 60_000);
    const [claimed] = await rowsOf<{ id: string; kind: string; payload: unknown; attempts: number }>(
      database.db.execute(sql`
        update job set locked_until = ${lease.toISOString()}, attempts = attempts + 1
        where id = (
          select id from job
          where done_at is null and run_at <= ${now.toISOString()} and (locked_until is null or locked_until < ${now.toISOString()})
          order by run_at for update skip locked limit 1)
        returning id, kind, payload, attempts`),
    );
    if (!claimed) break;
    const handler = handlers[claimed.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${claimed.kind}`);
      await handler.run(database, now, claimed.payload);
      if (handler.everyMs)
        await database.db.execute(sql`update job set run_at = ${new Date(now.getTime() + handler.everyMs).toISOString()}, locked_until = null, attempts = 0, last_error = null where id = ${claimed.id}`);
      else await database.db.execute(sql`update job set done_at = ${now.toISOString()}, locked_until = null where id = ${claimed.id}`);
      ran.push(claimed.kind);
    } catch (e) {
      // Retry with backoff (1, 2, 4 … minutes, at most an hour).
      const delay = Math.min(60, 2 ** Math.min(claimed.attempts, 6)) * 60_000;
      await database.db.execute(
        sql`update job set run_at = ${new Date(now.getTime() + delay).toISOString()}, locked_until = null, last_error = ${String((e as Error).message).slice(0, 500)} where id = ${claimed.id}`,
      );
    }
  }
  return ran;
}
