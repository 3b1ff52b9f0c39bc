// Places and categories as ledgers write them: a name or a code, resolved against the dictionaries passed in.
import { categoryPath, type CategoryRow } from '../categories/index.js';
import { normalizeRegionCode, REGION_LEVELS, regionPrefix, type Region, type RegionIndex } from '../regions/index.js';
import type { Pipeline } from '../vocabulary/index.js';

export type Resolved = { ok: true; code: string } | { ok: false; message: string };

const compact = (s: string) => s.normalize('NFKC').replace(/[\s/／\\>＞·,，、-]+/g, '');
/** 德庆县 → 德庆, 新圩镇 → 新圩: ledgers often leave the suffix off. */
const SUFFIX = /(特别行政区|自治区|自治州|自治县|街道办事处|街道|地区|省|市|县|区|镇|乡|盟|旗)$/;

const namesByIndex = new WeakMap<RegionIndex, { full: Map<string, Region[]>; short: Map<string, Region[]> }>();
function nameMaps(index: RegionIndex) {
  let maps = namesByIndex.get(index);
  if (!maps) {
    maps = { full: new Map(), short: new Map() };
    for (const r of index.all()) {
      const short = r.name.replace(SUFFIX, '');
      for (const [map, key] of [[maps.full, r.name], [maps.short, short]] as const) {
        if (key.length < 2) continue;
        map.set(key, [...(map.get(key) ?? []), r]);
      }
    }
    namesByIndex.set(index, maps);
  }
  return maps;
}

/**
 * 问题属地 from a code (6, 9 or 12 digits) or a name: 德庆县, 官圩镇, 广东省肇庆市德庆县官圩镇, 德庆县官圩镇. A name that
 * several places share is settled by the importing unit's own region (its county, then city, then province).
 */
export function regionResolver(index: RegionIndex | null, homeCode: string | undefined): (text: string) => Resolved {
  const cache = new Map<string, Resolved>();
  const resolve = (raw: string): Resolved => {
    const text = compact(raw);
    if (/^\d+$/.test(text)) {
      const code = index ? index.normalize(text) : normalizeRegionCode(text);
      return code ? { ok: true, code } : { ok: false, message: `「${raw}」不是有效的行政区划代码（应为6、9或12位数字）` };
    }
    if (!index) return { ok: false, message: `无法识别地名「${raw}」，请填写行政区划代码` };
    const maps = nameMaps(index);
    for (const map of [maps.full, maps.short]) {
      const found = new Map<string, Region>();
      for (let k = 2; k <= Math.min(text.length, 24); k++) {
        for (const r of map.get(text.slice(-k)) ?? []) {
          const full = index.fullName(r.code) ?? '';
          if (full.endsWith(text) || (map === maps.short && k === text.length)) found.set(r.code, r);
        }
      }
      const picked = pickNearest([...found.values()], homeCode);
      if (picked.length === 1) return { ok: true, code: picked[0]!.code };
      if (picked.length > 1) {
        const examples = picked.slice(0, 3).map((r) => index.fullName(r.code)).join('、');
        return { ok: false, message: `地名「${raw}」有多处同名（如 ${examples}），请写明上级地名或填写行政区划代码` };
      }
    }
    return { ok: false, message: `「${raw}」不是已知的地名，请填写行政区划名称或代码` };
  };
  return (raw) => {
    let r = cache.get(raw);
    if (!r) cache.set(raw, (r = resolve(raw)));
    return r;
  };
}

/** The candidates nearest the importing unit: in its county, else its city, else its province, else all. */
function pickNearest(candidates: Region[], homeCode: string | undefined): Region[] {
  if (candidates.length <= 1 || !homeCode) return candidates;
  const home = regionPrefix(homeCode) ?? '';
  for (const len of [home.length, 4, 2]) {
    if (len > home.length) continue;
    const near = candidates.filter((r) => r.code.startsWith(home.slice(0, len)));
    if (near.length) return near.length > 1 ? coarsest(near) : near;
  }
  return coarsest(candidates);
}

/** 德庆 names both 德庆县 and a town 德庆镇 elsewhere: one at a coarser level wins only when it is alone there. */
function coarsest(regions: Region[]): Region[] {
  const depth = (r: Region) => REGION_LEVELS.indexOf(r.level);
  const min = Math.min(...regions.map(depth));
  return regions.filter((r) => depth(r) === min);
}

/**
 * 问题类别 from a code (0123), a code and name (0123 违反廉洁纪律行为), a name that is unique in the pipeline's tree,
 * or a path (违反廉洁纪律行为/其他). Unknown codes pass through for validation to report.
 */
export function categoryResolver(rows: readonly CategoryRow[]) {
  const paths = new Map<Pipeline, { code: string; path: string[]; active: boolean }[]>();
  for (const pipeline of ['government', 'discipline'] as const) {
    paths.set(
      pipeline,
      rows.filter((r) => r.pipeline === pipeline).map((r) => ({ code: r.code, path: categoryPath(rows, pipeline, r.code).map(compact), active: r.active !== false })),
    );
  }
  return (raw: string, pipeline: Pipeline): Resolved => {
    const text = raw.normalize('NFKC').trim();
    const lead = /^([0-9A-Za-z]{1,20})(?:\s+\S.*)?$/.exec(text);
    if (lead) return { ok: true, code: lead[1]! };
    const parts = text.split(/[/／\\>＞]+/).map(compact).filter(Boolean);
    const all = (paths.get(pipeline) ?? []).filter((c) => c.path.length >= parts.length && parts.every((p, i) => c.path[c.path.length - parts.length + i] === p));
    const hits = all.some((c) => c.active) ? all.filter((c) => c.active) : all;
    if (hits.length === 1) return { ok: true, code: hits[0]!.code };
    if (hits.length === 0) return { ok: false, message: `问题类别「${raw}」不在${pipeline === 'government' ? '党政信访' : '纪检监察'}的问题类别中` };
    return { ok: false, message: `问题类别「${raw}」有${hits.length}处同名，请写上一级类别（如 ${hits[0]!.path.join('/')}）或填写类别代码` };
  };
}
