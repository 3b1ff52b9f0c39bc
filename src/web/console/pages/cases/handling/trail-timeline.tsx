import { Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { chinaTime } from '../../../../common/format.js';
import {
  EVALUATION_LABELS,
  FINDING_LABELS,
  type Evaluation,
  type Finding,
} from '../../../../../domain/vocabulary/index.js';
import { fieldLabel } from '../../../../../domain/workflow/guards.js';
import { isCaseAction, TRANSITIONS } from '../../../../../domain/workflow/transitions.js';
import { actionLabel, stateLabel } from './labels.js';
import type { TrailEvent } from './types.js';

/** What an entry's detail adds to its opinion, in words (identifiers such as unit ids are left out). */
function detailLines(action: string, detail: unknown): ReactNode[] {
  if (!detail || typeof detail !== 'object') return [];
  const d = detail as Record<string, unknown>;
  const lines: ReactNode[] = [];
  const add = (label: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') lines.push(`${label}：${String(value)}`);
  };
  const linked = d.linkedCase as { caseNo?: string; unitName?: string } | undefined;
  if (linked?.unitName) add('接收单位', `${linked.unitName}（编号 ${linked.caseNo ?? ''}）`);
  add(isCaseAction(action) ? fieldLabel(TRANSITIONS[action], 'dueDate') : '期限', d.dueDate);
  add('文号', d.documentNo);
  if (typeof d.finding === 'string') add('属实程度', FINDING_LABELS[d.finding as Finding] ?? d.finding);
  if (typeof d.evaluation === 'string')
    add('评价结果', EVALUATION_LABELS[d.evaluation as Evaluation] ?? d.evaluation);
  add('延期天数', typeof d.days === 'number' ? `${d.days} 日` : undefined);
  add('告知的有权处理机关或途径', d.redirectTo);
  add('申请日期', d.requestDate);
  add('改派理由', d.overrideReason);
  if (typeof d.notice === 'string') add('发出告知书', d.notice);
  return lines;
}

const COLORS: Record<string, string> = {
  instruct: 'red',
  resultReported: 'green',
  approveConclusion: 'green',
  reply: 'green',
  returnedByReceiver: 'orange',
  sendBackConclusion: 'orange',
  sendBackProposal: 'orange',
  supervise: 'red',
  remind: 'orange',
};

/** Every step of the case in order: who, when (China time), what, the change of state and the opinion. */
export function TrailTimeline({ events }: { events: readonly TrailEvent[] }) {
  if (events.length === 0) return <Typography.Text type="secondary">暂无办理记录</Typography.Text>;
  return (
    <Timeline
      data-testid="trail-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.action] ?? 'blue',
        content: (
          <div>
            <Space size={8} wrap>
              <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>
              {e.toState && e.toState !== e.fromState && (
                <Tag>
                  {e.fromState ? `${stateLabel(e.fromState)} → ` : ''}
                  {stateLabel(e.toState)}
                </Tag>
              )}
              <Typography.Text type="secondary">
                {e.actorName}
                {'\u3000'}
                {chinaTime(e.at)}
              </Typography.Text>
            </Space>
            {e.opinion && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {e.opinion}
              </Typography.Paragraph>
            )}
            {detailLines(e.action, e.detail).map((line, i) => (
              <Typography.Text key={i} type="secondary" style={{ display: 'block' }}>
                {line}
              </Typography.Text>
            ))}
          </div>
        ),
      }))}
    />
  );
}
