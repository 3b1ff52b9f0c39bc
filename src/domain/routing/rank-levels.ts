// 干部管理权限: the accused's rank decides the level that handles the matter (domain.md "Routing";
// domain-reference.md §2.2). Data with defaults; a locality may move grassroots cadres to the town 纪(工)委.
import { RANK_LABELS, UNIT_LEVELS, levelDepth, type Rank, type UnitLevel } from '../vocabulary/index.js';

export const DEFAULT_RANK_LEVELS: Readonly<Record<Rank, UnitLevel>> = {
  provincial: 'central', // 中管干部 → 中央纪委国家监委
  bureau: 'province', // 省管干部
  division: 'city', // 市管干部
  section: 'county', // 县管干部
  general: 'county',
  villageCadre: 'county',
  none: 'county', // no public official: by the matter's region, at county level
};

/** Where towns (乡镇、街道) accept reports about general cadres and village cadres themselves. */
export const TOWN_GRASSROOTS_LEVELS: Readonly<Partial<Record<Rank, UnitLevel>>> = {
  general: 'town',
  villageCadre: 'town',
};

export const rankLevel = (rank: Rank, overrides: Partial<Record<Rank, UnitLevel>> = {}): UnitLevel =>
  overrides[rank] ?? DEFAULT_RANK_LEVELS[rank];

/** The level one above (central stays central). */
export const levelAbove = (level: UnitLevel): UnitLevel =>
  UNIT_LEVELS[Math.max(0, levelDepth(level) - 1)] ?? 'central';

/** 县处级干部, 一般干部, 村（社区）干部. */
export function rankPhrase(rank: Rank): string {
  const label = RANK_LABELS[rank];
  return label.endsWith('干部') ? label : `${label}干部`;
}

/** Short level words used in sentences: 由「市」纪委监委受理. */
export const LEVEL_SHORT: Readonly<Record<UnitLevel, string>> = {
  central: '中央',
  province: '省',
  city: '市',
  county: '县',
  town: '乡镇（街道）',
  village: '村（社区）',
};
