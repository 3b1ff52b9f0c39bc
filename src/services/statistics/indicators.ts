import { settingsRepository, type Db } from '../../db/index.js';
import { statisticsRepository } from '../../db/repositories/statistics.repository.js';
import {
  evaluationRate,
  indicatorDefinition,
  INDICATOR_KINDS,
  INDICATOR_LABELS,
  INDICATORS,
  ratio,
  resolutionRate,
  satisfactionRate,
  zeroSkipLevelDays,
  type Indicator,
  type Ratio,
  type ReplyFact,
  type TargetFact,
} from '../../domain/indicators/index.js';
import type { Evaluation } from '../../domain/vocabulary/index.js';
import type { IndicatorQuery, IndicatorTable, IndicatorValue } from '../../shared/schemas/index.js';
import { inScope, type ServiceContext } from '../context.js';
import { unitNamesOf } from './cross-tab.js';
import { periodView, resolveScope, type StatsScope } from './scope.js';

/** Setting: whether 基本满意 counts as satisfied in 满意率 (default yes). */
export const COUNT_BASIC_SETTING = 'statistics.countBasicallySatisfied';

interface ClockCount {
  unitKey: string;
  due: number;
  kept: number;
}

interface Facts {
  /** 及时受理率 and 按期办结率 per unit key, counted in SQL from the cases' clock summaries (clockCounts). */
  acceptance: ClockCount[];
  conclusion: ClockCount[];
  replies: (ReplyFact & { unitKey: string })[];
  targets: (TargetFact & { unitKey: string })[];
  totals: { unitKey: string; total: number; repeats: number; skipLevel: number; groupVisit: number }[];
}

/** The facts of the indicators; `perUnit` false: the scope as a whole only (the clocks need no unit key then). */
async function loadFacts(tx: Db, s: StatsScope, perUnit = true): Promise<Facts> {
  const clocks = await statisticsRepository.clockCounts(tx, s.filter, s.period.from, s.period.to, perUnit ? s.options : null);
  const acceptance = clocks.filter((c) => c.kind === 'acceptance');
  const conclusion = clocks.filter((c) => c.kind === 'conclusion');
  const replies = await statisticsRepository.replyFacts(tx, s.filter, s.period.from, s.period.to, s.options);
  const targets = await statisticsRepository.targetFacts(tx, s.filter, s.options, s.period.from, s.period.to);
  // The scope as a whole needs no grouping by unit (the dashboard's tiles).
  const totals = perUnit ? await statisticsRepository.totalsByUnit(tx, s.filter, s.options) : [{ unitKey: '', ...(await statisticsRepository.totals(tx, s.filter)) }];
  return {
    acceptance,
    conclusion,
    replies: replies.map((r) => ({ ...r, evaluation: r.evaluation as Evaluation | null })),
    targets,
    totals,
  };
}

/** Every indicator over a set of facts, each with its definition. */
function valuesOf(f: Facts, s: StatsScope, countBasic: boolean): IndicatorValue[] {
  const sum = (k: 'total' | 'repeats' | 'skipLevel' | 'groupVisit') => f.totals.reduce((a, t) => a + t[k], 0);
  const kept = (counts: ClockCount[]) => ratio(counts.reduce((a, c) => a + c.kept, 0), counts.reduce((a, c) => a + c.due, 0));
  const figures: Record<Indicator, Ratio | number> = {
    timelyAcceptance: kept(f.acceptance),
    onTimeConclusion: kept(f.conclusion),
    evaluationRate: evaluationRate(f.replies, s.period),
    satisfactionRate: satisfactionRate(f.replies, s.period, { countBasicallySatisfied: countBasic }),
    repeatRate: ratio(sum('repeats'), sum('total')),
    resolutionRate: resolutionRate(f.targets, s.period),
    skipLevelCount: sum('skipLevel'),
    groupVisitCount: sum('groupVisit'),
  };
  return INDICATORS.map((i) => {
    const v = figures[i];
    const base = { indicator: i, label: INDICATOR_LABELS[i], definition: indicatorDefinition(i, { countBasicallySatisfied: countBasic }), kind: INDICATOR_KINDS[i] };
    return typeof v === 'number' ? { ...base, numerator: v, denominator: null, rate: null } : { ...base, ...v };
  });
}

const only = (f: Facts, unitKey: string): Facts => ({
  acceptance: f.acceptance.filter((c) => c.unitKey === unitKey),
  conclusion: f.conclusion.filter((c) => c.unitKey === unitKey),
  replies: f.replies.filter((r) => r.unitKey === unitKey),
  targets: f.targets.filter((t) => t.unitKey === unitKey),
  totals: f.totals.filter((t) => t.unitKey === unitKey),
});

export async function countBasicallySatisfied(tx: Db, q: { countBasicallySatisfied?: 'true' | 'false' | undefined }) {
  if (q.countBasicallySatisfied) return q.countBasicallySatisfied === 'true';
  return (await settingsRepository.get<boolean>(tx, COUNT_BASIC_SETTING)) ?? true;
}

/** The indicators of the scope as a whole (dashboard tiles). */
export async function scopeIndicators(tx: Db, s: StatsScope, countBasic: boolean) {
  return valuesOf(await loadFacts(tx, s, false), s, countBasic);
}

/** Indicators of a unit and of each unit directly below it, for a period. */
export const indicatorTable = (ctx: ServiceContext, q: IndicatorQuery): Promise<IndicatorTable> =>
  inScope(ctx, async (tx) => {
    const s = await resolveScope(tx, ctx, q);
    const countBasic = await countBasicallySatisfied(tx, q);
    const facts = await loadFacts(tx, s);
    const clocked = [...facts.acceptance, ...facts.conclusion].filter((c) => c.due > 0);
    const keys = new Set([...facts.totals.map((t) => t.unitKey), ...clocked.map((c) => c.unitKey), ...facts.replies.map((r) => r.unitKey), ...facts.targets.map((t) => t.unitKey)]);
    const names = await unitNamesOf(tx, keys);
    const units = [...keys]
      .map((k) => ({ unitId: k, unitName: k === s.unit.id ? `${s.unit.name}（本级）` : (names.get(k) ?? k), values: valuesOf(only(facts, k), s, countBasic) }))
      .sort((a, b) => (a.unitId === s.unit.id ? -1 : b.unitId === s.unit.id ? 1 : a.unitName.localeCompare(b.unitName, 'zh')));
    const last = await statisticsRepository.lastSkipLevel(tx, s.filter, s.today);
    return {
      title: '信访工作指标统计表',
      period: periodView(s.period),
      unit: { id: s.unit.id, name: s.unit.name },
      asOf: s.today,
      zeroSkipLevelDays: zeroSkipLevelDays(last, s.unit.createdAt.toISOString().slice(0, 10), s.today),
      total: valuesOf(facts, s, countBasic),
      units,
    };
  });
