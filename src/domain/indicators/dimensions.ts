// What statistics can be counted by (统计维度), with the names users read.

export const DIMENSIONS = [
  'category1',
  'category2',
  'channel',
  'source',
  'pipeline',
  'nature',
  'region',
  'unit',
  'unitLevel',
  'rank',
  'state',
  'light',
  'repeat',
  'groupVisit',
  'skipLevel',
  'month',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  category1: '问题类别（大类）',
  category2: '问题类别（细类）',
  channel: '信访形式',
  source: '信访来源',
  pipeline: '业务类型',
  nature: '性质/类别',
  region: '问题属地',
  unit: '承办单位',
  unitLevel: '承办层级',
  rank: '被反映人职级',
  state: '办理状态',
  light: '红黄绿灯',
  repeat: '重复件',
  groupVisit: '集体访',
  skipLevel: '越级访',
  month: '月份',
};

/** Region drill-down levels of the 问题属地 dimension. */
export const REGION_DRILL_LEVELS = ['province', 'city', 'county', 'town'] as const;
export type RegionDrillLevel = (typeof REGION_DRILL_LEVELS)[number];
export const REGION_DRILL_LABELS: Record<RegionDrillLevel, string> = { province: '省', city: '市', county: '县（区）', town: '乡镇（街道）' };
