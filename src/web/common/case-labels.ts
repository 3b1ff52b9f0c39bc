// Chinese labels of what the case API returns as identifiers. The lists live in the domain; this file only looks
// them up, and an identifier missing there still shows (as itself) rather than vanishing.
import {
  ACCUSED_KIND_LABELS,
  anyNatureLabel,
  CASE_SOURCE_LABELS,
  natureLabel,
  SECRECY_LABELS,
  SEX_LABELS,
  URGENCY_LABELS,
} from '../../domain/register/registration-codes.js';
import {
  CHANNEL_LABELS,
  PIPELINE_LABELS,
  RANK_LABELS,
  type Pipeline,
} from '../../domain/vocabulary/index.js';
import { STATE_LABELS } from '../../domain/workflow/states.js';

const lookup =
  (labels: Record<string, string>) =>
  (value: string | null | undefined): string =>
    value ? (labels[value] ?? value) : '—';

export const channelLabel = lookup(CHANNEL_LABELS);
export const sourceLabel = lookup(CASE_SOURCE_LABELS);
export const pipelineLabel = lookup(PIPELINE_LABELS);
export const urgencyLabel = lookup(URGENCY_LABELS);
export const secrecyLabel = lookup(SECRECY_LABELS);
export const sexLabel = lookup(SEX_LABELS);
export const accusedKindLabel = lookup(ACCUSED_KIND_LABELS);
export const rankLabel = lookup(RANK_LABELS);
export const caseStateLabel = lookup(STATE_LABELS);

/** 性质 (government) or 类别 (discipline): the label within the case's own pipeline. */
export function caseNatureLabel(pipeline: string, nature: string): string {
  return natureLabel(pipeline as Pipeline, nature) ?? anyNatureLabel(nature) ?? nature;
}

/** What the nature field is called in each pipeline. */
export const natureFieldLabel = (pipeline: string | undefined) =>
  pipeline === 'government' ? '信访事项性质' : pipeline === 'discipline' ? '信访类别' : '性质/类别';

export const REPEAT_STATUS_LABELS: Record<string, string> = {
  unchecked: '未甄别',
  new: '新件',
  repeat: '重复件',
};
export const repeatStatusLabel = lookup(REPEAT_STATUS_LABELS);

export const ATTACHMENT_KIND_LABELS: Record<string, string> = {
  scan: '扫描件',
  image: '图片',
  audio: '录音',
  document: '文档',
  other: '其他',
};
export const attachmentKindLabel = lookup(ATTACHMENT_KIND_LABELS);

export const LIGHT_LABELS: Record<string, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
export const LIGHT_COLORS: Record<string, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };

/** Select options from a code list and its labels, in the list's order. */
export const optionsOf = <T extends string>(codes: readonly T[], labels: Record<T, string>) =>
  codes.map((value) => ({ value, label: labels[value] }));
