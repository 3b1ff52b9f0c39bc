import { regionPrefix } from '../regions/index.js';
import { levelDepth, type UnitLevel } from '../vocabulary/index.js';

export interface UnitShape {
  id: string;
  level: UnitLevel;
  regionCode: string;
  path: string;
}

/** The form field a placement problem is about. */
export const placementField = (problem: string): 'level' | 'regionCode' => (problem.includes('行政区划') ? 'regionCode' : 'level');

/**
 * Why a unit of `level` with `regionCode` cannot sit under `parent` (a Chinese message), or null when it can.
 * A child is at the same level as its parent (a department of a commission) or deeper,
 * and its region lies within the parent's region.
 */
export function placementProblem(
  parent: Pick<UnitShape, 'level' | 'regionCode'>,
  child: Pick<UnitShape, 'level' | 'regionCode'>,
): string | null {
  if (levelDepth(child.level) < levelDepth(parent.level)) return '下级单位的层级不能高于上级单位';
  const prefix = regionPrefix(parent.regionCode) ?? '';
  if (!child.regionCode.startsWith(prefix)) return '下级单位的行政区划必须在上级单位的行政区划之内';
  return null;
}

/** A unit cannot be moved under itself or under one of its own descendants. */
export function moveProblem(unit: Pick<UnitShape, 'id' | 'path'>, newParent: Pick<UnitShape, 'path'>): string | null {
  if (newParent.path.startsWith(unit.path)) return '不能把单位移到它自己或它的下级单位之下';
  return null;
}

export const childPath = (parentPath: string, id: string) => `${parentPath}${id}/`;
export const rootPath = (id: string) => `/${id}/`;
