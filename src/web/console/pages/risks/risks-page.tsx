import { Card, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { RISK_LEVEL_LABELS, RISK_LEVELS, RISK_STATUS_LABELS, RISK_STATUSES, type RiskLevel } from '../../../../domain/risks/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { useLoad } from '../../../common/use-load.js';
import { ReportGrid } from './report-grid.js';
import { RiskDrawer } from './risk-drawer.js';
import { LevelTag, StatusTag } from './risk-tags.js';
import type { Risk } from './types.js';

function RiskLedger({ onOpen, tick }: { onOpen: (id: string) => void; tick: number }) {
  const [status, setStatus] = useState<string>('open');
  const [level, setLevel] = useState<RiskLevel | undefined>();
  const list = useLoad(() => api.get<{ items: Risk[] }>('/risks', { status, level }), `${status}:${level}:${tick}`);
  if (list.error) return <ErrorResult error={list.error} onRetry={() => void list.reload()} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={status}
          onChange={setStatus}
          style={{ width: 160 }}
          aria-label="调处状态"
          options={[{ value: 'open', label: '未化解（排查中、调处中）' }, ...RISK_STATUSES.map((s) => ({ value: s, label: RISK_STATUS_LABELS[s] }))]}
        />
        <Select value={level} onChange={setLevel} allowClear placeholder="全部等级" style={{ width: 120 }} aria-label="隐患等级" options={RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))} />
      </Space>
      <Table<Risk>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条` }}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '没有符合条件的隐患' }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '单位', dataIndex: 'unitName', key: 'u', width: 140 },
          { title: '隐患情况', dataIndex: 'description', key: 'd' },
          { title: '等级', key: 'l', width: 70, render: (_: unknown, r) => <LevelTag level={r.level} /> },
          { title: '状态', key: 's', width: 110, render: (_: unknown, r) => <StatusTag status={r.status} /> },
          { title: '责任人', dataIndex: 'responsiblePerson', key: 'p', width: 90 },
          { title: '化解时限', key: 't', width: 120, render: (_: unknown, r) => (r.overdue ? <Tag color="red">{r.deadline} 已超期</Tag> : r.deadline) },
          { title: '缺报进展', key: 'm', width: 90, render: (_: unknown, r) => (r.missedDays ? <Tag color="red">{r.missedDays} 天</Tag> : '—') },
        ]}
      />
    </>
  );
}

/** 隐患排查: the town's view of its villages' reports and the risks they found. */
export default function RisksPage() {
  const [open, setOpen] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  return (
    <Card title="隐患排查">
      <Tabs
        items={[
          { key: 'grid', label: '上报情况', children: <ReportGrid onOpenRisk={setOpen} /> },
          { key: 'ledger', label: '隐患台账', children: <RiskLedger onOpen={setOpen} tick={tick} /> },
        ]}
      />
      <RiskDrawer id={open} onClose={() => setOpen(null)} onChanged={() => setTick((n) => n + 1)} />
    </Card>
  );
}
