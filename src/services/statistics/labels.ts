import { LIGHT_LABELS, type Light } from '../../domain/deadlines/index.js';
import type { Dimension } from '../../domain/indicators/index.js';
import { CASE_SOURCE_LABELS, natureLabel, type CaseSource } from '../../domain/register/index.js';
import {
  CHANNEL_LABELS,
  PIPELINE_LABELS,
  RANK_LABELS,
  UNIT_LEVEL_LABELS,
  type Channel,
  type Pipeline,
  type Rank,
  type UnitLevel,
} from '../../domain/vocabulary/index.js';
import { STATE_LABELS, type CaseState } from '../../domain/workflow/states.js';
import { regionPrefix } from '../../domain/regions/index.js';
import { categoryName } from '../register/categories.js';
import { regionDetail } from '../regions.js';

export const REPEAT_LABELS: Record<string, string> = { unchecked: '未核查', new: '非重复件', repeat: '重复件' };
const YES_NO: Record<string, string> = { true: '是', false: '否' };

/** A region prefix (2/4/6/9 digits) as its GB/T 2260 code (44 → 440000). */
export const regionCodeOf = (prefix: string) => (prefix.length === 2 ? `${prefix}0000` : prefix.length === 4 ? `${prefix}00` : prefix);

/** The key names a coarser region than the level counted (a county only, when counting towns; 440000 by county). */
const coarser = (key: string, digits: number) => (regionPrefix(regionCodeOf(key)) ?? key).length < digits;

function regionShortName(code: string): string {
  try {
    return regionDetail(code).name;
  } catch {
    return code;
  }
}

const split = (key: string) => {
  const i = key.indexOf(':');
  return [key.slice(0, i) as Pipeline, key.slice(i + 1)] as const;
};

/** The name users read for a key of a dimension. */
export function keyLabel(d: Dimension, key: string | null, unitNames: ReadonlyMap<string, string>, regionDigits = 0): string {
  if (key === null || key === '' || key.endsWith(':')) {
    const none: Partial<Record<Dimension, string>> = { category1: '未分类', category2: '未分类', region: '未填写属地', rank: '未填写被反映人', light: '无计时', unitLevel: '未知' };
    return none[d] ?? '未填写';
  }
  switch (d) {
    case 'category1':
    case 'category2': {
      const [pipeline, code] = split(key);
      return categoryName(pipeline, code) ?? code;
    }
    case 'channel':
      return CHANNEL_LABELS[key as Channel] ?? key;
    case 'source':
      return CASE_SOURCE_LABELS[key as CaseSource] ?? key;
    case 'pipeline':
      return PIPELINE_LABELS[key as Pipeline] ?? key;
    case 'nature': {
      const [pipeline, nature] = split(key);
      return `${natureLabel(pipeline, nature) ?? nature}（${pipeline === 'government' ? '党政' : '纪检'}）`;
    }
    case 'region':
      // A case placed only to a coarser level than the one counted (a county, counting towns).
      return coarser(key, regionDigits) ? `${regionShortName(regionCodeOf(key))}（未细化）` : regionShortName(regionCodeOf(key));
    case 'unit':
      return unitNames.get(key) ?? key;
    case 'unitLevel':
      return UNIT_LEVEL_LABELS[key as UnitLevel] ?? key;
    case 'rank':
      return RANK_LABELS[key as Rank] ?? key;
    case 'state':
      return STATE_LABELS[key as CaseState] ?? key;
    case 'light':
      return LIGHT_LABELS[key as Light] ?? key;
    case 'repeat':
      return REPEAT_LABELS[key] ?? key;
    case 'groupVisit':
    case 'skipLevel':
      return YES_NO[key] ?? key;
    case 'month':
      return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
  }
}

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The case list's `missing` value behind a dimension's empty key (未分类, 未填写属地, 未填写被反映人, 无计时). */
const MISSING_OF: Partial<Record<Dimension, string>> = { category1: 'category', category2: 'category', region: 'matterRegion', rank: 'rank', light: 'light' };

/**
 * The case-list parameters that select the cases under one key (the unit's own cases with 仅本级; a region placed
 * only to a coarser level with 属地本级; an empty key with `missing`), or null when the list cannot select exactly them.
 */
export function keyDrill(d: Dimension, key: string | null, ownUnitId: string, period: { from: string; to: string }, regionDigits = 0): Record<string, string> | null {
  if (key === null || key === '' || key.endsWith(':')) return MISSING_OF[d] ? { missing: MISSING_OF[d] } : null;
  switch (d) {
    case 'category1':
    case 'category2': {
      const [pipeline, categoryCode] = split(key);
      return { pipeline, categoryCode };
    }
    case 'nature': {
      const [pipeline, nature] = split(key);
      return { pipeline, nature };
    }
    case 'channel':
      return { channel: key };
    case 'pipeline':
      return { pipeline: key };
    case 'region':
      // A coarser key holds the cases placed at that region itself, not those inside it.
      return coarser(key, regionDigits) ? { matterRegionCode: regionCodeOf(key), matterRegionExact: 'true' } : { matterRegionCode: regionCodeOf(key) };
    case 'unit':
      return key === ownUnitId ? { unitId: key, unitOnly: 'true' } : { unitId: key };
    case 'rank':
      return { rank: key };
    case 'state':
      return { state: key };
    case 'light':
      return { light: key };
    case 'repeat':
      return { repeatStatus: key };
    case 'groupVisit':
      return { groupVisit: key };
    case 'skipLevel':
      return { skipLevel: key };
    case 'month': {
      const from = `${key}-01` > period.from ? `${key}-01` : period.from;
      const to = lastDay(key) < period.to ? lastDay(key) : period.to;
      return { from, to };
    }
    case 'source':
      return { source: key };
    case 'unitLevel':
      return { unitLevel: key };
  }
}

// Combining the parts is pure and shared with the web console, which builds each cross-tab cell's query from them.
export { combineDrill } from '../../domain/indicators/drill.js';

/** Keys sorted as users expect: months and regions by code, the rest by count. */
export function sortKeys(d: Dimension, keys: { key: string | null; n: number }[]) {
  const byKey = d === 'month' || d === 'region' || d === 'category1' || d === 'category2';
  return [...keys].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : byKey ? a.key.localeCompare(b.key) : b.n - a.n));
}
