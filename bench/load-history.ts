// Loads the planned history straight into the tables (not through HTTP): batches of one multi-table statement,
// secondary indexes dropped during the load and rebuilt after it, then the case counters advanced.
import pg from 'pg';
import type { HistoryPlan } from './generate.js';
import { plannedCase } from './generate.js';
import {
  addCase,
  batchParams,
  INSERT_BATCH,
  RowBatch,
  SETTLED_AFTER_DAYS,
  type UnitRef,
} from './history-rows.js';
import { addDays } from '../src/domain/deadlines/index.js';
import type { UnitSet } from './units.js';

const TABLES = ['cases', 'petitioner', 'accused', 'case_event', 'audit_entry', 'case_deadline', 'repeat_key'];
const BATCH = 2000;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export interface LoadResult {
  seconds: number;
  insertSeconds: number;
  indexSeconds: number;
  casesPerSecond: number;
  petitioners: number;
  accused: number;
}

export async function loadHistory(
  url: string,
  set: UnitSet,
  plan: HistoryPlan,
  refs: UnitRef[],
  log: (line: string) => void,
): Promise<LoadResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    // Bulk-load settings for this session only: no FK or trigger work per row (the generator keeps rows
    // consistent), no wait for the WAL flush per batch, room to sort when the indexes are rebuilt.
    await client.query(
      `set session_replication_role = replica; set synchronous_commit = off; set maintenance_work_mem = '1GB'`,
    );
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `select i.indexname, i.indexdef from pg_indexes i
       where i.schemaname = 'public' and i.tablename = any($1)
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [TABLES],
    );
    for (const ix of indexes) await client.query(`drop index "${ix.indexname}"`);

    const settledBefore = addDays(plan.today, -SETTLED_AFTER_DAYS);
    let pending: Promise<unknown> = Promise.resolve();
    let petitioners = 0;
    let accused = 0;
    let lastLog = performance.now();
    for (let from = 0; from < plan.n; from += BATCH) {
      const batch = new RowBatch();
      for (let i = from; i < Math.min(plan.n, from + BATCH); i++) {
        const c = plannedCase(set, plan, i);
        addCase(batch, c, refs[c.unit]!, settledBefore);
      }
      petitioners += batch.cols.petitioner[0]!.length;
      accused += batch.cols.accused[0]!.length;
      await pending; // the previous batch ran on the server while this one was built
      pending = client.query(INSERT_BATCH, batchParams(batch));
      const now = performance.now();
      if (now - lastLog > 2000 || from + BATCH >= plan.n) {
        const done = Math.min(plan.n, from + BATCH);
        log(
          `  history: ${fmt(done)} / ${fmt(plan.n)} cases (${fmt(done / ((now - started) / 1000))} cases/s)`,
        );
        lastLog = now;
      }
    }
    await pending;
    // The loading session skips triggers: the clocks' nearest dates are set once here, as the trigger would have.
    await client.query(
      `update cases c set next_due_on = d.due, next_warn_on = d.warn
       from (select case_id, min(due_on) as due, min(warn_on) as warn from case_deadline
             where status = 'running' and paused_from is null group by case_id) d
       where c.id = d.case_id`,
    );
    // Nor did the triggers that keep the repeat keys and the statistics rollups see the rows: rebuilt once here.
    await client.query('select repeat_key_rebuild(), case_rollup_rebuild(), case_clock_stat_rebuild()');
    const inserted = performance.now();
    for (const ix of indexes) {
      const t = performance.now();
      await client.query(ix.indexdef);
      log(`  index ${ix.indexname}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await client.query('set session_replication_role = origin');
    const counters = [...plan.counters].map(([key, seq]) => {
      const [unit, year] = key.split(':').map(Number);
      return [refs[unit!]!.id, year!, seq] as const;
    });
    await client.query(
      `insert into case_counter (unit_id, year, last_seq) select * from unnest($1::uuid[], $2::int4[], $3::int4[])
       on conflict (unit_id, year) do update set last_seq = excluded.last_seq`,
      [counters.map((c) => c[0]), counters.map((c) => c[1]), counters.map((c) => c[2])],
    );
    const done = performance.now();
    return {
      seconds: (done - started) / 1000,
      insertSeconds: (inserted - started) / 1000,
      indexSeconds: (done - inserted) / 1000,
      casesPerSecond: plan.n / ((inserted - started) / 1000),
      petitioners,
      accused,
    };
  } finally {
    await client.end();
  }
}

/**
 * Removes what earlier bench runs added on top of the history (registrations, baseline rows, their trail and
 * audit entries, sessions) and resets the counters, so every run starts from the same database.
 * The trail and audit tables refuse deletes by trigger; the replica role skips triggers for this cleanup only.
 */
export async function resetToHistory(
  url: string,
  loadedAt: string,
  auditMaxId: number,
  plan: HistoryPlan,
  refs: UnitRef[],
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    const added = `select id from cases where created_at > $1`;
    for (const t of [
      'case_event',
      'petitioner',
      'accused',
      'attachment',
      'case_deadline',
      'notice',
      'instruction',
      'supervision',
    ])
      await client.query(`delete from ${t} where case_id in (${added})`, [loadedAt]);
    await client.query(`delete from case_link where from_case_id in (${added}) or to_case_id in (${added})`, [
      loadedAt,
    ]);
    // Nor does the replica role cascade the delete to repeat_key (foreign keys are triggers too).
    await client.query(`delete from repeat_key where case_id in (${added})`, [loadedAt]);
    // The replica role skips the statistics triggers too: take the added cases out of the rollup and the clock
    // summaries by hand, as the triggers of migration 0035 would (a −1 delta per case).
    await client.query(
      `insert into case_rollup_delta (unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
       select unit_path, date_trunc('month', received_on)::date, pipeline, xf_category1(pipeline, category_code), channel,
              coalesce(left(matter_region_code, 6), ''), -count(*)::int, -(count(*) filter (where repeat_status = 'repeat'))::int,
              -(count(*) filter (where skip_level))::int, -(count(*) filter (where group_visit))::int
       from cases where created_at > $1 group by 1, 2, 3, 4, 5, 6`,
      [loadedAt],
    );
    await client.query(`delete from case_clock_stat where case_id in (${added})`, [loadedAt]);
    const { rowCount } = await client.query(`delete from cases where created_at > $1`, [loadedAt]);
    await client.query('delete from audit_entry where id > $1', [auditMaxId]);
    await client.query('delete from session');
    await client.query('delete from notification');
    await client.query('delete from case_counter');
    const counters = [...plan.counters].map(([key, seq]) => {
      const [unit, year] = key.split(':').map(Number);
      return [refs[unit!]!.id, year!, seq] as const;
    });
    await client.query(
      `insert into case_counter (unit_id, year, last_seq) select * from unnest($1::uuid[], $2::int4[], $3::int4[])`,
      [counters.map((c) => c[0]), counters.map((c) => c[1]), counters.map((c) => c[2])],
    );
    await client.query('commit');
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

export async function vacuumAnalyze(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t = performance.now();
  try {
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
  return (performance.now() - t) / 1000;
}
