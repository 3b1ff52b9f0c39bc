// Which history cases the repeat-candidate benchmark asks about: half planned repeats, half any case, each
// asked by a registrar whose unit can see it.
import { formatCaseNo } from '../src/domain/register/index.js';
import type { HistoryPlan } from './generate.js';
import { Rng } from './prng.js';
import type { UnitSet } from './units.js';

/**
 * The matter (seed) of every history case by its number. A repeat counts as found when a candidate is any case of
 * the same matter: a matter raised many times has many equally good candidates, not only the one it was planned on.
 */
export function matterByCaseNo(set: UnitSet, plan: HistoryPlan): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < plan.n; i++) m.set(formatCaseNoOf(set, plan, i), plan.matterSeed[i]!);
  return m;
}

export const formatCaseNoOf = (set: UnitSet, plan: HistoryPlan, i: number) =>
  formatCaseNo(set.units[plan.unit[i]!]!.code, plan.year[i]!, plan.seq[i]!);

/** The nearest unit at or above `unit` that has a registrar account (whose scope covers `unit`), or null. */
export function registrarUnitFor(set: UnitSet, unit: number): number | null {
  for (let u: number | null = unit; u !== null; u = set.units[u]!.parent)
    if (set.units[u]!.registrar) return u;
  return null;
}

export interface Sample {
  planIndex: number;
  caseNo: string;
  registrarUnit: number;
  /** The matter of a planned repeat (its earlier cases are the right candidates), or null. */
  repeatMatter: number | null;
}

export function sampleHistory(set: UnitSet, plan: HistoryPlan, count: number, seed: number): Sample[] {
  const rng = new Rng(seed);
  const out: Sample[] = [];
  const seen = new Set<number>();
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const wantRepeat = out.length % 2 === 0;
    const i = rng.int(0, plan.n - 1);
    if (seen.has(i) || (wantRepeat && plan.repeatOf[i]! < 0)) continue;
    const registrarUnit = registrarUnitFor(set, plan.unit[i]!);
    if (registrarUnit === null) continue;
    seen.add(i);
    const src = plan.repeatOf[i]!;
    out.push({
      planIndex: i,
      caseNo: formatCaseNoOf(set, plan, i),
      registrarUnit,
      repeatMatter: src >= 0 ? plan.matterSeed[src]! : null,
    });
  }
  return out;
}
