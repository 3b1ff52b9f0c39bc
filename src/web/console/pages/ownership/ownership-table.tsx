import { Table, Tag } from 'antd';
import { LIGHT_LABELS, type Light } from '../../../../domain/deadlines/lights.js';
import { OWNED_KIND_LABELS, OWNERSHIP_STATUS_LABELS } from '../../../../domain/ownership/index.js';
import type { Ownership } from './types.js';

const LIGHT_COLORS: Record<Light, string> = { green: 'green', yellow: 'gold', red: 'red' };
export const LightTag = ({ light }: { light: Light | null }) => (light ? <Tag color={LIGHT_COLORS[light]}>{LIGHT_LABELS[light]}</Tag> : <span>—</span>);

/** Owned matters: light, what, the four 定, target date, status. */
export function OwnershipTable({ items, loading, showLeader, onOpen }: { items: Ownership[]; loading: boolean; showLeader?: boolean; onOpen: (id: string) => void }) {
  return (
    <Table<Ownership>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项` }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有包案事项' }}
      onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
      columns={[
        { title: '期限', key: 'light', width: 70, render: (_: unknown, r) => <LightTag light={r.light} /> },
        { title: '类型', key: 'kind', width: 100, render: (_: unknown, r) => OWNED_KIND_LABELS[r.kind] },
        { title: '包案事项', dataIndex: 'objectLabel', key: 'label' },
        ...(showLeader ? [{ title: '包案领导', dataIndex: 'leaderName', key: 'leader', width: 100 }] : []),
        { title: '定专人', dataIndex: 'assignedPerson', key: 'person', width: 100 },
        { title: '定目标', dataIndex: 'goal', key: 'goal' },
        { title: '目标日期', dataIndex: 'targetDate', key: 'target', width: 110 },
        { title: '状态', key: 'status', width: 90, render: (_: unknown, r) => <Tag color={r.status === 'resolved' ? 'green' : 'processing'}>{OWNERSHIP_STATUS_LABELS[r.status]}</Tag> },
      ]}
    />
  );
}
