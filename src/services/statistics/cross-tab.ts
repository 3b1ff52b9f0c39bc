import { unitsRepository, type Db } from '../../db/index.js';
import { statisticsRepository, type StatsDimension } from '../../db/repositories/statistics.repository.js';
import { DIMENSION_LABELS, periodBefore, yearOnYear, type Dimension } from '../../domain/indicators/index.js';
import type { CrossTab, CrossTabQuery } from '../../shared/schemas/index.js';
import { inScope, type ServiceContext } from '../context.js';
import { combineDrill, keyDrill, keyLabel, regionCodeOf, sortKeys } from './labels.js';
import { periodView, resolveScope, type StatsScope } from './scope.js';

/** Names of the units a unit dimension may show: the unit and its subtree. */
export async function unitNamesOf(tx: Db, path: string) {
  return new Map((await unitsRepository.subtree(tx, path)).map((u) => [u.id, u.name] as const));
}

const head = (d: Dimension, key: string | null, names: ReadonlyMap<string, string>, digits: number) => ({
  key,
  label: keyLabel(d, key, names, digits),
  code: d === 'region' && key ? regionCodeOf(key) : null,
});

/** Case counts by one dimension (rows) or two (rows × columns), each cell with the case-list query behind it. */
export async function buildCrossTab(tx: Db, s: StatsScope, rows: Dimension, columns: Dimension | undefined, compare: boolean): Promise<CrossTab> {
  const dims = (columns ? [rows, columns] : [rows]) as [StatsDimension] | [StatsDimension, StatsDimension];
  const counts = await statisticsRepository.groupCounts(tx, s.filter, dims, s.options);
  const names = dims.includes('unit') ? await unitNamesOf(tx, s.unit.path) : new Map<string, string>();
  const rowKeys = sortKeys(rows, [...group(counts, (r) => r.k1)].map(([key, n]) => ({ key, n })));
  const colKeys = columns ? sortKeys(columns, [...group(counts, (r) => r.k2)].map(([key, n]) => ({ key, n }))) : [];
  const at = new Map(counts.map((r) => [`${r.k1}\u0000${r.k2}`, r.n]));
  const drillOf = (rk: string | null | undefined, ck: string | null | undefined) =>
    combineDrill(
      s.drillBase,
      rk === undefined ? {} : keyDrill(rows, rk, s.unit.id, s.period, s.options.regionDigits),
      ck === undefined || !columns ? {} : keyDrill(columns, ck, s.unit.id, s.period, s.options.regionDigits),
    );

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
    const cells = colKeys.map(({ key: ck }) => ({ n: at.get(`${rk}\u0000${ck}`) ?? 0, drill: drillOf(rk, ck) }));
    const total = columns ? cells.reduce((a, c) => a + c.n, 0) : (at.get(`${rk}\u0000null`) ?? 0);
    return {
      ...head(rows, rk, names, s.options.regionDigits),
      cells,
      total: { n: total, drill: drillOf(rk, undefined) },
      yearBefore: before ? (before.year.get(rk) ?? 0) : null,
      periodBefore: before ? (before.period.get(rk) ?? 0) : null,
    };
  });
  // A case counts once per row except by rank (a case with accused of two ranks is in two rows).
  const grand = dims.includes('rank') ? await statisticsRepository.totals(tx, s.filter) : { total: counts.reduce((a, r) => a + r.n, 0) };
  const notes: string[] = [];
  if (rows === 'rank' || columns === 'rank') notes.push('一件信访件涉及多名不同职级的被反映人时，在每个职级下各计一次，合计可能大于信访件总数。');
  if (rows === 'unit' || columns === 'unit') notes.push(`“${s.unit.name}”一行为本级自办的信访件（不含下级）。`);
  return {
    title: columns ? `信访件${DIMENSION_LABELS[rows]}×${DIMENSION_LABELS[columns]}统计表` : `信访件按${DIMENSION_LABELS[rows]}统计表`,
    period: periodView(s.period),
    unit: { id: s.unit.id, name: s.unit.name },
    rows: { dimension: rows, label: DIMENSION_LABELS[rows] },
    columns: columns ? { dimension: columns, label: DIMENSION_LABELS[columns] } : null,
    heads: colKeys.map(({ key }) => head(columns!, key, names, s.options.regionDigits)),
    items,
    totals: {
      cells: colKeys.map(({ key: ck }) => ({ n: counts.filter((r) => r.k2 === ck).reduce((a, r) => a + r.n, 0), drill: drillOf(undefined, ck) })),
      total: { n: grand.total, drill: s.drillBase },
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
