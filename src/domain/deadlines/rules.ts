// The default time limits of domain.md ("Default time limits") and domain-reference.md §3, as data.
// Admins may change the numbers; `label` is the verb phrase a notice uses ("应于…前受理告知").
import type { Pipeline } from '../vocabulary/index.js';

export const TIME_LIMIT_STEPS = [
  'transferOrAssign',
  'acceptanceNotice',
  'objection',
  'conclude',
  'extension',
  'reviewRequest',
  'reviewOpinion',
  'reReviewRequest',
  'reReviewOpinion',
  'sendUp',
  'lowerAccept',
  'realNameAcceptNotice',
  'realNameResultNotice',
  'assignmentResult',
] as const;
export type TimeLimitStep = (typeof TIME_LIMIT_STEPS)[number];

export type DayUnit = 'calendar' | 'working';
export const DAY_UNIT_LABELS: Record<DayUnit, string> = { calendar: '日', working: '个工作日' };

export interface TimeLimitRule {
  step: TimeLimitStep;
  pipeline: Pipeline;
  days: number;
  unit: DayUnit;
  /** Verb phrase for notices and previews, e.g. 受理告知 (…应于…前受理告知). */
  label: string;
  /** What the limit is called on admin screens. */
  name: string;
  /** The event the count starts from (the day after it is day 1). */
  from: string;
  basis: string;
}

export const DEFAULT_TIME_LIMIT_RULES: readonly TimeLimitRule[] = [
  {
    step: 'transferOrAssign',
    pipeline: 'government',
    days: 15,
    unit: 'calendar',
    label: '转送交办',
    name: '登记后转送、交办期限',
    from: '收到信访事项之日',
    basis: '《信访工作条例》第二十二条',
  },
  {
    step: 'acceptanceNotice',
    pipeline: 'government',
    days: 15,
    unit: 'calendar',
    label: '书面告知受理情况',
    name: '受理告知期限',
    from: '收到信访事项之日',
    basis: '《信访工作条例》第二十三条',
  },
  {
    step: 'objection',
    pipeline: 'government',
    days: 5,
    unit: 'working',
    label: '提出异议',
    name: '不属职责范围的异议期限',
    from: '收到转送、交办事项之日',
    basis: '《信访工作条例》第二十三条第三款',
  },
  {
    step: 'conclude',
    pipeline: 'government',
    days: 60,
    unit: 'calendar',
    label: '办结答复',
    name: '办理期限',
    from: '受理之日',
    basis: '《信访工作条例》',
  },
  {
    step: 'extension',
    pipeline: 'government',
    days: 30,
    unit: 'calendar',
    label: '办结答复',
    name: '延期期限（最长，限一次）',
    from: '原办理期限届满之日',
    basis: '《信访工作条例》：经批准可延长，不超过30日，并告知理由',
  },
  {
    step: 'reviewRequest',
    pipeline: 'government',
    days: 30,
    unit: 'calendar',
    label: '申请复查',
    name: '申请复查期限',
    from: '收到书面答复之日',
    basis: '《信访工作条例》',
  },
  {
    step: 'reviewOpinion',
    pipeline: 'government',
    days: 30,
    unit: 'calendar',
    label: '出具复查意见',
    name: '复查期限',
    from: '收到复查请求之日',
    basis: '《信访工作条例》',
  },
  {
    step: 'reReviewRequest',
    pipeline: 'government',
    days: 30,
    unit: 'calendar',
    label: '申请复核',
    name: '申请复核期限',
    from: '收到复查意见之日',
    basis: '《信访工作条例》',
  },
  {
    step: 'reReviewOpinion',
    pipeline: 'government',
    days: 30,
    unit: 'calendar',
    label: '出具复核意见',
    name: '复核期限',
    from: '收到复核请求之日（听证时间不计入）',
    basis: '《信访工作条例》',
  },
  {
    step: 'sendUp',
    pipeline: 'discipline',
    days: 5,
    unit: 'working',
    label: '报送上级纪检监察机关',
    name: '报送上级期限',
    from: '收到检举控告之日',
    basis: '《纪检监察机关处理检举控告工作规则》第十五条',
  },
  {
    step: 'lowerAccept',
    pipeline: 'discipline',
    days: 5,
    unit: 'working',
    label: '受理或转办',
    name: '下级受理或转办期限',
    from: '收到上级转来事项之日',
    basis: '《纪检监察机关处理检举控告工作规则》第十六条',
  },
  {
    step: 'realNameAcceptNotice',
    pipeline: 'discipline',
    days: 15,
    unit: 'working',
    label: '受理告知',
    name: '实名检举控告受理告知期限',
    from: '收到检举控告之日',
    basis: '《纪检监察机关处理检举控告工作规则》',
  },
  {
    step: 'realNameResultNotice',
    pipeline: 'discipline',
    days: 15,
    unit: 'working',
    label: '反馈处理结果',
    name: '实名检举控告结果反馈期限',
    from: '办结之日',
    basis: '《纪检监察机关处理检举控告工作规则》',
  },
  {
    step: 'assignmentResult',
    pipeline: 'government',
    days: 60,
    unit: 'calendar',
    label: '报送交办结果',
    name: '交办件结果报送期限',
    from: '交办之日（期限由交办单位确定）',
    basis: '《信访工作条例》第二十二条',
  },
];

/** The rule for a step from a (possibly admin-edited) rule set. */
export function ruleFor(
  step: TimeLimitStep,
  rules: readonly TimeLimitRule[] = DEFAULT_TIME_LIMIT_RULES,
): TimeLimitRule {
  const rule = rules.find((r) => r.step === step);
  if (!rule) throw new RangeError(`未配置办理期限：${step}`);
  return rule;
}

/** Problems with an admin-edited rule, in Chinese; empty when it is usable. */
export function checkRule(rule: TimeLimitRule): string[] {
  const problems: string[] = [];
  if (!TIME_LIMIT_STEPS.includes(rule.step)) problems.push(`未知的期限环节：${String(rule.step)}`);
  if (!Number.isInteger(rule.days) || rule.days < 1 || rule.days > 3650)
    problems.push('期限天数应为 1 至 3650 之间的整数');
  if (rule.unit !== 'calendar' && rule.unit !== 'working') problems.push('计算方式应为自然日或工作日');
  if (!rule.label.trim() || !rule.name.trim()) problems.push('期限名称和用语不能为空');
  return problems;
}
