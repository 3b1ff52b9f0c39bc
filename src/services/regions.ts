import { invalid, notFound } from '../domain/errors.js';
import type { RegionIndex } from '../domain/regions/index.js';

/**
 * The region dictionary (GB/T 2260, to town level) as the services see it. The CLI loads it once at
 * start-up from the seed file (src/db/seed/regions.ts); until then names are unknown and any code of the
 * right shape is accepted.
 */
let index: RegionIndex | null = null;

export function useRegions(r: RegionIndex) {
  index = r;
}
export const regionName = (code: string): string | null => index?.fullName(code) ?? null;
export const regionKnown = (code: string): boolean => index?.isKnown(code) ?? true;

function loaded(): RegionIndex {
  if (!index) throw new Error('region dictionary not loaded');
  return index;
}

const present = (r: NonNullable<ReturnType<RegionIndex['get']>>, idx: RegionIndex) => ({
  code: r.code,
  name: r.name,
  level: r.level,
  fullName: idx.fullName(r.code) ?? r.name,
  hasChildren: idx.children(r.code).length > 0,
});

/** The regions directly below a code (100000: the provinces), for a cascader that loads column by column. */
export function regionChildren(code: string) {
  const idx = loaded();
  if (code !== '100000' && !idx.get(code)) throw notFound('行政区划');
  return idx.children(code).map((r) => present(r, idx));
}

export function regionDetail(code: string) {
  const idx = loaded();
  const r = idx.get(code);
  if (!r) throw notFound('行政区划');
  return { ...present(r, idx), ancestors: idx.ancestors(code).map((a) => ({ code: a.code, name: a.name, level: a.level })) };
}

export function searchRegions(text: string, limit = 20) {
  const idx = loaded();
  if (!text.trim()) throw invalid('请输入要查找的地名');
  return idx.search(text.trim(), limit).map((r) => present(r, idx));
}
