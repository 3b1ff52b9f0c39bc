// The indicators of domain.md ("Indicators"), with the Chinese definition shown beside every figure.
import type { TimeLimitStep } from '../deadlines/index.js';

export const INDICATORS = [
  'timelyAcceptance',
  'onTimeConclusion',
  'evaluationRate',
  'satisfactionRate',
  'repeatRate',
  'resolutionRate',
  'skipLevelCount',
  'groupVisitCount',
] as const;
export type Indicator = (typeof INDICATORS)[number];

export const INDICATOR_LABELS: Record<Indicator, string> = {
  timelyAcceptance: '及时受理率',
  onTimeConclusion: '按期办结率',
  evaluationRate: '参评率',
  satisfactionRate: '满意率',
  repeatRate: '重复信访率',
  resolutionRate: '化解率',
  skipLevelCount: '越级访',
  groupVisitCount: '集体访',
};

/** Rates are fractions; counts are numbers of cases. */
export const INDICATOR_KINDS: Record<Indicator, 'rate' | 'count'> = {
  timelyAcceptance: 'rate',
  onTimeConclusion: 'rate',
  evaluationRate: 'rate',
  satisfactionRate: 'rate',
  repeatRate: 'rate',
  resolutionRate: 'rate',
  skipLevelCount: 'count',
  groupVisitCount: 'count',
};

/** The clocks that measure the decision to accept, transfer or assign (受理环节). */
export const ACCEPTANCE_STEPS: readonly TimeLimitStep[] = ['transferOrAssign', 'acceptanceNotice', 'lowerAccept', 'realNameAcceptNotice'];
/** The clocks that measure handling up to the reply (办理环节): the statutory limit, or the assigning unit's. */
export const CONCLUSION_STEPS: readonly TimeLimitStep[] = ['conclude', 'assignmentResult'];

/** The definition shown beside a figure. 满意率 says whether 基本满意 counts, as configured. */
export function indicatorDefinition(indicator: Indicator, options: { countBasicallySatisfied?: boolean } = {}): string {
  switch (indicator) {
    case 'timelyAcceptance':
      return '及时受理率 = 在期限内完成受理、转送或交办的信访件数 ÷ 受理期限届满日在统计期内的信访件数。期限届满仍未办理的计为未及时；期限被停止（如件已上报）的不计。';
    case 'onTimeConclusion':
      return '按期办结率 = 在办理期限（含经批准的延期）内办结并答复的信访件数 ÷ 办理期限届满日在统计期内的信访件数。中止期间不计入期限；超期未办结的计为未按期。';
    case 'evaluationRate':
      return '参评率 = 已评价的信访件数 ÷ 统计期内已答复的信访件数。';
    case 'satisfactionRate':
      return options.countBasicallySatisfied === false
        ? '满意率 = 评价为“满意”的信访件数 ÷ 已评价的信访件数（“基本满意”不计为满意）。'
        : '满意率 = 评价为“满意”或“基本满意”的信访件数 ÷ 已评价的信访件数。';
    case 'repeatRate':
      return '重复信访率 = 认定为重复件的信访件数 ÷ 统计期内登记的全部信访件数。';
    case 'resolutionRate':
      return '化解率 = 统计期内列入领导包案的事项（信访件、隐患、重点人员、村居、企业）中至期末已化解的件数 ÷ 统计期内列入领导包案的事项数。';
    case 'skipLevelCount':
      return '越级访 = 统计期内登记的越级访件数，按问题属地统计；“零越级”为距最近一次越级访的天数。';
    case 'groupVisitCount':
      return '集体访 = 统计期内登记的集体访件数（5 人及以上），按问题属地统计。';
  }
}
