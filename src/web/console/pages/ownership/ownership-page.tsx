import { Button, Card, Select, Table, Tabs } from 'antd';
import { useState } from 'react';
import { OWNERSHIP_STATUS_LABELS, OWNERSHIP_STATUSES, type OwnershipStatus } from '../../../../domain/ownership/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';
import { AssignModal } from './assign-modal.js';
import { OwnershipDrawer } from './ownership-drawer.js';
import { OwnershipTable } from './ownership-table.js';
import type { Ownership, ResolutionRate } from './types.js';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** 领导包案: a leader's own list with deadline lights, everything owned in the subtree, and 化解率 per leader. */
export default function OwnershipPage() {
  const me = useMe();
  const isLeader = me.user.roles.includes('leader');
  const [tick, setTick] = useState(0);
  const [status, setStatus] = useState<OwnershipStatus | undefined>('active');
  const [open, setOpen] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  const mine = useLoad(() => (isLeader ? api.get<{ items: Ownership[] }>('/ownerships/mine') : Promise.resolve({ items: [] })), `m${tick}`);
  const all = useLoad(() => api.get<{ items: Ownership[] }>('/ownerships', { status }), `a${tick}:${status}`);
  const rates = useLoad(() => api.get<{ items: ResolutionRate[] }>('/ownerships/rates'), `r${tick}`);
  const reload = () => setTick((n) => n + 1);
  const err = all.error ?? mine.error ?? rates.error;
  if (err) return <ErrorResult error={err} onRetry={reload} />;
  return (
    <Card
      title="领导包案"
      extra={
        hasPermission(me, 'ownership.manage') && (
          <Button type="primary" onClick={() => setAssigning(true)}>
            安排包案
          </Button>
        )
      }
    >
      <Tabs
        items={[
          ...(isLeader ? [{ key: 'mine', label: '我的包案', children: <OwnershipTable items={mine.data?.items ?? []} loading={mine.loading} onOpen={setOpen} /> }] : []),
          {
            key: 'all',
            label: '全部包案',
            children: (
              <>
                <Select value={status} onChange={setStatus} allowClear placeholder="全部状态" style={{ width: 140, marginBottom: 12 }} aria-label="状态" options={OWNERSHIP_STATUSES.map((s) => ({ value: s, label: OWNERSHIP_STATUS_LABELS[s] }))} />
                <OwnershipTable items={all.data?.items ?? []} loading={all.loading} showLeader onOpen={setOpen} />
              </>
            ),
          },
          {
            key: 'rates',
            label: '化解率',
            children: (
              <Table<ResolutionRate>
                rowKey="leaderUserId"
                size="middle"
                loading={rates.loading}
                dataSource={rates.data?.items ?? []}
                pagination={false}
                locale={{ emptyText: '还没有包案的信访件、隐患或重点人员' }}
                footer={() => '化解率 = 已化解 ÷ 包案的信访件、隐患和重点人员（包村、包企业是长期责任，不计入）'}
                columns={[
                  { title: '包案领导', dataIndex: 'leaderName', key: 'n' },
                  { title: '包案数', dataIndex: 'targeted', key: 't' },
                  { title: '已化解', dataIndex: 'resolved', key: 'r' },
                  { title: '按期化解', dataIndex: 'resolvedOnTime', key: 'o' },
                  { title: '化解率', key: 'rate', render: (_: unknown, r) => percent(r.rate.rate) },
                ]}
              />
            ),
          },
        ]}
      />
      <OwnershipDrawer id={open} onClose={() => setOpen(null)} onChanged={reload} />
      <AssignModal
        open={assigning}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          reload();
        }}
      />
    </Card>
  );
}
