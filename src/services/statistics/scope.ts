import { unitsRepository, type Db } from '../../db/index.js';
import type { DimensionOptions, StatsFilter } from '../../db/repositories/statistics.repository.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { monthOf, periodLabel, type Period, type RegionDrillLevel } from '../../domain/indicators/index.js';
import { PREFIX_LENGTH, regionPrefix } from '../../domain/regions/index.js';
import type { UnitLevel } from '../../domain/vocabulary/index.js';
import type { StatsQuery } from '../../shared/schemas/index.js';
import type { ServiceContext } from '../context.js';

type UnitRow = NonNullable<Awaited<ReturnType<typeof unitsRepository.byId>>>;

/** Where statistics look: a unit of the caller's subtree, a period, the filters, and the case-list query behind it. */
export interface StatsScope {
  unit: UnitRow;
  period: Period;
  today: string;
  filter: StatsFilter;
  options: DimensionOptions;
  regionLevel: RegionDrillLevel;
  /** The case-list query of the whole scope; null when a filter has no case-list equivalent. */
  drillBase: Record<string, string> | null;
}

const NEXT_REGION_LEVEL: Record<UnitLevel, RegionDrillLevel> = {
  central: 'province',
  province: 'city',
  city: 'county',
  county: 'town',
  town: 'town',
  village: 'town',
};

const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

export async function resolveScope(tx: Db, ctx: ServiceContext, q: StatsQuery): Promise<StatsScope> {
  const unit = await unitsRepository.byId(tx, q.unitId ?? ctx.actor.unitId);
  if (!unit) throw notFound('单位');
  const today = toChinaDate(ctx.now());
  const month = monthOf(today);
  const period = { from: q.from ?? month.from, to: q.to ?? month.to };
  if (period.from > period.to) throw invalid('开始日期不能晚于结束日期', [{ field: 'from', message: '开始日期不能晚于结束日期' }]);
  if (q.categoryCode && !q.pipeline) throw invalid('按问题类别筛选时请同时选择业务类型', [{ field: 'categoryCode', message: '请同时选择业务类型' }]);
  const regionLevel = q.regionLevel ?? NEXT_REGION_LEVEL[unit.level];
  const filter: StatsFilter = {
    unitPath: unit.path,
    from: period.from,
    to: period.to,
    today,
    channel: q.channel,
    source: q.source,
    pipeline: q.pipeline,
    nature: q.nature,
    categoryCode: q.categoryCode,
    matterRegionPrefix: q.matterRegionCode ? (regionPrefix(q.matterRegionCode) ?? q.matterRegionCode) : undefined,
    rank: q.rank,
    repeatStatus: q.repeatStatus,
    state: q.state,
    light: q.light,
    groupVisit: flag(q.groupVisit),
    skipLevel: flag(q.skipLevel),
  };
  const listParams = ['channel', 'source', 'pipeline', 'nature', 'categoryCode', 'matterRegionCode', 'rank', 'repeatStatus', 'state', 'light', 'groupVisit', 'skipLevel'] as const;
  const drillBase: Record<string, string> = { unitId: unit.id, from: period.from, to: period.to };
  for (const k of listParams) if (q[k]) drillBase[k] = q[k];
  return {
    unit,
    period,
    today,
    filter,
    options: { regionDigits: PREFIX_LENGTH[regionLevel], parentPath: unit.path },
    regionLevel,
    drillBase,
  };
}

export const periodView = (p: Period) => ({ ...p, label: periodLabel(p) });
