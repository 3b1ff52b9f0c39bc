// Statistics against the whole history, one request at a time: the dashboard and two cross-tabs through HTTP (the
// real route, row-level security, presenters, hot words), each side by side with the same aggregates written as
// hand-tuned raw SQL on one connection as the table owner (no HTTP, no row-level security, one scan where the app
// makes several). Users of a county, a city and a province take turns, so small and large subtrees both count.
import pg from 'pg';
import { addDays } from '../src/domain/deadlines/index.js';
import { monthOf, periodBefore, yearOnYear, type Period } from '../src/domain/indicators/index.js';
import { httpClient, type Session } from './server.js';
import { summarize, type Latency } from './stats.js';

export interface StatisticsKind {
  app: Latency;
  raw: Latency;
  /** app p50 ÷ raw p50 (the issue asks ≤ 1.5). */
  ratio: number;
}
export interface StatisticsLatencyResult {
  period: Period;
  kinds: Record<string, StatisticsKind>;
  errors: number;
  firstError: string | null;
}

export interface StatisticsCaller {
  session: Session;
  /** The caller's unit path (the raw SQL's subtree condition). */
  path: string;
}

const q = (p: Record<string, string>) => new URLSearchParams(p).toString();

/** The dashboard's aggregates as one would write them by hand. */
async function rawDashboard(db: pg.PoolClient, path: string, p: Period, today: string) {
  const like = `${path}%`;
  const trendFrom = addDays(monthOf(p.to).to, 1).replace(/^(\d{4})/, (y) => String(Number(y) - 1));
  const y = yearOnYear(p);
  const b = periodBefore(p);
  await db.query(
    `select case when next_due_on < $2 then 'red' when next_warn_on <= $2 then 'yellow' else 'green' end, count(*) from cases where unit_path like $1 and next_due_on is not null group by 1`,
    [like, today],
  );
  await db.query(`select to_char(received_on, 'YYYY-MM'), count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1`, [like, trendFrom, p.to]);
  await db.query(
    `select pipeline, case when pipeline = 'discipline' then left(category_code, 4) else left(category_code, 2) end, count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1, 2 order by 3 desc limit 10`,
    [like, p.from, p.to],
  );
  await db.query(`select left(matter_region_code, 6), count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1`, [like, p.from, p.to]);
  await db.query(
    `select count(*) filter (where received_on between $2 and $3), count(*) filter (where received_on between $2 and $3 and repeat_status = 'repeat'),
            count(*) filter (where received_on between $2 and $3 and skip_level), count(*) filter (where received_on between $2 and $3 and group_visit),
            count(*) filter (where received_on between $4 and $5), count(*) filter (where received_on between $6 and $7)
       from cases where unit_path like $1 and (received_on between $2 and $3 or received_on between $4 and $5 or received_on between $6 and $7)`,
    [like, p.from, p.to, y.from, y.to, b.from, b.to],
  );
  await db.query(
    `select d.step, count(*) filter (where d.status = 'met'), count(*) filter (where d.status = 'missed' or (d.status = 'running' and d.paused_from is null and d.due_on < $4))
       from case_deadline d join cases c on c.id = d.case_id
      where c.unit_path like $1 and d.due_on between $2 and $3 and d.step in ('transferOrAssign', 'acceptanceNotice', 'lowerAccept', 'realNameAcceptNotice', 'conclude', 'assignmentResult')
      group by 1`,
    [like, p.from, p.to, today],
  );
  await db.query(
    `select count(*), count(c.evaluation) from case_event e join cases c on c.id = e.case_id where c.unit_path like $1 and e.to_state = 'replied' and e.at >= $2::date and e.at < $3::date + 1`,
    [like, p.from, p.to],
  );
  await db.query(`select count(*) filter (where exists (select 1 from case_event e where e.case_id = c.id and e.to_state = 'approved')), count(*) from cases c where c.unit_path like $1 and c.received_on between $2 and $3 and c.supervised`, [like, p.from, p.to]);
  await db.query(`select concat_ws('。', title, summary, content) from cases where unit_path like $1 and received_on between $2 and $3 and not restricted order by received_on desc limit 2000`, [like, p.from, p.to]);
}

const RAW_CROSS: Record<string, (path: string, p: Period) => [string, unknown[]]> = {
  crossTabCategoryChannel: (path, p) => [
    `select pipeline || ':' || case when pipeline = 'discipline' then left(category_code, 4) else left(category_code, 2) end, channel, count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1, 2`,
    [`${path}%`, p.from, p.to],
  ],
  crossTabRegionUnit: (path, p) => [
    `select left(matter_region_code, 6), split_part(substr(unit_path, $4::int), '/', 1), count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1, 2`,
    [`${path}%`, p.from, p.to, path.length + 1],
  ],
};

const APP: Record<string, (p: Period) => string> = {
  dashboard: (p) => `/api/v1/statistics/dashboard?${q({ from: p.from, to: p.to })}`,
  crossTabCategoryChannel: (p) => `/api/v1/statistics/cross-tab?${q({ rows: 'category1', columns: 'channel', from: p.from, to: p.to })}`,
  crossTabRegionUnit: (p) => `/api/v1/statistics/cross-tab?${q({ rows: 'region', columns: 'unit', regionLevel: 'county', from: p.from, to: p.to })}`,
};

/** `perKind` requests of each kind through the app and as raw SQL, alternating, after a warm-up of 3 each. */
export async function statisticsLatency(port: number, databaseUrl: string, callers: StatisticsCaller[], today: string, perKind: number): Promise<StatisticsLatencyResult> {
  const period = monthOf(addDays(monthOf(today).from, -1)); // the last whole month
  const client = httpClient(port, 1);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const db = await pool.connect();
  const kinds: StatisticsLatencyResult['kinds'] = {};
  let errors = 0;
  let firstError: string | null = null;
  try {
    for (const [name, path] of Object.entries(APP)) {
      const app: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < perKind + 3; i++) {
        const caller = callers[i % callers.length]!;
        let t0 = performance.now();
        const res = await client.request('GET', path(period), caller.session);
        const tookApp = performance.now() - t0;
        if (res.status !== 200) {
          errors++;
          firstError ??= `${path(period)}: ${res.status} ${res.body.slice(0, 200)}`;
        }
        t0 = performance.now();
        if (name === 'dashboard') await rawDashboard(db, caller.path, period, today);
        else await db.query(...RAW_CROSS[name]!(caller.path, period));
        const tookRaw = performance.now() - t0;
        if (i < 3) continue;
        app.push(tookApp);
        raw.push(tookRaw);
      }
      const a = summarize(app);
      const r = summarize(raw);
      kinds[name] = { app: a, raw: r, ratio: r.p50 > 0 ? a.p50 / r.p50 : 0 };
    }
  } finally {
    db.release();
    await pool.end();
  }
  return { period, kinds, errors, firstError };
}
