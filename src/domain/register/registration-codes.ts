// Code lists of the registration form (domain-reference §5.4 A, §2.1, §7.2) with the labels users see.
// Lists the shared vocabulary does not hold yet; they are registration-specific.
import type { Pipeline } from '../vocabulary/index.js';

/** 信访事项性质 of government petitions (《信访工作条例》: 建议意见类 / 检举控告类 / 申诉求决类). */
export const GOVERNMENT_NATURES = ['suggestion', 'accusation', 'claim'] as const;
export type GovernmentNature = (typeof GOVERNMENT_NATURES)[number];
export const GOVERNMENT_NATURE_LABELS: Record<GovernmentNature, string> = {
  suggestion: '建议意见',
  accusation: '检举控告',
  claim: '申诉求决',
};

/** 信访类别 of discipline reports (检举控告 / 申诉 / 批评建议 / 业务范围外, plus 无实质内容 counted in reports). */
export const DISCIPLINE_CLASSES = ['accusation', 'appeal', 'criticism', 'outOfScope', 'noSubstance'] as const;
export type DisciplineClass = (typeof DISCIPLINE_CLASSES)[number];
export const DISCIPLINE_CLASS_LABELS: Record<DisciplineClass, string> = {
  accusation: '检举控告',
  appeal: '申诉',
  criticism: '批评建议',
  outOfScope: '业务范围外',
  noSubstance: '无实质内容',
};

/** One field holds the nature (government) or the class (discipline); which list applies follows the pipeline. */
export type CaseNature = GovernmentNature | DisciplineClass;

export const NATURES_BY_PIPELINE: Record<Pipeline, readonly CaseNature[]> = {
  government: GOVERNMENT_NATURES,
  discipline: DISCIPLINE_CLASSES,
};

export function isNatureOf(pipeline: Pipeline, nature: string): nature is CaseNature {
  return (NATURES_BY_PIPELINE[pipeline] as readonly string[]).includes(nature);
}

/** The label of a nature within its pipeline, or null when the nature does not belong to it. */
export function natureLabel(pipeline: Pipeline, nature: string): string | null {
  if (!isNatureOf(pipeline, nature)) return null;
  return pipeline === 'government'
    ? GOVERNMENT_NATURE_LABELS[nature as GovernmentNature]
    : DISCIPLINE_CLASS_LABELS[nature as DisciplineClass];
}

/** The label of a nature in whichever pipeline has it (accusation reads the same in both). */
export function anyNatureLabel(nature: string): string | null {
  return natureLabel('government', nature) ?? natureLabel('discipline', nature);
}

/** Classes that carry no matter to categorise or route. */
export const UNCATEGORISED_NATURES: readonly CaseNature[] = ['outOfScope', 'noSubstance'];

/** 信访来源: where the item came from (Sinosoft 01 自收 / 02 上级转来 / 03 其他部门转来). */
export const CASE_SOURCES = [
  'direct',
  'leaderAssigned',
  'upperTransferred',
  'upperAssigned',
  'peerTransferred',
  'peerAssigned',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  direct: '本机关受理',
  leaderAssigned: '领导交办',
  upperTransferred: '上级转办',
  upperAssigned: '上级交办',
  peerTransferred: '其他部门转办',
  peerAssigned: '其他部门交办',
};
/** Sources that mean the item was handed over by another body. */
export const FORWARDED_SOURCES: readonly CaseSource[] = [
  'upperTransferred',
  'upperAssigned',
  'peerTransferred',
  'peerAssigned',
];

/** 紧急程度. */
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '特急' };

/** 密级. 绝密 is deliberately absent: such material never enters this system. */
export const SECRECY_LEVELS = ['none', 'internal', 'confidential', 'secret'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LABELS: Record<Secrecy, string> = {
  none: '非密',
  internal: '内部',
  confidential: '秘密',
  secret: '机密',
};

/** 被反映人类型. */
export const ACCUSED_KINDS = ['person', 'unit'] as const;
export type AccusedKind = (typeof ACCUSED_KINDS)[number];
export const ACCUSED_KIND_LABELS: Record<AccusedKind, string> = { person: '个人', unit: '单位' };

export const SEX_LABELS = { male: '男', female: '女' } as const;
