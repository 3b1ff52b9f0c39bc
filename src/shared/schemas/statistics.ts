import { z } from 'zod';
import { DIMENSIONS, INDICATORS, REGION_DRILL_LEVELS } from '../../domain/indicators/index.js';
import { CASE_SOURCES, DISCIPLINE_CLASSES, GOVERNMENT_NATURES } from '../../domain/register/registration-codes.js';
import { CHANNELS, PIPELINES, RANKS } from '../../domain/vocabulary/index.js';
import { CASE_STATES } from '../../domain/workflow/states.js';
import { Id } from './common.js';

const flag = z.enum(['true', 'false']).optional();

/** The period, the unit and the filters every statistic takes; filter names are the case list's. */
export const StatsQuery = z.strictObject({
  unitId: Id.optional().describe('单位（默认本单位，含下级）'),
  from: z.iso.date().optional().describe('开始日期（默认本月 1 日）'),
  to: z.iso.date().optional().describe('结束日期（默认本月末）'),
  channel: z.enum(CHANNELS).optional().describe('信访形式'),
  source: z.enum(CASE_SOURCES).optional().describe('信访来源'),
  pipeline: z.enum(PIPELINES).optional().describe('业务类型'),
  nature: z.enum([...new Set([...GOVERNMENT_NATURES, ...DISCIPLINE_CLASSES])] as [string, ...string[]]).optional().describe('性质/类别'),
  categoryCode: z.string().regex(/^[0-9A-Za-z]{1,20}$/).optional().describe('问题类别'),
  matterRegionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/).optional().describe('问题属地'),
  rank: z.enum(RANKS).optional().describe('职级'),
  repeatStatus: z.enum(['unchecked', 'new', 'repeat']).optional().describe('重复件'),
  state: z.enum(CASE_STATES).optional().describe('状态'),
  light: z.enum(['green', 'yellow', 'red']).optional().describe('红黄绿灯'),
  groupVisit: flag.describe('集体访'),
  skipLevel: flag.describe('越级访'),
  regionLevel: z.enum(REGION_DRILL_LEVELS).optional().describe('问题属地统计到哪一级（默认比单位低一级）'),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const CrossTabQuery = StatsQuery.extend({
  rows: z.enum(DIMENSIONS).describe('行维度'),
  columns: z.enum(DIMENSIONS).optional().describe('列维度（不选则只按行统计）'),
  compare: flag.describe('同比、环比'),
});
export type CrossTabQuery = z.infer<typeof CrossTabQuery>;

/** The case-list query behind a figure (open /cases?… with it); null when the list cannot select exactly those. */
export const Drill = z.record(z.string(), z.string()).nullable();

const Period = z.object({ from: z.string(), to: z.string(), label: z.string() });
/** A cross-tab's figure. Its case list is the table's `drill` with its row's and column's `drillPart` (crossTabDrill). */
const Cell = z.object({ n: z.number() });
const Head = z.object({
  key: z.string().nullable(),
  label: z.string(),
  code: z.string().nullable(),
  drillPart: Drill.describe('本行（列）在表的筛选条件上加的条件；与表的 drill 合并（crossTabDrill）即为该格的信访件列表筛选条件；null 表示列表无法精确选出'),
});

export const CrossTab = z.object({
  title: z.string(),
  period: Period,
  unit: z.object({ id: Id, name: z.string() }),
  /** The case-list query of the whole table (the grand total); each figure's adds its row's and column's drillPart. */
  drill: Drill.describe('整表（合计）的信访件列表筛选条件'),
  rows: z.object({ dimension: z.enum(DIMENSIONS), label: z.string() }),
  columns: z.object({ dimension: z.enum(DIMENSIONS), label: z.string() }).nullable(),
  heads: z.array(Head),
  items: z.array(Head.extend({ cells: z.array(Cell), total: Cell, yearBefore: z.number().nullable(), periodBefore: z.number().nullable() })),
  totals: z.object({ cells: z.array(Cell), total: Cell, yearBefore: z.number().nullable(), periodBefore: z.number().nullable() }),
  compare: z.object({ yearBefore: Period, periodBefore: Period }).nullable(),
  /** Said under the table, e.g. that a case counts under each rank of its accused. */
  notes: z.array(z.string()),
});
export type CrossTab = z.infer<typeof CrossTab>;

export const IndicatorQuery = StatsQuery.extend({
  countBasicallySatisfied: flag.describe('满意率是否计入“基本满意”（默认按系统设置）'),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;

export const IndicatorValue = z.object({
  indicator: z.enum(INDICATORS),
  label: z.string(),
  definition: z.string(),
  kind: z.enum(['rate', 'count']),
  numerator: z.number(),
  denominator: z.number().nullable(),
  rate: z.number().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const IndicatorTable = z.object({
  title: z.string(),
  period: Period,
  unit: z.object({ id: Id, name: z.string() }),
  asOf: z.string(),
  zeroSkipLevelDays: z.number(),
  total: z.array(IndicatorValue),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), values: z.array(IndicatorValue) })),
});
export type IndicatorTable = z.infer<typeof IndicatorTable>;

const Slice = z.object({ key: z.string().nullable(), label: z.string(), code: z.string().nullable(), n: z.number(), drill: Drill });

export const Dashboard = z.object({
  unit: z.object({ id: Id, name: z.string(), regionCode: z.string() }),
  period: Period,
  lights: z.object({ red: z.number(), yellow: z.number(), green: z.number() }),
  trend: z.array(Slice),
  categories: z.array(Slice),
  regions: z.object({ level: z.enum(REGION_DRILL_LEVELS), parentCode: z.string(), items: z.array(Slice) }),
  hotWords: z.array(z.object({ word: z.string(), weight: z.number() })),
  indicators: z.array(IndicatorValue),
  intake: z.object({ total: z.number(), yearBefore: z.number(), periodBefore: z.number() }),
});
export type Dashboard = z.infer<typeof Dashboard>;
