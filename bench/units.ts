// The demo unit tree as the generator sees it: which units register how much, in which regions their matters
// lie, and which registrar signs in for them.
import { loadRegionIndex } from '../src/db/seed/regions.js';
import type { Region, RegionIndex } from '../src/domain/regions/index.js';
import type { UnitKind, UnitLevel } from '../src/domain/vocabulary/index.js';
import { DEMO_ACCOUNTS } from '../src/services/demo/accounts.js';
import { DEMO_TREE, type DemoUnit } from '../src/services/demo/units.js';

export interface BenchUnit {
  index: number;
  key: string;
  name: string;
  code: string;
  level: UnitLevel;
  kind: UnitKind;
  regionCode: string;
  parent: number | null;
  children: number[];
  /** Share of the history registered here (0: the unit registers nothing). */
  weight: number;
  /** The account that registers for this unit: the demo's, or `bench_<key>` created by the bench. */
  registrar: string | null;
  /** Towns where this unit's matters lie. */
  towns: Region[];
}

/**
 * Shares of the history by unit: most cases are registered at county level and at the county's
 * 群众工作站 / 街道, fewer at city and province level, a few at the top. Departments and villages register nothing.
 */
const HISTORY_SHARE: Record<string, number> = {
  ccdi: 1,
  gd: 3,
  zq: 6,
  dq: 18,
  fk: 10,
  nbpl: 1,
  sd: 3,
  qd: 5,
  jz: 18,
  zy: 12,
  ...Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`dq_town${i}`, 1.5])),
};

/** Provinces whose towns the two central units receive matters from. */
const NATIONAL_PROVINCES = ['44', '37', '41', '51', '32'];

export interface UnitSet {
  units: BenchUnit[];
  byKey: Map<string, BenchUnit>;
  regions: RegionIndex;
  /** Every county code of the dictionary (birthplaces of people who moved). */
  counties: string[];
}

export function benchUnits(): UnitSet {
  const regions = loadRegionIndex();
  const all = regions.all();
  const towns = all.filter((r) => r.level === 'town');
  const townsUnder = (prefix: string) => towns.filter((t) => t.code.startsWith(prefix));
  const units: BenchUnit[] = [];
  const walk = (node: DemoUnit, parent: number | null) => {
    const index = units.length;
    // The demo's registrar of the unit, or a bench registrar (created by the bench) where the demo has none.
    const demo = DEMO_ACCOUNTS.find((a) => a.unit === node.key && a.roles.includes('registrar'))?.username;
    const registrar = demo ?? (HISTORY_SHARE[node.key] ? `bench_${node.key}` : null);
    units.push({
      index,
      key: node.key,
      name: node.name,
      code: node.code,
      level: node.level,
      kind: node.kind,
      regionCode: node.regionCode,
      parent,
      children: [],
      weight: HISTORY_SHARE[node.key] ?? 0,
      registrar,
      towns: [],
    });
    if (parent !== null) units[parent]!.children.push(index);
    for (const child of node.children ?? []) walk(child, index);
  };
  walk(DEMO_TREE, null);
  for (const u of units) {
    if (!u.weight) continue;
    if (u.regionCode === '100000') u.towns = NATIONAL_PROVINCES.flatMap(townsUnder);
    else if (u.regionCode.length === 9) u.towns = [regions.get(u.regionCode)!];
    else u.towns = townsUnder(u.regionCode.replace(/(00)+$/, ''));
    if (!u.towns.length) throw new Error(`no towns for unit ${u.key} (${u.regionCode})`);
  }
  return {
    units,
    byKey: new Map(units.map((u) => [u.key, u])),
    regions,
    counties: all.filter((r) => r.level === 'county').map((r) => r.code),
  };
}

/** A unit and everything below it. */
export function subtree(set: UnitSet, index: number): number[] {
  const out = [index];
  for (let i = 0; i < out.length; i++) out.push(...set.units[out[i]!]!.children);
  return out;
}
