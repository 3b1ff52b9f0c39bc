import { Descriptions, Typography } from 'antd';
import {
  caseNatureLabel,
  channelLabel,
  natureFieldLabel,
  pipelineLabel,
  secrecyLabel,
  sourceLabel,
  urgencyLabel,
} from '../../../../common/case-labels.js';
import { chinaTime } from '../../../../common/format.js';
import { LightDot } from '../shared/case-tags.js';
import type { CaseDetail, CategoryTrees } from '../types.js';
import { categoryName } from '../shared/categories.js';

const text = (v: string | null | undefined) =>
  v ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{v}</Typography.Paragraph> : '—';

/** 登记信息: every field of the registration, in the order of the 信访登记表. */
export function CaseInfo({ c, categories }: { c: CaseDetail; categories: CategoryTrees | undefined }) {
  const items = [
    { key: 'receivedOn', label: '信访日期', children: c.receivedOn },
    { key: 'registeredAt', label: '登记时间', children: chinaTime(c.registeredAt) },
    { key: 'registeredBy', label: '登记人', children: c.registeredByName ?? '—' },
    { key: 'unit', label: '登记单位', children: c.unitName },
    { key: 'channel', label: '信访形式', children: channelLabel(c.channel) },
    { key: 'source', label: '信访来源', children: sourceLabel(c.source) },
    { key: 'pipeline', label: '业务类型', children: pipelineLabel(c.pipeline) },
    { key: 'nature', label: natureFieldLabel(c.pipeline), children: caseNatureLabel(c.pipeline, c.nature) },
    { key: 'category', label: '问题类别', children: categoryName(categories, c.pipeline, c.categoryCode) },
    { key: 'region', label: '问题属地', children: c.matterRegionName ?? c.matterRegionCode ?? '—' },
    { key: 'headcount', label: '人数', children: c.headcount },
    { key: 'urgency', label: '紧急程度', children: urgencyLabel(c.urgency) },
    { key: 'secrecy', label: '密级', children: secrecyLabel(c.secrecy) },
    ...(c.light
      ? [{ key: 'due', label: '办理期限', children: <LightDot light={c.light} dueOn={c.dueOn} grade={c.overdueGrade} /> }]
      : []),
    ...(c.callerNumber ? [{ key: 'caller', label: '来电号码', children: c.callerNumber }] : []),
    ...(c.backdateReason ? [{ key: 'backdate', label: '补录理由', children: c.backdateReason }] : []),
    { key: 'title', label: '标题', span: 3, children: c.title || '—' },
    { key: 'summary', label: '内容摘要', span: 3, children: text(c.summary) },
    { key: 'demands', label: '主要诉求', span: 3, children: text(c.demands) },
    { key: 'content', label: '信访内容', span: 3, children: text(c.content) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}
