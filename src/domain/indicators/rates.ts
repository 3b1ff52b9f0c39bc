// The indicator arithmetic over plain facts (no database): the service loads the facts, these functions count.
import { compareDates, daysBetween, type IsoDate, type TimeLimitStep } from '../deadlines/index.js';
import type { Evaluation } from '../vocabulary/index.js';
import { ACCEPTANCE_STEPS, CONCLUSION_STEPS } from './definitions.js';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** A numerator over a denominator; `rate` is null when nothing was due (never a made-up 100%). */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

export const inPeriod = (day: IsoDate | null | undefined, p: Period): boolean =>
  !!day && compareDates(day, p.from) >= 0 && compareDates(day, p.to) <= 0;

/** One time-limit clock of a case (case_deadline): its due date already holds extensions and paused spans. */
export interface ClockFact {
  caseId: string;
  step: TimeLimitStep;
  dueOn: IsoDate;
  status: 'running' | 'met' | 'missed' | 'stopped';
  /** Frozen when the step completed; null while running. */
  onTime: boolean | null;
  /** A running clock under 中止: its due date moves on every day, so it has not fallen due. */
  paused: boolean;
}

/**
 * Cases whose clocks of `steps` fell due in the period, and how many of them were kept. A case counts once: it is
 * due on its first due date among those clocks, and on time only if every such clock was met. A running clock past
 * its due date counts against (open and overdue); a stopped clock (the duty no longer applied) is not counted; a
 * clock done early counts in the period of its due date.
 */
export function clocksKept(clocks: readonly ClockFact[], steps: readonly TimeLimitStep[], period: Period, asOf: IsoDate): Ratio {
  const byCase = new Map<string, ClockFact[]>();
  for (const c of clocks) {
    if (!steps.includes(c.step) || c.status === 'stopped') continue;
    byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c]);
  }
  let due = 0;
  let kept = 0;
  for (const list of byCase.values()) {
    const first = list.map((c) => c.dueOn).sort(compareDates)[0]!;
    if (!inPeriod(first, period)) continue;
    const late = (c: ClockFact) => (c.status === 'running' ? !c.paused && compareDates(c.dueOn, asOf) < 0 : c.onTime === false);
    const decided = list.every((c) => c.status !== 'running') || list.some(late) || compareDates(first, asOf) < 0;
    if (!decided || list.every((c) => c.status === 'running' && c.paused)) continue;
    due++;
    if (!list.some(late) && list.some((c) => c.status !== 'running')) kept++;
  }
  return ratio(kept, due);
}

/** 及时受理率. */
export const timelyAcceptance = (clocks: readonly ClockFact[], period: Period, asOf: IsoDate) => clocksKept(clocks, ACCEPTANCE_STEPS, period, asOf);

/** 按期办结率. */
export const onTimeConclusion = (clocks: readonly ClockFact[], period: Period, asOf: IsoDate) => clocksKept(clocks, CONCLUSION_STEPS, period, asOf);

/** A case answered (答复), with its evaluation if the petitioner gave one. */
export interface ReplyFact {
  repliedOn: IsoDate;
  evaluation: Evaluation | null;
}

/** 参评率: evaluated ÷ answered in the period. */
export function evaluationRate(replies: readonly ReplyFact[], period: Period): Ratio {
  const answered = replies.filter((r) => inPeriod(r.repliedOn, period));
  return ratio(answered.filter((r) => r.evaluation).length, answered.length);
}

export interface SatisfactionOptions {
  /** 基本满意 counts as satisfied (default true). */
  countBasicallySatisfied?: boolean;
}

/** 满意率: satisfied (+ basically satisfied, configurable) ÷ evaluated, of the cases answered in the period. */
export function satisfactionRate(replies: readonly ReplyFact[], period: Period, options: SatisfactionOptions = {}): Ratio {
  const evaluated = replies.filter((r) => inPeriod(r.repliedOn, period) && r.evaluation);
  const good = new Set<Evaluation>(options.countBasicallySatisfied === false ? ['satisfied'] : ['satisfied', 'basicallySatisfied']);
  return ratio(evaluated.filter((r) => good.has(r.evaluation!)).length, evaluated.length);
}

/** A registered case with its flags. */
export interface RegisterFact {
  receivedOn: IsoDate;
  repeat: boolean;
  skipLevel?: boolean;
  groupVisit?: boolean;
}

/** 重复信访率: cases confirmed as repeats ÷ every case registered in the period. */
export function repeatRate(cases: readonly RegisterFact[], period: Period): Ratio {
  const registered = cases.filter((c) => inPeriod(c.receivedOn, period));
  return ratio(registered.filter((c) => c.repeat).length, registered.length);
}

/** 越级访 and 集体访 counts of the period. */
export function flagCounts(cases: readonly RegisterFact[], period: Period): { skipLevel: number; groupVisit: number } {
  const registered = cases.filter((c) => inPeriod(c.receivedOn, period));
  return { skipLevel: registered.filter((c) => c.skipLevel).length, groupVisit: registered.filter((c) => c.groupVisit).length };
}

/** A matter targeted for resolution (领导包案), and the day it was resolved if it was. */
export interface TargetFact {
  targetedOn: IsoDate;
  resolvedOn: IsoDate | null;
}

/** 化解率: targeted cases of the period resolved by its end ÷ targeted cases of the period. */
export function resolutionRate(targets: readonly TargetFact[], period: Period): Ratio {
  const targeted = targets.filter((t) => inPeriod(t.targetedOn, period));
  return ratio(targeted.filter((t) => t.resolvedOn && compareDates(t.resolvedOn, period.to) <= 0).length, targeted.length);
}

/** "零越级" streak: whole days from the last skip-level visit (or from `since`) to `asOf`. */
export function zeroSkipLevelDays(lastSkipLevelOn: IsoDate | null, since: IsoDate, asOf: IsoDate): number {
  const start = lastSkipLevelOn && compareDates(lastSkipLevelOn, since) > 0 ? lastSkipLevelOn : since;
  return Math.max(0, daysBetween(start, asOf));
}
