// The data generator: a deterministic plan of the history (which unit registers which matter on which day,
// ~20% repeats), petitions built from it on demand, and fresh petitions for the registration benchmark.
import {
  dayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
  type IsoDate,
} from '../src/domain/deadlines/index.js';
import { formatCaseNo } from '../src/domain/register/index.js';
import { matterOf } from './matter.js';
import { petitionOf, type Petition } from './petition.js';
import { mixSeed, Rng } from './prng.js';
import { subtree, type UnitSet } from './units.js';

export const HISTORY_FROM = '2024-01-01';
/** Share of petitions that repeat an earlier matter (same petitioner and accused, reworded, within 365 days). */
export const REPEAT_SHARE = 0.2;
const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface HistoryPlan {
  n: number;
  seed: number;
  today: IsoDate;
  day: Int32Array;
  unit: Uint8Array;
  matterSeed: Uint32Array;
  matterUnit: Uint8Array;
  originDay: Int32Array;
  caseSeed: Uint32Array;
  /** Plan index of the earlier case this one repeats, or -1. */
  repeatOf: Int32Array;
  /** Registration instant (ms) and the case number's year and sequence. */
  registeredAt: Float64Array;
  year: Uint16Array;
  seq: Int32Array;
  /** Plan indices per unit, in day order. */
  byUnit: number[][];
  /** Last sequence per `unitIndex:year`, for case_counter. */
  counters: Map<string, number>;
}

/** Cases per day: fewer on weekends, slowly growing over the years; exactly n in total. */
function dailyCounts(first: number, last: number, n: number): Int32Array {
  const days = last - first + 1;
  const w = new Float64Array(days);
  let total = 0;
  for (let d = 0; d < days; d++) {
    const wd = weekdayOfDayNumber(first + d);
    w[d] = (wd === 0 ? 0.35 : wd === 6 ? 0.45 : 1.2) * (0.85 + (0.3 * d) / days);
    total += w[d]!;
  }
  const counts = new Int32Array(days);
  let given = 0;
  for (let d = 0; d < days; d++) given += counts[d] = Math.floor((w[d]! / total) * n);
  for (let d = 0; given < n; d = (d + 7) % days, given++) counts[d]!++;
  return counts;
}

/** An earlier case of the unit (or, now and then, of a unit below it) to repeat, or -1. */
export function repeatSource(
  set: UnitSet,
  plan: Pick<HistoryPlan, 'day' | 'byUnit'>,
  unit: number,
  day: number,
  rng: Rng,
): number {
  const below = subtree(set, unit).filter((u) => u !== unit && plan.byUnit[u]!.length);
  const from = below.length && rng.chance(0.15) ? rng.pick(below) : unit;
  const list = plan.byUnit[from]!;
  const age = 1 + Math.min(363, Math.floor(-Math.log(1 - rng.float()) * 75));
  const target = day - age;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (plan.day[list[mid]!]! <= target) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  if (found < 0) return -1;
  const src = list[found]!;
  return day - plan.day[src]! <= 364 ? src : -1;
}

export function planHistory(set: UnitSet, n: number, seed: number, today: IsoDate): HistoryPlan {
  const first = dayNumber(HISTORY_FROM);
  const last = dayNumber(today) - 1;
  const counts = dailyCounts(first, last, n);
  const unitTable = set.units.filter((u) => u.weight > 0).map((u) => [u.index, u.weight] as const);
  const plan: HistoryPlan = {
    n,
    seed,
    today,
    day: new Int32Array(n),
    unit: new Uint8Array(n),
    matterSeed: new Uint32Array(n),
    matterUnit: new Uint8Array(n),
    originDay: new Int32Array(n),
    caseSeed: new Uint32Array(n),
    repeatOf: new Int32Array(n),
    registeredAt: new Float64Array(n),
    year: new Uint16Array(n),
    seq: new Int32Array(n),
    byUnit: set.units.map(() => []),
    counters: new Map(),
  };
  const rng = new Rng(seed);
  let i = 0;
  for (let d = 0; d < counts.length; d++) {
    const day = first + d;
    for (let k = 0; k < counts[d]!; k++, i++) {
      const unit = rng.weighted(unitTable);
      const src = rng.chance(REPEAT_SHARE) ? repeatSource(set, plan, unit, day, rng) : -1;
      plan.day[i] = day;
      plan.unit[i] = unit;
      plan.repeatOf[i] = src;
      plan.matterSeed[i] = src < 0 ? mixSeed(seed, i) : plan.matterSeed[src]!;
      plan.matterUnit[i] = src < 0 ? unit : plan.matterUnit[src]!;
      plan.originDay[i] = src < 0 ? day : plan.originDay[src]!;
      plan.caseSeed[i] = mixSeed(seed ^ 0x5eed, i);
      // Registered the same day or a little later, during office hours (China time).
      const regDay = Math.min(
        last,
        day +
          rng.weighted([
            [0, 70],
            [1, 20],
            [2, 10],
          ] as const),
      );
      plan.registeredAt[i] = regDay * MS_PER_DAY - CHINA_OFFSET_MS + rng.int(8.5 * 3600, 17.5 * 3600) * 1000;
      const year = yearOfDayNumber(regDay);
      const key = `${unit}:${year}`;
      const seq = (plan.counters.get(key) ?? 0) + 1;
      plan.counters.set(key, seq);
      plan.year[i] = year;
      plan.seq[i] = seq;
      plan.byUnit[unit]!.push(i);
    }
  }
  return plan;
}

export interface PlannedCase extends Petition {
  index: number;
  unit: number;
  caseNo: string;
  registeredAt: Date;
}

/** The full petition of plan entry i (deterministic: the same on every run). */
export function plannedCase(set: UnitSet, plan: HistoryPlan, i: number): PlannedCase {
  const matter = matterOf(set, set.units[plan.matterUnit[i]!]!, plan.matterSeed[i]!, plan.originDay[i]!);
  const src = plan.repeatOf[i]!;
  const petition = petitionOf(matter, plan.caseSeed[i]!, plan.day[i]!, src < 0 ? null : plan.day[src]!);
  const unit = plan.unit[i]!;
  return {
    ...petition,
    index: i,
    unit,
    caseNo: formatCaseNo(set.units[unit]!.code, plan.year[i]!, plan.seq[i]!),
    registeredAt: new Date(plan.registeredAt[i]!),
  };
}

/** New petitions for a unit, received in the last three days; ~20% repeat a matter of the history. */
export class FreshPetitions {
  private readonly rng: Rng;
  private count = 0;
  constructor(
    private readonly set: UnitSet,
    private readonly plan: HistoryPlan,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  next(unit: number, today: IsoDate): Petition & { repeatOf: number } {
    const rng = this.rng;
    const day =
      dayNumber(today) -
      rng.weighted([
        [0, 70],
        [1, 20],
        [2, 10],
      ] as const);
    const src = rng.chance(REPEAT_SHARE) ? repeatSource(this.set, this.plan, unit, day, rng) : -1;
    const n = this.count++;
    const matterSeed = src < 0 ? mixSeed(this.plan.seed ^ 0xf7e5, n) : this.plan.matterSeed[src]!;
    const matterUnit = src < 0 ? unit : this.plan.matterUnit[src]!;
    const matter = matterOf(
      this.set,
      this.set.units[matterUnit]!,
      matterSeed,
      src < 0 ? day : this.plan.originDay[src]!,
    );
    return {
      ...petitionOf(matter, mixSeed(0xfe5, n), day, src < 0 ? null : this.plan.day[src]!),
      repeatOf: src,
    };
  }
}
