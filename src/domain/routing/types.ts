import type { Pipeline, Rank, UnitKind, UnitLevel } from '../vocabulary/index.js';
import type { CategoryDepartment } from './categories.js';

/** A unit of the tree as routing sees it. */
export interface RoutingUnit {
  id: string;
  name: string;
  shortName?: string | null;
  level: UnitLevel;
  kind: UnitKind;
  regionCode: string;
  parentId: string | null;
  /** '/<root>/…/<self>/' when known; lets directionFrom() see ancestry without the whole tree. */
  path?: string;
  active?: boolean;
}

export interface AccusedForRouting {
  rank: Rank;
  /** The accused is the 主要负责人 (一把手) of their unit: the report goes one level up. */
  isUnitChief?: boolean;
  unitId?: string | null;
}

export interface RouteInput {
  pipeline: Pipeline;
  /** 问题属地: a GB/T 2260 code, 6 to 12 digits (2 and 4 digits are read as province and city). */
  matterRegion?: string | null;
  /** One or several accused; the highest-ranked one decides the level. */
  accused?: AccusedForRouting | readonly AccusedForRouting[] | null;
  categoryCode?: string | null;
  categoryName?: string | null;
  /** A government petition of the nature 检举控告: it crosses to the discipline body of the competent level. */
  isAccusation?: boolean;
}

export interface RoutingContext {
  units: readonly RoutingUnit[];
  /** Overrides of the rank → level table (e.g. TOWN_GRASSROOTS_LEVELS where towns have their own 纪(工)委). */
  rankLevels?: Partial<Record<Rank, UnitLevel>>;
  /** Category → responsible department (归口); DEFAULT_CATEGORY_DEPARTMENTS when absent. */
  categoryDepartments?: readonly CategoryDepartment[];
  /** Region names for the reasons (the services' region lookup); codes are shown when absent. */
  regionName?: (code: string) => string | null | undefined;
}

export interface RouteSuggestion {
  /** Null when no unit in the tree fits: a person must choose. */
  unitId: string | null;
  level: UnitLevel | null;
  /** The pipeline the item is handled in (a 检举控告 petition crosses to discipline). */
  pipeline: Pipeline;
  /** Why, in Chinese, in the order the rule was applied. */
  reasons: string[];
  /** Set when a person chose another unit than the suggestion (overrideRoute). */
  overridden?: boolean;
  suggestedUnitId?: string | null;
}
