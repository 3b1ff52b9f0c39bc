// GB/T 2260 code shapes. Pure string rules: they say what a code looks like, not whether it exists.
import type { UnitLevel } from '../vocabulary/index.js';

/** The four levels the dictionary holds; villages (12 digits) are known only through their town. */
export const REGION_LEVELS = ['province', 'city', 'county', 'town'] as const satisfies readonly UnitLevel[];
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** GB/T 2260 writes the whole country as 100000 (中华人民共和国); the central units carry it. */
export const COUNTRY_CODE = '100000';
export const COUNTRY_NAME = '中华人民共和国';

/** Digits that every code inside a region of that level shares with it. */
export const PREFIX_LENGTH: Record<RegionLevel, number> = { province: 2, city: 4, county: 6, town: 9 };

/**
 * The canonical form of a code, or null when it is not shaped like one.
 * Provinces and cities are padded to 6 digits (44 → 440000, 4412 → 441200); the statistics bureau's
 * 12-digit forms lose their zero tails (441226000000 → 441226, 441226001000 → 441226001);
 * a village (12 digits, non-zero tail) stays as it is.
 */
export function normalizeRegionCode(input: string): string | null {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return null;
  switch (code.length) {
    case 2:
    case 4:
      return code.padEnd(6, '0');
    case 6:
      return code;
    case 9:
      return code.endsWith('000') ? code.slice(0, 6) : code;
    case 12:
      return code.endsWith('000') ? normalizeRegionCode(code.slice(0, 9)) : code;
    default:
      return null;
  }
}

/** The level a canonical code's shape says: XX0000 province, XXXX00 city, other 6 digits county. */
export function codeShapeLevel(canonical: string): RegionLevel | 'village' | null {
  if (canonical === COUNTRY_CODE) return null;
  if (canonical.length === 12) return 'village';
  if (canonical.length === 9) return 'town';
  if (canonical.length !== 6) return null;
  if (canonical.endsWith('0000')) return 'province';
  return canonical.endsWith('00') ? 'city' : 'county';
}

/**
 * Prefix for statistics drill-down: the first 2/4/6/9 digits of `code` at `level`
 * (regionPrefix('441226001', 'city') → '4412'), so `LIKE prefix || '%'` selects the region's codes.
 * Without a level, the code's own prefix (440000 → '44', 441200 → '4412', a village → all 12 digits).
 * Null when the code is malformed or coarser than the level asked (a province has no county prefix).
 */
export function regionPrefix(code: string, level?: RegionLevel): string | null {
  const canonical = normalizeRegionCode(code);
  if (canonical === null) return null;
  if (canonical === COUNTRY_CODE) return level === undefined ? '' : null;
  const own = codeShapeLevel(canonical);
  if (own === null) return null;
  if (level === undefined) return own === 'village' ? canonical : canonical.slice(0, PREFIX_LENGTH[own]);
  const deepEnough = own === 'village' || REGION_LEVELS.indexOf(own) >= REGION_LEVELS.indexOf(level);
  return deepEnough ? canonical.slice(0, PREFIX_LENGTH[level]) : null;
}
