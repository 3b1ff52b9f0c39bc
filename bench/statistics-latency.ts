// Statistics against the whole history, one request at a time: the dashboard and two cross-tabs through HTTP (the
// real route, row-level security, presenters, hot words), each side by side with the same aggregates written as
// hand-tuned raw SQL on one connection as the table owner (no HTTP, no row-level security, one query where the app
// makes several), twice: over the register's own tables (cases, case_deadline, case_event, ownership: the baseline
// issue #7's 1.5× is read against, which pre-aggregation may beat) and over the app's rollups (case_rollup,
// case_rollup_delta, case_clock_stat: for information, how close the app comes to its own tables). Users of a county,
// a city and a province take turns, so small and large subtrees both count.
import pg from 'pg';
import { addDays } from '../src/domain/deadlines/index.js';
import { monthOf, periodBefore, yearOnYear, type Period } from '../src/domain/indicators/index.js';
import { httpClient, type Session } from './server.js';
import { summarize, type Latency } from './stats.js';

export interface StatisticsKind {
  app: Latency;
  /** The same aggregates by hand over the register's tables (cases, clocks, trail, ownership). */
  raw: Latency;
  /** The same aggregates by hand over the rollups the app reads (case_rollup + deltas, case_clock_stat). */
  rawRollup: Latency;
  /** app p50 ÷ raw p50: issue #7's ratio (≤ 1.5). */
  ratio: number;
  /** app p50 ÷ rawRollup p50: for information (what HTTP, session, security and presenter add to a rollup query). */
  ratioRollup: number;
}
export interface StatisticsLatencyResult {
  period: Period;
  kinds: Record<string, StatisticsKind>;
  /**
   * GET /api/v1/auth/me timed the same way: the fixed cost of any signed-in request (HTTP, session, one scoped
   * lookup), against which a ratio to a few-millisecond raw query is to be read.
   */
  requestFloor: Latency;
  errors: number;
  firstError: string | null;
}

export interface StatisticsCaller {
  session: Session;
  /** The caller's unit path (the raw SQL's subtree condition). */
  path: string;
  /** Digits of the matter region the dashboard's map counts by for this caller (4 for a province, 6 below). */
  mapDigits: number;
}

const q = (p: Record<string, string>) => new URLSearchParams(p).toString();

/**
 * What both raw dashboards share: the periods (trend year, 同比, 环比) and the lights, which no rollup holds (they
 * change with the date), from the cases' indexed next_due_on / next_warn_on.
 */
async function framedWithLights(db: pg.PoolClient, path: string, p: Period, today: string) {
  const like = `${path}%`;
  const trendFrom = addDays(monthOf(p.to).to, 1).replace(/^(\d{4})/, (y) => String(Number(y) - 1));
  await db.query(
    `select case when next_due_on < $2 then 'red' when next_warn_on <= $2 then 'yellow' else 'green' end, count(*) from cases where unit_path like $1 and next_due_on is not null group by 1`,
    [like, today],
  );
  return { like, trendFrom, y: yearOnYear(p), b: periodBefore(p) };
}

/** Also shared: 化解率 from ownership and the hot words' 800 newest texts. */
async function ownershipAndTexts(db: pg.PoolClient, like: string, p: Period) {
  await db.query(`select count(*), count(*) filter (where status = 'resolved' and resolved_on <= $3) from ownership where unit_path like $1 and started_on between $2 and $3`, [like, p.from, p.to]);
  await db.query(`select concat_ws('。', title, summary, left(content, 300)) from cases where unit_path like $1 and received_on between $2 and $3 and not restricted order by received_on desc limit 800`, [
    like,
    p.from,
    p.to,
  ]);
}

/**
 * The dashboard's aggregates as a DBA would write them over the register's own tables, with the indexes there are
 * (none added for this): lights from the cases' indexed next_due_on / next_warn_on; the 12-month trend, top 大类, the
 * map and the period totals (with 同比/环比, repeats, 越级访, 集体访) from `cases` by the (unit_path, received_on)
 * indexes, the three periods in one scan; 及时受理率 and 按期办结率 from the clocks (`case_deadline`) by the rule of
 * `clocksKept`, per case and kind, for the cases with a clock of the six steps due in the period; replies from the
 * trail's first 答复 per case in the period (China dates) with its evaluation; 化解率 from `ownership`; the hot
 * words' 800 newest texts.
 */
async function rawDashboard(db: pg.PoolClient, path: string, mapDigits: number, p: Period, today: string) {
  const { like, trendFrom, y, b } = await framedWithLights(db, path, p, today);
  await db.query(`select to_char(received_on, 'YYYY-MM'), count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1`, [like, trendFrom, p.to]);
  await db.query(
    `select pipeline, case when pipeline = 'discipline' then left(category_code, 4) else left(category_code, 2) end, count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1, 2 order by 3 desc limit 10`,
    [like, p.from, p.to],
  );
  await db.query(`select left(matter_region_code, $4::int), count(*) from cases where unit_path like $1 and received_on between $2 and $3 group by 1`, [like, p.from, p.to, mapDigits]);
  await db.query(
    `select count(*) filter (where received_on between $2 and $3), count(*) filter (where received_on between $2 and $3 and repeat_status = 'repeat'),
            count(*) filter (where received_on between $2 and $3 and skip_level), count(*) filter (where received_on between $2 and $3 and group_visit),
            count(*) filter (where received_on between $4 and $5), count(*) filter (where received_on between $6 and $7)
       from cases where unit_path like $1 and (received_on between $2 and $3 or received_on between $4 and $5 or received_on between $6 and $7)`,
    [like, p.from, p.to, y.from, y.to, b.from, b.to],
  );
  await db.query(
    `with s as (
       select case when d.step in ('conclude', 'assignmentResult') then 'conclusion' else 'acceptance' end as kind, min(d.due_on) as first_due, count(*) as clocks,
              count(*) filter (where d.status = 'running') as running, count(*) filter (where d.status = 'running' and d.paused_from is not null) as running_paused,
              coalesce(bool_or(d.status <> 'running' and d.on_time = false), false) as late_done,
              min(d.due_on) filter (where d.status = 'running' and d.paused_from is null) as running_due
         from case_deadline d join cases c on c.id = d.case_id
        where c.unit_path like $1 and d.status <> 'stopped' and d.step in ${CLOCK_STEPS}
          and d.case_id in (select x.case_id from case_deadline x where x.due_on between $2 and $3 and x.status <> 'stopped' and x.step in ${CLOCK_STEPS})
        group by d.case_id, 1),
     t as (select kind, running, clocks, late_done or coalesce(running_due < $4::date, false) as late,
                  (running = 0 or late_done or coalesce(running_due < $4::date, false) or first_due < $4::date) and running_paused < clocks as decided
             from s where first_due between $2 and $3)
     select kind, count(*) filter (where decided), count(*) filter (where decided and not late and running < clocks) from t group by 1`,
    [like, p.from, p.to, today],
  );
  await db.query(
    `select count(*), count(c.evaluation), count(*) filter (where c.evaluation in ('satisfied', 'basicallySatisfied'))
       from (select e.case_id, min(e.at) as at from case_event e where e.to_state = 'replied' and e.at >= $2::date - 1 and e.at < $3::date + 2 group by 1) r
       join cases c on c.id = r.case_id
      where c.unit_path like $1 and (r.at at time zone 'Asia/Shanghai')::date between $2 and $3`,
    [like, p.from, p.to],
  );
  await ownershipAndTexts(db, like, p);
}

const CLOCK_STEPS = `('transferOrAssign', 'acceptanceNotice', 'lowerAccept', 'realNameAcceptNotice', 'conclude', 'assignmentResult')`;

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

/**
 * The counted cases of whole months by hand: the rollup's smallest grain with the columns needed plus the deltas not
 * yet folded (migrations 0034–0040). The bench asks for whole months only, so no days at either end are read from
 * the cases.
 */
const rolled = (grain: 'unit' | 'category' | 'region', cols: string, where: string) =>
  `select ${cols} from case_rollup where grain = '${grain}' and ${where} union all select ${cols} from case_rollup_delta where ${where}`;

/**
 * The dashboard's aggregates by hand over the rollups the app reads: counts from case_rollup + case_rollup_delta,
 * lights from the cases' indexed next_due_on / next_warn_on, 及时受理率 and 按期办结率 from case_clock_stat, replies
 * from the trail, 化解率 from ownership, and the hot words' texts.
 */
async function rawRollupDashboard(db: pg.PoolClient, path: string, mapDigits: number, p: Period, today: string) {
  const { like, trendFrom, y, b } = await framedWithLights(db, path, p, today);
  await db.query(`select month, sum(n) from (${rolled('unit', 'month, n', 'unit_path like $1 and month between $2 and $3')}) r group by 1`, [like, trendFrom, p.from]);
  await db.query(
    `select pipeline, category1, sum(n) from (${rolled('category', 'pipeline, category1, n', 'unit_path like $1 and month = $2')}) r group by 1, 2 order by 3 desc limit 10`,
    [like, p.from],
  );
  await db.query(`select left(region, $3::int), sum(n) from (${rolled('region', 'region, n', 'unit_path like $1 and month = $2')}) r group by 1`, [like, p.from, mapDigits]);
  await db.query(
    `select split_part(substr(unit_path, $5::int), '/', 1), sum(n) filter (where month = $2), sum(repeats) filter (where month = $2), sum(skip_level) filter (where month = $2),
            sum(group_visit) filter (where month = $2), sum(n) filter (where month = $3), sum(n) filter (where month = $4)
       from (${rolled('unit', 'unit_path, month, n, repeats, skip_level, group_visit', 'unit_path like $1 and month in ($2, $3, $4)')}) r group by 1`,
    [like, p.from, y.from, b.from, path.length + 1],
  );
  await db.query(
    `select kind, count(*) filter (where decided), count(*) filter (where decided and not late and running < clocks)
       from (select kind, running, clocks, late_done or coalesce(running_due < $4::date, false) as late,
                    (running = 0 or late_done or coalesce(running_due < $4::date, false) or first_due < $4::date) and running_paused < clocks as decided
               from case_clock_stat where kind in ('acceptance', 'conclusion') and first_due between $2 and $3 and unit_path like $1) s
      group by 1`,
    [like, p.from, p.to, today],
  );
  await db.query(
    `select count(*), count(c.evaluation) from case_event e join cases c on c.id = e.case_id where c.unit_path like $1 and e.to_state = 'replied' and e.at >= $2::date and e.at < $3::date + 1`,
    [like, p.from, p.to],
  );
  await ownershipAndTexts(db, like, p);
}

const RAW_ROLLUP_CROSS: Record<string, (path: string, p: Period) => [string, unknown[]]> = {
  crossTabCategoryChannel: (path, p) => [
    `select pipeline || ':' || category1, channel, sum(n) from (${rolled('category', 'pipeline, category1, channel, n', 'unit_path like $1 and month = $2')}) r group by 1, 2`,
    [`${path}%`, p.from],
  ],
  crossTabRegionUnit: (path, p) => [
    `select region, split_part(substr(unit_path, $3::int), '/', 1), sum(n) from (${rolled('region', 'region, unit_path, n', 'unit_path like $1 and month = $2')}) r group by 1, 2`,
    [`${path}%`, p.from, path.length + 1],
  ],
};

const APP: Record<string, (p: Period) => string> = {
  dashboard: (p) => `/api/v1/statistics/dashboard?${q({ from: p.from, to: p.to })}`,
  crossTabCategoryChannel: (p) => `/api/v1/statistics/cross-tab?${q({ rows: 'category1', columns: 'channel', from: p.from, to: p.to })}`,
  crossTabRegionUnit: (p) => `/api/v1/statistics/cross-tab?${q({ rows: 'region', columns: 'unit', regionLevel: 'county', from: p.from, to: p.to })}`,
};

/**
 * `perKind` requests of each kind through the app, as raw SQL over the register and as raw SQL over the rollups, the
 * three one after another for the same caller in the same loop, after a warm-up of 3 each.
 */
export async function statisticsLatency(port: number, databaseUrl: string, callers: StatisticsCaller[], today: string, perKind: number): Promise<StatisticsLatencyResult> {
  const period = monthOf(addDays(monthOf(today).from, -1)); // the last whole month
  const client = httpClient(port, 1);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const db = await pool.connect();
  const kinds: StatisticsLatencyResult['kinds'] = {};
  let errors = 0;
  let firstError: string | null = null;
  const floor: number[] = [];
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  try {
    for (const [name, path] of Object.entries(APP)) {
      const app: number[] = [];
      const raw: number[] = [];
      const rawRollup: number[] = [];
      for (let i = 0; i < perKind + 3; i++) {
        const caller = callers[i % callers.length]!;
        const tookApp = await timed(async () => {
          const res = await client.request('GET', path(period), caller.session);
          if (res.status !== 200) {
            errors++;
            firstError ??= `${path(period)}: ${res.status} ${res.body.slice(0, 200)}`;
          }
        });
        const tookRaw = await timed(() =>
          name === 'dashboard' ? rawDashboard(db, caller.path, caller.mapDigits, period, today) : db.query(...RAW_CROSS[name]!(caller.path, period)),
        );
        const tookRollup = await timed(() =>
          name === 'dashboard' ? rawRollupDashboard(db, caller.path, caller.mapDigits, period, today) : db.query(...RAW_ROLLUP_CROSS[name]!(caller.path, period)),
        );
        if (i < 3) continue;
        app.push(tookApp);
        raw.push(tookRaw);
        rawRollup.push(tookRollup);
      }
      const a = summarize(app);
      const r = summarize(raw);
      const rr = summarize(rawRollup);
      kinds[name] = { app: a, raw: r, rawRollup: rr, ratio: r.p50 > 0 ? a.p50 / r.p50 : 0, ratioRollup: rr.p50 > 0 ? a.p50 / rr.p50 : 0 };
    }
    for (let i = 0; i < perKind + 3; i++) {
      const t0 = performance.now();
      await client.request('GET', '/api/v1/auth/me', callers[i % callers.length]!.session);
      if (i >= 3) floor.push(performance.now() - t0);
    }
  } finally {
    db.release();
    await pool.end();
  }
  return { period, kinds, requestFloor: summarize(floor), errors, firstError };
}
