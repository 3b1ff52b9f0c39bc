import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, withScopeCondition as withScope, type Db } from '../client.js';

// The policies of case_deadline and case_event call a function for every row, which made a province's clock facts
// take seconds at 100,000 cases (bench/README.md): these facts are read with the scope as a condition on `cases`.
const withScopeCondition = <T>(tx: Db, fn: (scope: SQL) => Promise<T>) => withScope(tx, (inScope) => fn(inScope(sql`cases.unit_path`)));
import { lightOf } from './cases.repository.js';

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
      return sql`coalesce(nullif(split_part(substr(cases.unit_path, ${o.parentPath.length + 1}::int), '/', 1), ''), ${lastId(o.parentPath)})`;
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
      tx.execute(sql`select ${k1} as k1, ${k2} as k2, count(*)::int as n from ${FROM}${join} where ${statsWhere(f)} group by 1, 2`),
    );
    return rows.map((r) => ({ k1: r.k1 === null ? null : String(r.k1), k2: r.k2 === null ? null : String(r.k2), n: Number(r.n) }));
  },

  /** Totals of a filter: all cases, confirmed repeats, skip-level and group visits, under 督办, resolved 督办件. */
  totals: async (tx: Db, f: StatsFilter) => {
    const [row] = await rowsOf<Record<string, number | string>>(
      tx.execute(sql`select count(*)::int as total,
          count(*) filter (where cases.repeat_status = 'repeat')::int as repeats,
          count(*) filter (where cases.skip_level)::int as skip_level,
          count(*) filter (where cases.group_visit)::int as group_visit
        from ${FROM} where ${statsWhere(f)}`),
    );
    return { total: Number(row!.total), repeats: Number(row!.repeats), skipLevel: Number(row!.skip_level), groupVisit: Number(row!.group_visit) };
  },

  /** Cases received in each of several periods, in one scan. */
  countsIn: async (tx: Db, f: StatsFilter, periods: { from: string; to: string }[]) => {
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
      tx.execute(sql`select ${dimensionKey('unit', o, f.today)} as unit_key, count(*)::int as total,
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
