import { App, Button, Card, Form, Input, InputNumber, List, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../common/api.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';

interface Group {
  id: string;
  unitName: string;
  name: string;
  leaderName: string;
  households: number;
  members: string | null;
}

/** 联户联保小组 of the liaison's village: about ten households each, with a group leader. */
export function HouseholdGroups() {
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const [adding, setAdding] = useState(false);
  const groups = useLoad(() => api.get<{ items: Group[] }>('/household-groups'), String(tick));
  return (
    <Card size="small" title="联户联保小组" extra={<Button size="small" onClick={() => setAdding(true)}>新建小组</Button>}>
      <List
        size="small"
        loading={groups.loading}
        dataSource={groups.data?.items ?? []}
        locale={{ emptyText: '还没有联户联保小组' }}
        renderItem={(g) => (
          <List.Item>
            <span>
              {g.name} · 组长 {g.leaderName} · {g.households} 户
              {g.members && <Typography.Text type="secondary">（{g.members}）</Typography.Text>}
            </span>
          </List.Item>
        )}
      />
      <FormModal<{ name: string; leaderName: string; households: number; members?: string }>
        title="新建联户联保小组"
        open={adding}
        okText="保存"
        initialValues={{ households: 10 }}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.post('/household-groups', v);
          void message.success('联户联保小组已建立');
          setAdding(false);
          setTick((n) => n + 1);
        }}
      >
        {() => (
          <>
            <Form.Item name="name" label="小组名称" rules={[{ required: true, min: 2, message: '请填写小组名称' }]}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="leaderName" label="组长" rules={[{ required: true, min: 2, message: '请填写组长' }]}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name="households" label="户数" rules={[{ required: true, message: '请填写户数' }]}>
              <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="members" label="成员户">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
