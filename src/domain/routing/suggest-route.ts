// 属地管理、分级负责: the level follows the accused's rank (干部管理权限), the unit within the level follows the
// matter's region (问题属地) and, for government petitions, the category's department (归口). Every step says why.
import { invalid } from '../errors.js';
import { codeShapeLevel, COUNTRY_CODE, normalizeRegionCode, regionPrefix } from '../regions/index.js';
import {
  levelDepth,
  UNIT_LEVEL_LABELS,
  UNIT_LEVELS,
  type Pipeline,
  type UnitLevel,
} from '../vocabulary/index.js';
import {
  DEFAULT_CATEGORY_DEPARTMENTS,
  departmentForCategory,
  namesDepartment,
  type CategoryDepartment,
} from './categories.js';
import { levelAbove, LEVEL_SHORT, rankLevel, rankPhrase } from './rank-levels.js';
import type { AccusedForRouting, RouteInput, RouteSuggestion, RoutingContext, RoutingUnit } from './types.js';

/** The digits every region inside the matter's region at `level` shares; null when the code is coarser than the level. */
function prefixAt(code: string, level: UnitLevel): string | null {
  if (level === 'central') return '';
  if (level === 'village') return code.length === 12 ? code : null;
  return regionPrefix(code, level);
}

/** The level of the matter's own code: a city code (441200) cannot say which county. */
function matterLevel(code: string): UnitLevel {
  if (code === COUNTRY_CODE) return 'central';
  return codeShapeLevel(code) ?? 'county';
}

function bodyWord(level: UnitLevel, pipeline: Pipeline): string {
  if (pipeline === 'government') return `${LEVEL_SHORT[level]}级有权处理机关`;
  if (level === 'central') return '中央纪委国家监委';
  return level === 'town' ? '乡镇（街道）纪（工）委' : `${LEVEL_SHORT[level]}纪委监委`;
}

/** The accused whose rank puts the matter highest, with the level that rank (and 一把手) gives. */
function decidingAccused(input: RouteInput, ctx: RoutingContext) {
  const list: readonly AccusedForRouting[] = Array.isArray(input.accused)
    ? input.accused
    : input.accused
      ? [input.accused as AccusedForRouting]
      : [];
  const levelOf = (a: AccusedForRouting) => {
    const byRank = rankLevel(a.rank, ctx.rankLevels);
    return a.isUnitChief ? levelAbove(byRank) : byRank;
  };
  const ranked = list.map((a) => ({ accused: a, level: levelOf(a) }));
  ranked.sort((x, y) => levelDepth(x.level) - levelDepth(y.level));
  return ranked[0] ?? null;
}

function regionText(code: string, ctx: RoutingContext): string {
  const name = ctx.regionName?.(code) ?? (code.length === 12 ? ctx.regionName?.(code.slice(0, 9)) : null);
  return name ? `${name}（${code}）` : code;
}

/** Each unit's depth in the tree (root 0), from the parent links. */
function treeDepths(units: readonly RoutingUnit[]): Map<string, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depths = new Map<string, number>();
  const depthOf = (u: RoutingUnit, guard = 0): number => {
    const known = depths.get(u.id);
    if (known !== undefined) return known;
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    const d = parent && guard < units.length ? depthOf(parent, guard + 1) + 1 : 0;
    depths.set(u.id, d);
    return d;
  };
  units.forEach((u) => depthOf(u));
  return depths;
}

/** Among several fitting units prefer a real body over the tree's root, then the body over its own offices. */
function pick(candidates: RoutingUnit[], depths: Map<string, number>): RoutingUnit | undefined {
  const score = (u: RoutingUnit) => (u.parentId === null ? 1_000_000 : 0) + (depths.get(u.id) ?? 0);
  return [...candidates].sort((a, b) => score(a) - score(b))[0];
}

export function suggestRoute(input: RouteInput, ctx: RoutingContext): RouteSuggestion {
  const reasons: string[] = [];
  const units = ctx.units.filter((u) => u.active !== false);
  const depths = treeDepths(units);

  // 问题属地: given, or the accused's unit's region when the matter's place is unknown.
  let matter = input.matterRegion ? normalizeRegionCode(input.matterRegion) : null;
  if (input.matterRegion && matter === null)
    throw invalid('问题属地应为 6 至 12 位行政区划代码（GB/T 2260）');
  const deciding = decidingAccused(input, ctx);
  if (matter === null) {
    const accusedUnit = units.find((u) => u.id === deciding?.accused.unitId);
    if (!accusedUnit) throw invalid('请填写问题属地');
    matter = normalizeRegionCode(accusedUnit.regionCode) ?? COUNTRY_CODE;
    reasons.push(`未填写问题属地，按被反映人所在单位（${accusedUnit.name}）的行政区划确定`);
  }

  // Level by 干部管理权限.
  const rank = deciding?.accused.rank ?? 'none';
  let pipeline: Pipeline = input.pipeline;
  const table = ctx.categoryDepartments ?? DEFAULT_CATEGORY_DEPARTMENTS;
  const row: CategoryDepartment | undefined =
    pipeline === 'government'
      ? departmentForCategory(table, input.categoryCode, input.categoryName)
      : undefined;
  if (pipeline === 'government' && (input.isAccusation || row?.crossesTo === 'discipline')) {
    pipeline = 'discipline';
    reasons.push('检举控告类事项，按管理权限转纪检监察机关办理');
  }
  const byRank = rankLevel(rank, ctx.rankLevels);
  let level = deciding?.level ?? byRank;
  reasons.push(
    rank === 'none'
      ? `未涉及公职人员，按属地管理由${bodyWord(byRank, pipeline)}受理`
      : `被反映人为${rankPhrase(rank)}，按干部管理权限由${bodyWord(byRank, pipeline)}受理`,
  );
  if (deciding?.accused.isUnitChief && level !== byRank) {
    reasons.push(`被反映人系所在单位主要负责人，提级由${bodyWord(level, pipeline)}受理`);
  }
  const own = matterLevel(matter);
  if (levelDepth(level) > levelDepth(own)) {
    reasons.push(`问题属地只明确到${UNIT_LEVEL_LABELS[own]}，由${bodyWord(own, pipeline)}受理`);
    level = own;
  }
  reasons.push(`问题属地：${regionText(matter, ctx)}`);

  // The unit within the level, going up the tree while a level has none.
  for (let depth = levelDepth(level); depth >= 0; depth--) {
    const at = UNIT_LEVELS[depth] as UnitLevel;
    const prefix = prefixAt(matter, at);
    const here = units.filter(
      (u) => u.level === at && prefix !== null && prefixAt(u.regionCode, at) === prefix,
    );
    const found = findAtLevel(here, pipeline, at, row, reasons, depths);
    if (found) {
      reasons.push(`建议承办单位：${found.name}`);
      return { unitId: found.id, level: at, pipeline, reasons };
    }
    if (depth > 0) {
      const what = pipeline === 'discipline' ? '纪检监察机关' : '信访部门或有权处理机关';
      reasons.push(`${UNIT_LEVEL_LABELS[at]}未设对应的${what}，改由上一级受理`);
    }
  }
  reasons.push('未找到可受理的单位，请人工指定承办单位');
  return { unitId: null, level: null, pipeline, reasons };
}

function findAtLevel(
  here: RoutingUnit[],
  pipeline: Pipeline,
  level: UnitLevel,
  row: CategoryDepartment | undefined,
  reasons: string[],
  depths: Map<string, number>,
): RoutingUnit | undefined {
  if (pipeline === 'discipline')
    return pick(
      here.filter((u) => u.kind === 'discipline'),
      depths,
    );
  if (row && row.crossesTo === undefined) {
    const department = pick(
      here.filter((u) => u.kind === 'department' && namesDepartment(row, u.name, u.shortName)),
      depths,
    );
    if (department) {
      reasons.push(`问题类别「${row.categoryName}」归口${row.department}办理`);
      return department;
    }
  }
  // No department of that category here: the petition bureau, at a town the town office itself.
  const bureau =
    pick(
      here.filter((u) => u.kind === 'petitionBureau'),
      depths,
    ) ??
    (level === 'town'
      ? pick(
          here.filter((u) => u.kind === 'townOffice'),
          depths,
        )
      : undefined);
  if (bureau && row && row.crossesTo === undefined) {
    reasons.push(`${UNIT_LEVEL_LABELS[level]}未设${row.department}，由信访部门办理`);
  }
  return bureau;
}
