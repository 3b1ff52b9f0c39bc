import { Badge, Space, Table, Tag, Tooltip } from 'antd';
import { LIGHT_DESCRIPTIONS, LIGHT_LABELS, type Light } from '../../../../../domain/deadlines/lights.js';
import { OverdueTag } from '../shared/case-tags.js';
import { DEADLINE_STATUS_LABELS, PROVISIONAL_NOTE, stepLabel } from './labels.js';
import type { TrailDeadline } from './types.js';

const LIGHT_COLORS: Record<Light, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };

export function LightBadge({ light }: { light: string | null }) {
  if (!light || !(light in LIGHT_COLORS)) return null;
  const l = light as Light;
  return (
    <Tooltip title={LIGHT_DESCRIPTIONS[l]}>
      <Badge color={LIGHT_COLORS[l]} text={LIGHT_LABELS[l]} data-light={l} />
    </Tooltip>
  );
}

function StatusTags({ d }: { d: TrailDeadline }) {
  const late = d.onTime === false || (d.status === 'running' && d.light === 'red');
  return (
    <Space size={4} wrap>
      <LightBadge light={d.light} />
      <Tag>{DEADLINE_STATUS_LABELS[d.status] ?? d.status}</Tag>
      {d.paused && <Tag color="default">暂停</Tag>}
      {d.dueOn !== d.originalDueOn && <Tag color="purple">已延期</Tag>}
      {d.onTime === true && <Tag color="green">按时</Tag>}
      {late && (d.overdueGrade ? <OverdueTag grade={d.overdueGrade} /> : <Tag color="red">超期</Tag>)}
    </Space>
  );
}

/** The case's time limits with their lights; a date counted on a year not yet published is marked provisional. */
export function DeadlinesTable({ deadlines }: { deadlines: readonly TrailDeadline[] }) {
  return (
    <Table<TrailDeadline>
      rowKey={(d) => `${d.step}:${d.startOn}`}
      size="small"
      pagination={false}
      dataSource={[...deadlines]}
      locale={{ emptyText: '暂无办理期限' }}
      columns={[
        { title: '环节', key: 'step', render: (_, d) => stepLabel(d.step) },
        { title: '起算日期', dataIndex: 'startOn', key: 'startOn' },
        {
          title: '期限',
          key: 'dueOn',
          render: (_, d) => (
            <Space orientation="vertical" size={0}>
              <span>{d.dueOn}</span>
              {d.dueOn !== d.originalDueOn && (
                <span style={{ color: 'rgba(0,0,0,.45)', fontSize: 12 }}>原期限 {d.originalDueOn}</span>
              )}
              {d.provisional && (
                <Tag color="orange" style={{ marginTop: 2 }}>
                  {PROVISIONAL_NOTE}
                </Tag>
              )}
            </Space>
          ),
        },
        { title: '状态', key: 'status', render: (_, d) => <StatusTags d={d} /> },
      ]}
    />
  );
}
