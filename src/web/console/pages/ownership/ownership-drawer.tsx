import { App, Button, Descriptions, Drawer, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { OWNED_KIND_LABELS, OWNERSHIP_STATUS_LABELS, RESOLVABLE_KINDS } from '../../../../domain/ownership/index.js';
import { api } from '../../../common/api.js';
import { FormModal } from '../../../common/form-modal.js';
import { ResolveModal } from '../../components/resolve-modal.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';
import { LightTag } from './ownership-table.js';
import type { OwnershipDetail } from './types.js';

/** One owned matter with the four 定, its progress, and 填写进展 / 已化解. */
export function OwnershipDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const me = useMe();
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<'progress' | 'resolve' | null>(null);
  const d = useLoad(() => (id ? api.get<OwnershipDetail>(`/ownerships/${id}`) : Promise.resolve(null)), `${id}:${tick}`);
  const o = d.data?.ownership;
  const changed = () => {
    setOpen(null);
    setTick((n) => n + 1);
    onChanged();
  };
  const canAct = hasPermission(me, 'ownership.progress') && o?.status === 'active';
  return (
    <Drawer title={o ? `${OWNED_KIND_LABELS[o.kind]} · ${o.leaderName}` : '包案'} open={!!id} onClose={onClose} width={640}>
      {o && d.data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="包案事项">{o.objectLabel}</Descriptions.Item>
            <Descriptions.Item label="包案领导">{o.leaderName}</Descriptions.Item>
            <Descriptions.Item label="定专人">{o.assignedPerson}</Descriptions.Item>
            <Descriptions.Item label="定责任">{o.responsibility}</Descriptions.Item>
            <Descriptions.Item label="定措施">{o.measures}</Descriptions.Item>
            <Descriptions.Item label="定目标">{o.goal}</Descriptions.Item>
            <Descriptions.Item label="包案日期">{o.startedOn}</Descriptions.Item>
            <Descriptions.Item label="目标日期">
              {o.targetDate} <LightTag light={o.light} />
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={o.status === 'resolved' ? 'green' : 'processing'}>{OWNERSHIP_STATUS_LABELS[o.status]}</Tag>
              {o.resolvedOn && `（${o.resolvedOn}）`}
            </Descriptions.Item>
            {o.resolution && <Descriptions.Item label="化解情况">{o.resolution}</Descriptions.Item>}
          </Descriptions>
          {canAct && (
            <Space wrap>
              <Button onClick={() => setOpen('progress')}>填写进展</Button>
              {RESOLVABLE_KINDS.includes(o.kind) && (
                <Button type="primary" onClick={() => setOpen('resolve')}>
                  已化解
                </Button>
              )}
            </Space>
          )}
          <Typography.Title level={5}>包案进展</Typography.Title>
          {d.data.progress.length ? (
            <Timeline items={d.data.progress.map((p) => ({ content: <><Tag>{p.day}</Tag>{p.note}<Typography.Text type="secondary">（{p.byName}）</Typography.Text></> }))} />
          ) : (
            <Typography.Text type="secondary">尚无进展记录</Typography.Text>
          )}
        </Space>
      )}
      {o && (
        <>
          <FormModal<{ note: string }>
            title="填写包案进展"
            open={open === 'progress'}
            okText="保存进展"
            onCancel={() => setOpen(null)}
            onSubmit={async (v) => {
              await api.post(`/ownerships/${o.id}/progress`, v);
              void message.success('进展已保存');
              changed();
            }}
          >
            {() => (
              <Form.Item name="note" label="进展情况" rules={[{ required: true, min: 2, message: '请填写进展情况' }]}>
                <Input.TextArea rows={4} maxLength={1000} />
              </Form.Item>
            )}
          </FormModal>
          <ResolveModal
            title="包案事项已化解"
            open={open === 'resolve'}
            onCancel={() => setOpen(null)}
            onSubmit={async (resolution) => {
              await api.post(`/ownerships/${o.id}/resolve`, { resolution, version: o.version });
              void message.success('已标记为已化解');
              changed();
            }}
          />
        </>
      )}
    </Drawer>
  );
}
