// 考核: the yearly target-responsibility agreement (《信访工作目标责任状》), scores from the indicators, veto items
// (一票否决) and the year-end scorecard. Formulas are the conventional ones (domain-reference §6); weights and veto
// thresholds are data of each agreement.
import type { FieldError } from '../errors.js';
import type { Ratio } from '../indicators/rates.js';

export const ASSESSED_INDICATORS = ['timelyAcceptance', 'onTimeConclusion', 'satisfactionRate', 'repeatRate', 'skipLevelCount', 'groupVisitCount', 'punctualRiskReports', 'resolutionRate'] as const;
export type AssessedIndicator = (typeof ASSESSED_INDICATORS)[number];
export const ASSESSED_INDICATOR_LABELS: Record<AssessedIndicator, string> = {
  timelyAcceptance: '及时受理率',
  onTimeConclusion: '按期办结率',
  satisfactionRate: '群众满意率',
  repeatRate: '重复信访率',
  skipLevelCount: '越级访',
  groupVisitCount: '集体访',
  punctualRiskReports: '隐患排查按时上报率',
  resolutionRate: '包案化解率',
};
/** How each indicator turns into points. */
export const SCORING_RULE: Record<AssessedIndicator, 'rate' | 'inverseRate' | 'count'> = {
  timelyAcceptance: 'rate',
  onTimeConclusion: 'rate',
  satisfactionRate: 'rate',
  repeatRate: 'inverseRate',
  skipLevelCount: 'count',
  groupVisitCount: 'count',
  punctualRiskReports: 'rate',
  resolutionRate: 'rate',
};
export const SCORING_DESCRIPTIONS: Record<'rate' | 'inverseRate' | 'count', string> = {
  rate: '得分 = 分值 × 比率（无应考核事项按满分计）',
  inverseRate: '得分 = 分值 × (1 − 比率)（无应考核事项按满分计）',
  count: '每发生 1 起扣减规定分数，扣完为止',
};

export type Weights = Record<AssessedIndicator, number>;
export const DEFAULT_WEIGHTS: Weights = { timelyAcceptance: 15, onTimeConclusion: 20, satisfactionRate: 15, repeatRate: 10, skipLevelCount: 10, groupVisitCount: 10, punctualRiskReports: 10, resolutionRate: 10 };

/** 一票否决 items: any 越级访 beyond the city; any 集体访 of at least N people. */
export interface VetoRules {
  skipLevelBeyondCity: boolean;
  groupVisitAtLeast: number | null;
}
export const DEFAULT_VETO: VetoRules = { skipLevelBeyondCity: true, groupVisitAtLeast: 50 };
export const DEFAULT_DEDUCTION_PER_EVENT = 2;

export interface AgreementTerms {
  weights: Weights;
  veto: VetoRules;
  /** Points taken off a count indicator per event. */
  deductionPerEvent: number;
}

export function agreementProblems(t: AgreementTerms): FieldError[] {
  const out: FieldError[] = [];
  for (const i of ASSESSED_INDICATORS) {
    const w = t.weights[i];
    if (!Number.isInteger(w) || w < 0) out.push({ field: `weights.${i}`, message: `${ASSESSED_INDICATOR_LABELS[i]}的分值须为非负整数` });
  }
  const sum = ASSESSED_INDICATORS.reduce((a, i) => a + (t.weights[i] ?? 0), 0);
  if (!out.length && sum !== 100) out.push({ field: 'weights', message: `各项分值合计须为 100 分（现为 ${sum} 分）` });
  if (t.veto.groupVisitAtLeast !== null && (!Number.isInteger(t.veto.groupVisitAtLeast) || t.veto.groupVisitAtLeast < 5))
    out.push({ field: 'veto.groupVisitAtLeast', message: '集体访否决人数须为不少于 5 的整数' });
  if (!(t.deductionPerEvent > 0 && t.deductionPerEvent <= 100)) out.push({ field: 'deductionPerEvent', message: '每起扣分须大于 0' });
  return out;
}

/** What the indicators came to for the unit and year. */
export interface AssessmentFacts {
  rates: Partial<Record<AssessedIndicator, Ratio>>;
  counts: Partial<Record<AssessedIndicator, number>>;
  /** 越级访 received beyond the city (province or central). */
  skipLevelBeyondCity: number;
  /** Headcounts of the year's 集体访. */
  groupVisitSizes: number[];
}

export interface ScoreLine {
  indicator: AssessedIndicator;
  label: string;
  weight: number;
  value: Ratio | number | null;
  points: number;
  note: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The scorecard: points per indicator, total, vetoes and the grade (一票否决 voids the standing). */
export function scorecard(terms: AgreementTerms, facts: AssessmentFacts) {
  const lines: ScoreLine[] = ASSESSED_INDICATORS.map((i) => {
    const weight = terms.weights[i];
    const rule = SCORING_RULE[i];
    if (rule === 'count') {
      const n = facts.counts[i] ?? 0;
      return { indicator: i, label: ASSESSED_INDICATOR_LABELS[i], weight, value: n, points: round1(Math.max(0, weight - n * terms.deductionPerEvent)), note: n ? `${n} 起，每起扣 ${terms.deductionPerEvent} 分` : '未发生' };
    }
    const r = facts.rates[i] ?? null;
    if (!r || r.rate === null) return { indicator: i, label: ASSESSED_INDICATOR_LABELS[i], weight, value: r, points: weight, note: '无应考核事项，按满分计' };
    const share = rule === 'rate' ? r.rate : 1 - r.rate;
    return { indicator: i, label: ASSESSED_INDICATOR_LABELS[i], weight, value: r, points: round1(weight * share), note: `${r.numerator}/${r.denominator}` };
  });
  const vetoes: { item: string; count: number }[] = [];
  if (terms.veto.skipLevelBeyondCity && facts.skipLevelBeyondCity > 0) vetoes.push({ item: '发生到市以上的越级访', count: facts.skipLevelBeyondCity });
  const min = terms.veto.groupVisitAtLeast;
  const big = min === null ? 0 : facts.groupVisitSizes.filter((n) => n >= min).length;
  if (big) vetoes.push({ item: `发生 ${min} 人以上集体访`, count: big });
  const total = round1(lines.reduce((a, l) => a + l.points, 0));
  return { lines, total, vetoes, vetoed: vetoes.length > 0, grade: vetoes.length ? '一票否决' : gradeOf(total) };
}

export const gradeOf = (total: number) => (total >= 90 ? '优秀' : total >= 80 ? '良好' : total >= 60 ? '合格' : '不合格');
