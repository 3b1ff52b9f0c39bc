// Which history cases the repeat-candidate benchmark asks about: half planned repeats, half any case, each
// asked by a registrar whose unit can see it.
import { formatCaseNo } from '../src/domain/register/index.js';
import type { HistoryPlan } from './generate.js';
import { Rng } from './prng.js';
import type { UnitSet } from './units.js';

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
  /** Case number of the earlier case it repeats (planned), or null. */
  repeatOfCaseNo: string | null;
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
      repeatOfCaseNo: src >= 0 ? formatCaseNoOf(set, plan, src) : null,
    });
  }
  return out;
}
