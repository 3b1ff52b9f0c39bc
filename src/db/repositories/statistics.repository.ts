import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, withScopeCondition as withScope, type Db } from '../client.js';

// The policies of case_deadline and case_event call a function for every row, which made a province's clock facts
// take seconds at 100,000 cases (bench/README.md): these facts are read with the scope as a condition on `cases`.
const withScopeCondition = <T>(tx: Db, fn: (scope: SQL) => Promise<T>) => withScope(tx, (inScope) => fn(inScope(sql`cases.unit_path`)));
import { lightOf } from './cases.repository.js';
import { addDays } from '../../domain/deadlines/index.js';
import { monthOf } from '../../domain/indicators/index.js';

/**
 * Aggregates over the register for statistics. Every query reads `cases` under the caller's row-level security
 * and within `unitPath` (a unit's subtree); the filters are the case list's own, so a figure and the list behind it
 * always agree.
 */
export interface StatsFilter {
  unitPath: string;
  from?: string | undefined;
  to?: string | undefined;
  today: string;
  channel?: string | undefined;
  source?: string | undefined;
  pipeline?: string | undefined;
  nature?: string | undefined;
  categoryCode?: string | undefined;
  matterRegionPrefix?: string | undefined;
  rank?: string | undefined;
  repeatStatus?: string | undefined;
  state?: string | undefined;
  light?: 'red' | 'yellow' | 'green' | undefined;
  groupVisit?: boolean | undefined;
  skipLevel?: boolean | undefined;
}

export type StatsDimension =
  | 'category1'
  | 'category2'
  | 'channel'
  | 'source'
  | 'pipeline'
  | 'nature'
  | 'region'
  | 'unit'
  | 'unitLevel'
  | 'rank'
  | 'state'
  | 'light'
  | 'repeat'
  | 'groupVisit'
  | 'skipLevel'
  | 'month';

export interface DimensionOptions {
  /** Digits of the matter region kept for the region dimension (2 province, 4 city, 6 county, 9 town). */
  regionDigits: number;
  /** The unit whose direct children the unit dimension counts by (its own cases count for itself). */
  parentPath: string;
}

const lastId = (path: string) => path.split('/').filter(Boolean).pop() ?? '';

/** The unit dimension's key of a unit path: the child of `parentPath` it lies under, or the parent itself. */
const unitKeyOf = (path: SQL, o: DimensionOptions) => sql`coalesce(nullif(split_part(substr(${path}, ${o.parentPath.length + 1}::int), '/', 1), ''), ${lastId(o.parentPath)})`;

/** The SQL of one dimension's key (text; null when the case has no value). */
export function dimensionKey(d: StatsDimension, o: DimensionOptions, today: string): SQL {
  switch (d) {
    case 'category1':
      return sql`cases.pipeline || ':' || case when cases.pipeline = 'discipline' then left(cases.category_code, 4) else left(cases.category_code, 2) end`;
    case 'category2':
      return sql`cases.pipeline || ':' || cases.category_code`;
    case 'channel':
      return sql`cases.channel`;
    case 'source':
      return sql`cases.source`;
    case 'pipeline':
      return sql`cases.pipeline`;
    case 'nature':
      return sql`cases.pipeline || ':' || cases.nature`;
    case 'region':
      return sql`left(cases.matter_region_code, ${o.regionDigits}::int)`;
    case 'unit':
      return unitKeyOf(sql`cases.unit_path`, o);
    case 'unitLevel':
      return sql`(select u.level from unit u where u.id = cases.unit_id)`;
    case 'rank':
      return sql`r.rank`;
    case 'state':
      return sql`cases.state`;
    case 'light':
      return sql`${lightOf(today).getSQL()}`;
    case 'repeat':
      return sql`cases.repeat_status`;
    case 'groupVisit':
      return sql`cases.group_visit::text`;
    case 'skipLevel':
      return sql`cases.skip_level::text`;
    case 'month':
      return sql`to_char(cases.received_on, 'YYYY-MM')`;
  }
}

/** The conditions of a filter, on `cases`. */
export function statsWhere(f: StatsFilter): SQL {
  const conds: SQL[] = [sql`cases.unit_path like ${f.unitPath + '%'}`];
  if (f.from) conds.push(sql`cases.received_on >= ${f.from}`);
  if (f.to) conds.push(sql`cases.received_on <= ${f.to}`);
  if (f.channel) conds.push(sql`cases.channel = ${f.channel}`);
  if (f.source) conds.push(sql`cases.source = ${f.source}`);
  if (f.pipeline) conds.push(sql`cases.pipeline = ${f.pipeline}`);
  if (f.nature) conds.push(sql`cases.nature = ${f.nature}`);
  if (f.categoryCode) conds.push(sql`cases.category_code like ${f.categoryCode + '%'}`);
  if (f.matterRegionPrefix !== undefined) conds.push(sql`cases.matter_region_code like ${f.matterRegionPrefix + '%'}`);
  if (f.rank) conds.push(sql`exists (select 1 from accused a where a.case_id = cases.id and a.rank = ${f.rank})`);
  if (f.repeatStatus) conds.push(sql`cases.repeat_status = ${f.repeatStatus}`);
  if (f.state) conds.push(sql`cases.state = ${f.state}`);
  if (f.groupVisit !== undefined) conds.push(sql`cases.group_visit = ${f.groupVisit}`);
  if (f.skipLevel !== undefined) conds.push(sql`cases.skip_level = ${f.skipLevel}`);
  if (f.light) conds.push(sql`${lightOf(f.today).getSQL()} = ${f.light}`);
  return sql.join(conds, sql` and `);
}

// Not aliased: `lightOf` names the drizzle column `cases.id`, which renders as "cases"."id".
const FROM = sql`cases`;
const rankJoin = sql` left join lateral (select distinct a.rank from accused a where a.case_id = cases.id) r on true`;

/**
 * Counts from the rollup (migrations 0034–0035). `case_rollup` holds cases per unit, month received, pipeline, 大类,
 * channel and matter county; `case_rollup_delta` the changes not yet folded in. A figure it can answer is summed
 * from three parts in one statement (one snapshot, so a fold in between never counts a case twice): the whole
 * months of the period from the rollup and its deltas, the days at either end of the period from the cases. The
 * parts have the columns of `cases` that the dimensions and filters below read, and the measures `n`, `repeats`,
 * `skip_level`, `group_visit`, so the same `dimensionKey` and `statsWhere` SQL applies to them as to the cases: a
 * figure and the case list behind it agree. Anything else (another filter, a finer region, rank, state, light …)
 * reads the cases.
 */
const ROLLUP_FILTERS = new Set(['unitPath', 'from', 'to', 'today', 'channel', 'pipeline', 'categoryCode', 'matterRegionPrefix']);
const ROLLUP_DIMENSIONS = new Set<StatsDimension>(['category1', 'channel', 'pipeline', 'region', 'unit', 'month']);
/** Digits of the matter region kept in the rollup (a county). */
const ROLLUP_REGION_DIGITS = 6;

/** Whether the rollup answers a filter (with a period) and these dimensions. */
export function rollupServes(f: StatsFilter, dims: readonly StatsDimension[] = [], o?: DimensionOptions): boolean {
  if (!f.from || !f.to) return false;
  for (const [k, v] of Object.entries(f)) if (v !== undefined && !ROLLUP_FILTERS.has(k)) return false;
  if (f.categoryCode && f.categoryCode.length > (f.pipeline === 'discipline' ? 4 : 2)) return false;
  if (f.matterRegionPrefix !== undefined && f.matterRegionPrefix.length > ROLLUP_REGION_DIGITS) return false;
  if (dims.includes('region') && (o?.regionDigits ?? 99) > ROLLUP_REGION_DIGITS) return false;
  return dims.every((d) => ROLLUP_DIMENSIONS.has(d));
}

/** The period split into whole months (first days, inclusive) and the days left at either end. */
export function splitPeriod(from: string, to: string): { months: { from: string; to: string } | null; days: { from: string; to: string }[] } {
  const first = from.endsWith('-01') ? from : addDays(monthOf(from).to, 1);
  const lastEnd = monthOf(to).to === to ? to : addDays(monthOf(to).from, -1);
  if (first > lastEnd) return { months: null, days: [{ from, to }] };
  const days = [];
  if (from < first) days.push({ from, to: addDays(first, -1) });
  if (lastEnd < to) days.push({ from: addDays(lastEnd, 1), to });
  return { months: { from: first, to: monthOf(lastEnd).from }, days };
}

/** The rollup columns each dimension and filter reads. */
const DIMENSION_COLUMNS: Partial<Record<StatsDimension, string[]>> = { category1: ['category'], channel: ['channel'], pipeline: ['category'], region: ['region'] };
const FILTER_COLUMNS: Partial<Record<keyof StatsFilter, string[]>> = { channel: ['channel'], pipeline: ['category'], categoryCode: ['category'], matterRegionPrefix: ['region'] };

/**
 * The smallest grain of the rollup (migration 0040) that keeps what a figure groups and filters by: unit (unit and
 * month only), category (pipeline, 大类, channel), region (county), or all.
 */
export function grainOf(f: StatsFilter, dims: readonly StatsDimension[]): 'unit' | 'category' | 'region' | 'all' {
  const needs = new Set([...dims.flatMap((d) => DIMENSION_COLUMNS[d] ?? []), ...Object.entries(FILTER_COLUMNS).flatMap(([k, cols]) => (f[k as keyof StatsFilter] !== undefined ? cols : []))]);
  if (!needs.size) return 'unit';
  if (!needs.has('region')) return 'category';
  if (needs.size === 1) return 'region';
  return 'all';
}

/** The counted rows of a period, aliased `cases` (see above), from the smallest grain that answers `dims`. */
function countedCases(f: StatsFilter, dims: readonly StatsDimension[] = []): SQL {
  const { months, days } = splitPeriod(f.from!, f.to!);
  const like = f.unitPath + '%';
  const parts: SQL[] = [];
  const columns = sql`r.unit_path, r.month as received_on, r.pipeline, nullif(r.category1, '') as category_code, r.channel,
    nullif(r.region, '') as matter_region_code, r.n, r.repeats, r.skip_level, r.group_visit`;
  if (months) {
    parts.push(sql`select ${columns} from case_rollup r
      where r.grain = ${grainOf(f, dims)} and r.month between ${months.from} and ${months.to} and r.unit_path like ${like}`);
    // The deltas keep every column: a coarser figure just does not read those it does not need.
    parts.push(sql`select ${columns} from case_rollup_delta r where r.month between ${months.from} and ${months.to} and r.unit_path like ${like}`);
  }
  if (days.length)
    parts.push(sql`select c.unit_path, c.received_on, c.pipeline, c.category_code, c.channel, c.matter_region_code, 1 as n,
        (c.repeat_status = 'repeat')::int as repeats, c.skip_level::int as skip_level, c.group_visit::int as group_visit
      from cases c where c.unit_path like ${like} and (${sql.join(days.map((d) => sql`c.received_on between ${d.from} and ${d.to}`), sql` or `)})`);
  return sql`(${sql.join(parts, sql` union all `)}) cases`;
}

export interface GroupRow {
  k1: string | null;
  k2: string | null;
  n: number;
}

export const statisticsRepository = {
  /**
   * Case counts grouped by one or two dimensions. By rank a case counts once under each distinct rank of its
   * accused (as the case list's rank filter finds it), so those columns may add up to more than the total.
   */
  groupCounts: async (tx: Db, f: StatsFilter, dims: [StatsDimension] | [StatsDimension, StatsDimension], o: DimensionOptions): Promise<GroupRow[]> => {
    const k1 = dimensionKey(dims[0], o, f.today);
    const k2 = dims[1] ? dimensionKey(dims[1], o, f.today) : sql`null::text`;
    const join = dims.includes('rank') ? rankJoin : sql``;
    const rows = await rowsOf<GroupRow>(
      tx.execute(
        rollupServes(f, dims, o)
          ? sql`select ${k1} as k1, ${k2} as k2, sum(cases.n)::int as n from ${countedCases(f, dims)} where ${statsWhere(f)} group by 1, 2 having sum(cases.n) <> 0`
          : sql`select ${k1} as k1, ${k2} as k2, count(*)::int as n from ${FROM}${join} where ${statsWhere(f)} group by 1, 2`,
      ),
    );
    return rows.map((r) => ({ k1: r.k1 === null ? null : String(r.k1), k2: r.k2 === null ? null : String(r.k2), n: Number(r.n) }));
  },

  /** Totals of a filter: all cases, confirmed repeats, skip-level and group visits, under 督办, resolved 督办件. */
  totals: async (tx: Db, f: StatsFilter) => {
    const [row] = await rowsOf<Record<string, number | string>>(
      tx.execute(rollupServes(f) ? sql`select coalesce(sum(cases.n), 0)::int as total, coalesce(sum(cases.repeats), 0)::int as repeats,
          coalesce(sum(cases.skip_level), 0)::int as skip_level, coalesce(sum(cases.group_visit), 0)::int as group_visit
        from ${countedCases(f)} where ${statsWhere(f)}` : sql`select count(*)::int as total,
          count(*) filter (where cases.repeat_status = 'repeat')::int as repeats,
          count(*) filter (where cases.skip_level)::int as skip_level,
          count(*) filter (where cases.group_visit)::int as group_visit
        from ${FROM} where ${statsWhere(f)}`),
    );
    return { total: Number(row!.total), repeats: Number(row!.repeats), skipLevel: Number(row!.skip_level), groupVisit: Number(row!.group_visit) };
  },

  /** Cases received in each of several periods, in one scan. */
  countsIn: async (tx: Db, f: StatsFilter, periods: { from: string; to: string }[]) => {
    if (periods.every((p) => rollupServes({ ...f, ...p }))) {
      const cols = periods.map((p, i) => {
        const fp = { ...f, ...p };
        return sql`(select coalesce(sum(cases.n), 0)::int from ${countedCases(fp)} where ${statsWhere(fp)}) as ${sql.raw(`n${i}`)}`;
      });
      const [row] = await rowsOf<Record<string, number | string>>(tx.execute(sql`select ${sql.join(cols, sql`, `)}`));
      return periods.map((_, i) => Number(row![`n${i}`]));
    }
    const cols = periods.map((p, i) => sql`count(*) filter (where cases.received_on between ${p.from} and ${p.to})::int as ${sql.raw(`n${i}`)}`);
    const any = periods.map((p) => sql`cases.received_on between ${p.from} and ${p.to}`);
    const [row] = await rowsOf<Record<string, number | string>>(
      tx.execute(sql`select ${sql.join(cols, sql`, `)} from ${FROM} where ${statsWhere({ ...f, from: undefined, to: undefined })} and (${sql.join(any, sql` or `)})`),
    );
    return periods.map((_, i) => Number(row![`n${i}`]));
  },

  /** The same totals per unit (the unit dimension's key). */
  totalsByUnit: async (tx: Db, f: StatsFilter, o: DimensionOptions) => {
    const rows = await rowsOf<Record<string, number | string>>(
      tx.execute(rollupServes(f, ['unit'], o) ? sql`select ${dimensionKey('unit', o, f.today)} as unit_key, sum(cases.n)::int as total, sum(cases.repeats)::int as repeats,
          sum(cases.skip_level)::int as skip_level, sum(cases.group_visit)::int as group_visit
        from ${countedCases(f, ['unit'])} where ${statsWhere(f)} group by 1 having sum(cases.n) <> 0` : sql`select ${dimensionKey('unit', o, f.today)} as unit_key, count(*)::int as total,
          count(*) filter (where cases.repeat_status = 'repeat')::int as repeats,
          count(*) filter (where cases.skip_level)::int as skip_level,
          count(*) filter (where cases.group_visit)::int as group_visit
        from ${FROM} where ${statsWhere(f)} group by 1`),
    );
    return rows.map((r) => ({ unitKey: String(r.unit_key), total: Number(r.total), repeats: Number(r.repeats), skipLevel: Number(r.skip_level), groupVisit: Number(r.group_visit) }));
  },

  /** Clocks of the given steps of every case that has one of them due in [from, to]; `unitKey` as the unit dimension. */
  clockFacts: async (tx: Db, f: StatsFilter, steps: readonly string[], from: string, to: string, o: DimensionOptions) => {
    const stepList = sql.join(steps.map((s) => sql`${s}`), sql`, `);
    const scope = statsWhere({ ...f, from: undefined, to: undefined });
    const rows = await withScopeCondition(tx, (inScope) =>
      rowsOf<{ case_id: string; step: string; due_on: string; status: string; on_time: boolean | null; paused: boolean; unit_key: string }>(
        tx.execute(sql`select d.case_id, d.step, d.due_on::text as due_on, d.status, d.on_time, d.paused_from is not null as paused, ${dimensionKey('unit', o, f.today)} as unit_key
          from case_deadline d join ${FROM} on cases.id = d.case_id
          where d.step in (${stepList}) and ${inScope} and ${scope}
            and d.case_id in (select x.case_id from case_deadline x where x.step in (${stepList}) and x.due_on between ${from} and ${to})`),
      ),
    );
    return rows.map((r) => ({ caseId: r.case_id, step: r.step, dueOn: r.due_on, status: r.status, onTime: r.on_time, paused: r.paused, unitKey: r.unit_key }));
  },

  /**
   * 及时受理率 (acceptance) and 按期办结率 (conclusion) per unit key: the cases whose first due date among the kind's
   * clocks lies in [from, to] and are decided by `asOf`, and how many of them were kept, by the rule of `clocksKept`
   * (domain/indicators/rates.ts) applied to each case's clock summary (case_clock_stat, kept by triggers on the
   * clocks): late = a completed clock was late or a running unpaused one is past due; decided = nothing runs, or
   * late, or the first due date has passed; a case whose clocks all run paused is not counted; kept = decided, not
   * late and some clock completed. A test checks it against `clocksKept` over the clocks themselves.
   */
  clockCounts: async (tx: Db, f: StatsFilter, from: string, to: string, o: DimensionOptions | null) => {
    const late = sql`(s.late_done or coalesce(s.running_due < ${f.today}::date, false))`;
    const counted = sql`(s.running = 0 or ${late} or s.first_due < ${f.today}::date) and s.running_paused < s.clocks`;
    const caseFilter = { ...f, from: undefined, to: undefined };
    // Only the subtree: the summary carries the case's unit path. Any other filter needs the case itself.
    const onCases = Object.entries(caseFilter).some(([k, v]) => v !== undefined && k !== 'unitPath' && k !== 'today');
    // `o` null: the scope as a whole (the dashboard), without a unit key to compute for every case.
    const unitKey = o ? unitKeyOf(sql`s.unit_path`, o) : sql`''`;
    const rows = await rowsOf<{ kind: 'acceptance' | 'conclusion'; unit_key: string; due: number; kept: number }>(
      tx.execute(sql`select s.kind, ${unitKey} as unit_key, count(*) filter (where ${counted})::int as due,
          count(*) filter (where ${counted} and not ${late} and s.running < s.clocks)::int as kept
        from case_clock_stat s${onCases ? sql` join ${FROM} on cases.id = s.case_id and ${statsWhere(caseFilter)}` : sql``}
        where s.kind in ('acceptance', 'conclusion') and s.first_due between ${from} and ${to} and s.unit_path like ${f.unitPath + '%'}
        group by 1, 2`),
    );
    return rows.map((r) => ({ kind: r.kind, unitKey: String(r.unit_key), due: Number(r.due), kept: Number(r.kept) }));
  },

  /** Cases answered (答复) in [from, to], China dates, with their evaluation. */
  replyFacts: async (tx: Db, f: StatsFilter, from: string, to: string, o: DimensionOptions) => {
    const scope = statsWhere({ ...f, from: undefined, to: undefined });
    const rows = await withScopeCondition(tx, (inScope) =>
      rowsOf<{ replied_on: string; evaluation: string | null; unit_key: string }>(
        tx.execute(sql`select r.replied_on, cases.evaluation, ${dimensionKey('unit', o, f.today)} as unit_key
          from (select e.case_id, min((e.at at time zone 'Asia/Shanghai')::date)::text as replied_on from case_event e
                where e.to_state = 'replied' and e.at >= (${from}::date - 1) and e.at < (${to}::date + 2) group by e.case_id) r
          join ${FROM} on cases.id = r.case_id where ${inScope} and ${scope}`),
      ),
    );
    return rows.filter((r) => r.replied_on >= from && r.replied_on <= to).map((r) => ({ repliedOn: r.replied_on, evaluation: r.evaluation, unitKey: r.unit_key }));
  },

  /**
   * 领导包案 (of cases, risks, key persons, villages, enterprises) begun in [from, to] within the unit's subtree, and
   * the day each was resolved, for 化解率. Case filters do not apply: not every owned matter is a case.
   */
  targetFacts: async (tx: Db, f: StatsFilter, o: DimensionOptions, from: string, to: string) => {
    const unitKey = sql`coalesce(nullif(split_part(substr(o.unit_path, ${o.parentPath.length + 1}::int), '/', 1), ''), ${lastId(o.parentPath)})`;
    const rows = await rowsOf<{ started_on: string; resolved_on: string | null; unit_key: string }>(
      tx.execute(sql`select o.started_on::text as started_on, case when o.status = 'resolved' then o.resolved_on::text end as resolved_on, ${unitKey} as unit_key
        from ownership o where o.unit_path like ${f.unitPath + '%'} and o.started_on between ${from} and ${to}`),
    );
    return rows.map((r) => ({ targetedOn: r.started_on, resolvedOn: r.resolved_on, unitKey: r.unit_key }));
  },

  /** The latest skip-level case received on or before `asOf`. */
  lastSkipLevel: async (tx: Db, f: StatsFilter, asOf: string) => {
    const [row] = await rowsOf<{ d: string | null }>(
      tx.execute(sql`select max(cases.received_on)::text as d from ${FROM} where ${statsWhere({ ...f, from: undefined, to: asOf })} and cases.skip_level`),
    );
    return row?.d ?? null;
  },

  /** Lights now of the open cases of a filter (dates ignored), from the cases' own next due and warning dates. */
  lightCounts: async (tx: Db, f: StatsFilter) => {
    const rows = await rowsOf<{ light: 'red' | 'yellow' | 'green'; n: number }>(
      tx.execute(sql`select ${lightOf(f.today).getSQL()} as light, count(*)::int as n from ${FROM}
        where cases.next_due_on is not null and ${statsWhere({ ...f, from: undefined, to: undefined, light: undefined })} group by 1`),
    );
    const out = { red: 0, yellow: 0, green: 0 };
    for (const r of rows) out[r.light] = Number(r.n);
    return out;
  },

  /** Texts of cases received in [from, to] (title, summary, the start of the content), newest first, for hot words. */
  texts: async (tx: Db, f: StatsFilter, limit: number, chars: number) => {
    const rows = await rowsOf<{ t: string }>(
      tx.execute(sql`select concat_ws('。', cases.title, cases.summary, left(cases.content, ${chars}::int)) as t from ${FROM} where ${statsWhere(f)} and not cases.restricted order by cases.received_on desc limit ${limit}`),
    );
    return rows.map((r) => r.t);
  },
};
