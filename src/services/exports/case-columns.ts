import { toChinaDate } from '../../domain/deadlines/index.js';
import { CASE_SOURCE_LABELS, natureLabel } from '../../domain/register/index.js';
import { CHANNEL_LABELS, PIPELINE_LABELS, RANK_LABELS, UNIT_LEVEL_LABELS, type Channel, type Pipeline, type Rank } from '../../domain/vocabulary/index.js';
import { QUEUE_DEFINITIONS, STATE_LABELS, type CaseState } from '../../domain/workflow/index.js';
import type { CaseListQuery } from '../../shared/schemas/index.js';
import { regionName } from '../regions.js';
import { categoryName } from '../register/categories.js';
import type { caseSummaryView } from '../register/case-detail.js';

export type CaseSummary = ReturnType<typeof caseSummaryView>;
export type CaseExportQuery = Omit<CaseListQuery, 'limit' | 'offset'>;

const yesNo = (b: boolean) => (b ? '是' : '否');
const label = <K extends string>(labels: Record<K, string>, key: string) => labels[key as K] ?? key;

/** The columns of the exported list: Chinese header, width in characters, the cell of a case. */
export const CASE_COLUMNS: { header: string; width: number; cell: (c: CaseSummary) => string | number | Date }[] = [
  { header: '信访编号', width: 22, cell: (c) => c.caseNo },
  { header: '信访日期', width: 12, cell: (c) => new Date(`${c.receivedOn}T00:00:00Z`) },
  { header: '信访形式', width: 10, cell: (c) => label(CHANNEL_LABELS, c.channel) },
  { header: '业务类型', width: 18, cell: (c) => label(PIPELINE_LABELS, c.pipeline) },
  { header: '性质', width: 12, cell: (c) => natureLabel(c.pipeline as Pipeline, c.nature) ?? c.nature },
  { header: '问题类别', width: 30, cell: (c) => (c.categoryCode ? (categoryName(c.pipeline as Pipeline, c.categoryCode) ?? c.categoryCode) : '') },
  { header: '问题属地', width: 30, cell: (c) => c.matterRegionName ?? c.matterRegionCode ?? '' },
  { header: '标题', width: 40, cell: (c) => c.title },
  { header: '信访人', width: 14, cell: (c) => c.petitionerNames ?? '' },
  { header: '人数', width: 6, cell: (c) => c.headcount },
  { header: '集体访', width: 8, cell: (c) => yesNo(c.groupVisit) },
  { header: '越级', width: 6, cell: (c) => yesNo(c.skipLevel) },
  { header: '实名', width: 6, cell: (c) => yesNo(c.realName) },
  { header: '重复', width: 6, cell: (c) => yesNo(c.repeatStatus === 'repeat') },
  { header: '状态', width: 14, cell: (c) => label(STATE_LABELS, c.state as CaseState) },
  { header: '所属单位', width: 20, cell: (c) => c.unitName },
];

const REPEAT_LABELS = { unchecked: '未甄别', new: '非重复件', repeat: '重复件' };
const MISSING_LABELS: Record<string, string> = { category: '问题类别', matterRegion: '问题属地', rank: '被反映人职级', light: '计时（无正在计时的期限）' };

/** The filters of the list in words, for the line under the title. */
export function describeFilters(q: CaseExportQuery, unitName: string | null): string {
  const parts: string[] = [];
  if (q.from || q.to) parts.push(`信访日期：${q.from ?? '不限'} 至 ${q.to ?? '不限'}`);
  else parts.push('信访日期：全部');
  if (unitName) parts.push(`单位：${unitName}${q.unitOnly === 'true' ? '（本级，不含下级）' : '（含下级）'}`);
  if (q.unitLevel) parts.push(`承办层级：${UNIT_LEVEL_LABELS[q.unitLevel]}`);
  if (q.source) parts.push(`信访来源：${CASE_SOURCE_LABELS[q.source]}`);
  if (q.queue) parts.push(`队列：${QUEUE_DEFINITIONS[q.queue].label}`);
  if (q.state) parts.push(`状态：${STATE_LABELS[q.state]}`);
  if (q.channel) parts.push(`信访形式：${CHANNEL_LABELS[q.channel as Channel]}`);
  if (q.pipeline) parts.push(`业务类型：${PIPELINE_LABELS[q.pipeline]}`);
  if (q.nature) parts.push(`性质：${(q.pipeline && natureLabel(q.pipeline, q.nature)) || natureLabel('government', q.nature) || natureLabel('discipline', q.nature)}`);
  if (q.categoryCode && q.pipeline) parts.push(`问题类别：${categoryName(q.pipeline, q.categoryCode) ?? q.categoryCode}`);
  if (q.matterRegionCode) parts.push(`问题属地：${regionName(q.matterRegionCode) ?? q.matterRegionCode}${q.matterRegionExact === 'true' ? '（未细化到下一级）' : ''}`);
  if (q.rank) parts.push(`被反映人职级：${RANK_LABELS[q.rank as Rank]}`);
  if (q.repeatStatus) parts.push(`重复件：${REPEAT_LABELS[q.repeatStatus]}`);
  const flags = { groupVisit: '集体访', skipLevel: '越级', realName: '实名', supervised: '督办' } as const;
  for (const [key, name] of Object.entries(flags)) {
    const v = q[key as keyof typeof flags];
    if (v) parts.push(`${name}：${v === 'true' ? '是' : '否'}`);
  }
  if (q.missing) parts.push(`未填写：${q.missing.split(',').map((m) => MISSING_LABELS[m] ?? m).join('、')}`);
  if (q.q) parts.push(`关键词：${q.q}`);
  return parts.join('；');
}

/** 2026-11-30 10:05, China time. */
export function chinaDateTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return `${toChinaDate(at)} ${local.toISOString().slice(11, 16)}`;
}
