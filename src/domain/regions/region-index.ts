// The region dictionary as an in-memory index. Built from [code, name] pairs passed in: the domain reads no files.
import { buildCascaderOptions, type CascaderOption } from './cascader.js';
import {
  COUNTRY_CODE,
  COUNTRY_NAME,
  REGION_LEVELS,
  codeShapeLevel,
  normalizeRegionCode,
  type RegionLevel,
} from './codes.js';

export type RegionEntry = readonly [code: string, name: string];

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** A city-level stand-in with no place of its own (市辖区, 县, 省直辖县级行政区划): left out of full names. */
  placeholder: boolean;
}

export interface RegionIndex {
  /** Every region, sorted by code. */
  all(): readonly Region[];
  /** The region of a code in any accepted form; a village code gives its town. */
  get(code: string): Region | null;
  name(code: string): string | null;
  /** Names from the province down, without placeholders: 广东省肇庆市德庆县. */
  fullName(code: string): string | null;
  parent(code: string): Region | null;
  /** Children sorted by code; the country code (100000) gives the provinces. */
  children(code: string): readonly Region[];
  level(code: string): RegionLevel | null;
  /** Province → … → the region itself; empty when unknown. */
  ancestors(code: string): Region[];
  /** 6-digit county or 9-digit town codes (and 2/4/6-digit province and city codes); 12-digit villages by their town. */
  isKnown(code: string): boolean;
  /** Canonical form (see normalizeRegionCode), a city's pseudo-county code mapped to the city; null if malformed. */
  normalize(code: string): string | null;
  /** Ant Design Cascader options: the children of rootCode (default: the provinces), `depth` columns deep. */
  cascaderOptions(rootCode?: string, depth?: number): CascaderOption[];
  /** Regions whose name contains the text, coarser levels first, at most `limit`. */
  search(text: string, limit?: number): Region[];
}

const PLACEHOLDER_NAME = /^(市辖区|县|.*直辖县级行政区划)$/;

/** The codes that may be a code's parent, nearest first: a town hangs under its city when the city has no counties. */
function parentCandidates(code: string, level: RegionLevel): string[] {
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (level === 'province') return [];
  if (level === 'city') return [province];
  if (level === 'county') return [city, province];
  return [code.slice(0, 6), city, province];
}

export function buildRegionIndex(entries: Iterable<RegionEntry>): RegionIndex {
  const byCode = new Map<string, Region>();
  for (const [code, name] of entries) {
    const level = codeShapeLevel(code);
    if (normalizeRegionCode(code) !== code || level === null || level === 'village') {
      throw new Error(`region dictionary: malformed code ${JSON.stringify(code)}`);
    }
    if (byCode.has(code)) throw new Error(`region dictionary: duplicate code ${code}`);
    const placeholder = level === 'city' && PLACEHOLDER_NAME.test(name);
    byCode.set(code, { code, name, level, parentCode: null, placeholder });
  }
  const sorted = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const childrenOf = new Map<string, Region[]>([[COUNTRY_CODE, []]]);
  // A town whose 6-digit prefix is no county (620201 of 嘉峪关市): that prefix is an alias of the town's parent.
  const aliases = new Map<string, string>();
  for (const region of sorted) {
    const candidates = parentCandidates(region.code, region.level);
    const parentCode = candidates.find((c) => byCode.has(c));
    if (candidates.length > 0 && parentCode === undefined) {
      throw new Error(`region dictionary: ${region.code} ${region.name} has no parent`);
    }
    region.parentCode = parentCode ?? null;
    const siblings = childrenOf.get(parentCode ?? COUNTRY_CODE) ?? [];
    childrenOf.set(parentCode ?? COUNTRY_CODE, siblings);
    siblings.push(region);
    const county = region.code.slice(0, 6);
    if (region.level === 'town' && parentCode && parentCode !== county) aliases.set(county, parentCode);
  }

  const normalize = (code: string): string | null => {
    const canonical = normalizeRegionCode(code);
    return canonical === null ? null : (aliases.get(canonical) ?? canonical);
  };
  const get = (code: string): Region | null => {
    const canonical = normalize(code);
    if (canonical === null) return null;
    return byCode.get(canonical.length === 12 ? canonical.slice(0, 9) : canonical) ?? null;
  };
  const ancestors = (code: string): Region[] => {
    const chain: Region[] = [];
    for (let r = get(code); r; r = r.parentCode === null ? null : (byCode.get(r.parentCode) ?? null)) chain.unshift(r);
    return chain;
  };
  const isCountry = (code: string) => normalizeRegionCode(code) === COUNTRY_CODE;
  const children = (code: string): readonly Region[] => {
    const key = isCountry(code) ? COUNTRY_CODE : get(code)?.code;
    return (key && childrenOf.get(key)) || [];
  };

  return {
    all: () => sorted,
    get,
    name: (code) => (isCountry(code) ? COUNTRY_NAME : (get(code)?.name ?? null)),
    fullName(code) {
      if (isCountry(code)) return COUNTRY_NAME;
      const chain = ancestors(code);
      if (chain.length === 0) return null;
      return chain.filter((r, i) => !r.placeholder || i === chain.length - 1).map((r) => r.name).join('');
    },
    parent: (code) => {
      const parentCode = get(code)?.parentCode;
      return parentCode ? (byCode.get(parentCode) ?? null) : null;
    },
    children,
    level: (code) => get(code)?.level ?? null,
    ancestors,
    isKnown: (code) => isCountry(code) || get(code) !== null,
    normalize,
    cascaderOptions: (rootCode = COUNTRY_CODE, depth = 3) =>
      isCountry(rootCode) || get(rootCode) ? buildCascaderOptions(children(rootCode), children, depth) : [],
    search(text, limit = 50) {
      const needle = text.trim();
      if (needle === '') return [];
      const hits = sorted.filter((r) => r.name.includes(needle));
      const depth = (r: Region) => REGION_LEVELS.indexOf(r.level);
      return hits.sort((a, b) => depth(a) - depth(b) || (a.code < b.code ? -1 : 1)).slice(0, limit);
    },
  };
}
