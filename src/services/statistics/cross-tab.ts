import { unitsRepository, type Db } from '../../db/index.js';
import { statisticsRepository, type StatsDimension } from '../../db/repositories/statistics.repository.js';
import { DIMENSION_LABELS, periodBefore, yearOnYear, type Dimension } from '../../domain/indicators/index.js';
import type { CrossTab, CrossTabQuery } from '../../shared/schemas/index.js';
import { inScope, type ServiceContext } from '../context.js';
import { keyDrill, keyLabel, regionCodeOf, sortKeys } from './labels.js';
import { periodView, resolveScope, type StatsScope } from './scope.js';

/**
 * Names of the units a unit dimension shows: only the keys counted (the unit and its direct children), not its whole
 * subtree (hundreds of units for a province, read on every request).
 */
export async function unitNamesOf(tx: Db, ids: Iterable<string | null>) {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id && UUID.test(id)))];
  return new Map((await unitsRepository.byIds(tx, wanted)).map((u) => [u.id, u.name] as const));
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A row or column head: its key, label, map code, and the case-list parameters it adds to the table's query. */
const head = (d: Dimension, key: string | null, names: ReadonlyMap<string, string>, s: StatsScope) => ({
  key,
  label: keyLabel(d, key, names, s.options.regionDigits),
  code: d === 'region' && key ? regionCodeOf(key) : null,
  drillPart: keyDrill(d, key, s.unit.id, s.period, s.options.regionDigits),
});

/**
 * Case counts by one dimension (rows) or two (rows × columns). Each figure's case list is the table's `drill` with
 * its row's and column's `drillPart` (crossTabDrill, shared with the web console): parts once per head instead of a
 * whole query in every cell (50–65 KB of JSON for a province's table, built on every request).
 */
export async function buildCrossTab(tx: Db, s: StatsScope, rows: Dimension, columns: Dimension | undefined, compare: boolean): Promise<CrossTab> {
  const dims = (columns ? [rows, columns] : [rows]) as [StatsDimension] | [StatsDimension, StatsDimension];
  const counts = await statisticsRepository.groupCounts(tx, s.filter, dims, s.options);
  const rowKeys = sortKeys(rows, [...group(counts, (r) => r.k1)].map(([key, n]) => ({ key, n })));
  const colKeys = columns ? sortKeys(columns, [...group(counts, (r) => r.k2)].map(([key, n]) => ({ key, n }))) : [];
  const names = dims.includes('unit') ? await unitNamesOf(tx, [...(rows === 'unit' ? rowKeys : []), ...(columns === 'unit' ? colKeys : [])].map((k) => k.key)) : new Map<string, string>();
  const at = new Map(counts.map((r) => [`${r.k1}\u0000${r.k2}`, r.n]));

  // 同比 and 环比 of the row totals: the same statistic over the earlier periods.
  let before: { year: Map<string | null, number>; period: Map<string | null, number>; yearTotal: number; periodTotal: number } | null = null;
  const yearP = yearOnYear(s.period);
  const prevP = periodBefore(s.period);
  if (compare) {
    const again = async (p: { from: string; to: string }) =>
      group(await statisticsRepository.groupCounts(tx, { ...s.filter, ...p }, [rows], s.options), (r) => r.k1);
    const year = await again(yearP);
    const period = await again(prevP);
    const yearTotal = (await statisticsRepository.totals(tx, { ...s.filter, ...yearP })).total;
    before = { year, period, yearTotal, periodTotal: (await statisticsRepository.totals(tx, { ...s.filter, ...prevP })).total };
  }

  const items = rowKeys.map(({ key: rk }) => {
    const cells = colKeys.map(({ key: ck }) => ({ n: at.get(`${rk}\u0000${ck}`) ?? 0 }));
    const total = columns ? cells.reduce((a, c) => a + c.n, 0) : (at.get(`${rk}\u0000null`) ?? 0);
    return {
      ...head(rows, rk, names, s),
      cells,
      total: { n: total },
      yearBefore: before ? (before.year.get(rk) ?? 0) : null,
      periodBefore: before ? (before.period.get(rk) ?? 0) : null,
    };
  });
  const columnTotals = group(counts, (r) => r.k2);
  // A case counts once per row except by rank (a case with accused of two ranks is in two rows).
  const grand = dims.includes('rank') ? await statisticsRepository.totals(tx, s.filter) : { total: counts.reduce((a, r) => a + r.n, 0) };
  const notes: string[] = [];
  if (rows === 'rank' || columns === 'rank') notes.push('一件信访件涉及多名不同职级的被反映人时，在每个职级下各计一次，合计可能大于信访件总数。');
  if (rows === 'unit' || columns === 'unit') notes.push(`“${s.unit.name}”一行为本级自办的信访件（不含下级）。`);
  return {
    title: columns ? `信访件${DIMENSION_LABELS[rows]}×${DIMENSION_LABELS[columns]}统计表` : `信访件按${DIMENSION_LABELS[rows]}统计表`,
    period: periodView(s.period),
    unit: { id: s.unit.id, name: s.unit.name },
    drill: s.drillBase,
    rows: { dimension: rows, label: DIMENSION_LABELS[rows] },
    columns: columns ? { dimension: columns, label: DIMENSION_LABELS[columns] } : null,
    heads: colKeys.map(({ key }) => head(columns!, key, names, s)),
    items,
    totals: {
      cells: colKeys.map(({ key: ck }) => ({ n: columnTotals.get(ck) ?? 0 })),
      total: { n: grand.total },
      yearBefore: before?.yearTotal ?? null,
      periodBefore: before?.periodTotal ?? null,
    },
    compare: before ? { yearBefore: periodView(yearP), periodBefore: periodView(prevP) } : null,
    notes,
  };
}

function group<T extends { n: number }>(rows: T[], key: (r: T) => string | null) {
  const m = new Map<string | null, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n);
  return m;
}

export const crossTab = (ctx: ServiceContext, q: CrossTabQuery) =>
  inScope(ctx, async (tx) => {
    const s = await resolveScope(tx, ctx, q);
    return buildCrossTab(tx, s, q.rows, q.columns, q.compare === 'true');
  });
