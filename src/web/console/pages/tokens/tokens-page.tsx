import { App, Button, Card, Checkbox, DatePicker, Form, Input, Popconfirm, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import {
  PERMISSION_LABELS,
  TOKEN_PERMISSIONS,
  type Permission,
} from '../../../../domain/policies/permissions.js';
import { api, errorMessage } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { chinaTime, chinaWallTimeToIso } from '../../../common/format.js';
import type { ApiToken, CreatedToken, Items, Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useMe } from '../../session.js';
import { SecretModal } from '../../components/secret-modal.js';

interface Values {
  name: string;
  unitId: string;
  permissions: Permission[];
  /** A day: the token works until its end, China time. */
  expiresAt?: Dayjs | null;
}

function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revokedAt) return <Tag>已吊销</Tag>;
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return <Tag color="orange">已过期</Tag>;
  return <Tag color="green">有效</Tag>;
}

export default function TokensPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const tokens = useLoad(() => api.get<Items<ApiToken>>('/tokens'), String(tick));
  const units = useLoad(() => api.get<Items<Unit>>('/units'), 'units');
  const unitList = useMemo(() => units.data?.items ?? [], [units.data]);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const revoke = async (t: ApiToken) => {
    try {
      await api.post(`/tokens/${t.id}/revoke`);
      void message.success(`已吊销令牌「${t.name}」`);
      setTick((n) => n + 1);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const columns = [
    { title: '名称', dataIndex: 'name', key: 'name' },
    { title: '令牌前缀', dataIndex: 'prefix', key: 'prefix', render: (p: string) => <code>{p}…</code> },
    { title: '所属单位', dataIndex: 'unitName', key: 'unitName' },
    {
      title: '权限',
      key: 'permissions',
      render: (_: unknown, t: ApiToken) =>
        t.permissions.map((p) => <Tag key={p}>{PERMISSION_LABELS[p as Permission] ?? p}</Tag>),
    },
    { title: '创建时间', dataIndex: 'createdAt', key: 'createdAt', render: chinaTime },
    {
      title: '有效期至',
      dataIndex: 'expiresAt',
      key: 'expiresAt',
      render: (t: string | null) => (t ? chinaTime(t) : '长期'),
    },
    {
      title: '最近使用',
      key: 'lastUsed',
      render: (_: unknown, t: ApiToken) =>
        t.lastUsedAt ? `${chinaTime(t.lastUsedAt)}${t.lastUsedIp ? `（${t.lastUsedIp}）` : ''}` : '从未使用',
    },
    { title: '状态', key: 'status', render: (_: unknown, t: ApiToken) => <TokenStatus token={t} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, t: ApiToken) =>
        !t.revokedAt && (
          <Popconfirm
            title="吊销令牌"
            description="吊销后使用该令牌的系统将立即无法访问，且不能恢复。确定吊销？"
            okText="吊销"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => revoke(t)}
          >
            <Button type="link" size="small" danger>
              吊销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card
      title="接口令牌"
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          新建令牌
        </Button>
      }
    >
      {tokens.error ? (
        <ErrorResult error={tokens.error} onRetry={() => void tokens.reload()} />
      ) : (
        <Table<ApiToken>
          rowKey="id"
          size="middle"
          loading={tokens.loading}
          dataSource={tokens.data?.items ?? []}
          columns={columns}
          pagination={false}
        />
      )}
      <FormModal<Values>
        title="新建接口令牌"
        open={creating}
        okText="生成令牌"
        initialValues={{ unitId: me.unit.id, permissions: [] }}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          const result = await api.post<CreatedToken>('/tokens', {
            name: v.name,
            unitId: v.unitId,
            permissions: v.permissions,
            expiresAt: v.expiresAt
              ? chinaWallTimeToIso(`${v.expiresAt.format('YYYY-MM-DD')}T23:59:59`)
              : null,
          });
          setCreating(false);
          setCreated(result);
          setTick((n) => n + 1);
        }}
      >
        {() => (
          <>
            <Form.Item
              label="名称"
              name="name"
              extra="写明对接的系统，如“12345 热线对接”"
              rules={[
                { required: true, whitespace: true, message: '请输入名称' },
                { min: 2, max: 60, message: '名称应为 2–60 个字' },
              ]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              label="所属单位"
              name="unitId"
              extra="令牌只能访问该单位及其下级单位的数据"
              rules={[{ required: true, message: '请选择所属单位' }]}
            >
              <UnitSelect units={unitList} />
            </Form.Item>
            <Form.Item
              label="权限"
              name="permissions"
              rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项权限' }]}
            >
              <Checkbox.Group
                options={TOKEN_PERMISSIONS.map((p) => ({ value: p, label: PERMISSION_LABELS[p] }))}
              />
            </Form.Item>
            <Form.Item label="有效期至" name="expiresAt" extra="不填则长期有效（可随时吊销）">
              <DatePicker placeholder="选择日期" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <SecretModal
        open={created !== null}
        title="令牌已生成"
        subject={created ? `接口令牌「${created.token.name}」：` : ''}
        secret={created?.secret ?? ''}
        warning="令牌明文只显示这一次，关闭后无法再次查看。请立即复制并保存到对接系统的安全配置中；调用接口时放在请求头 Authorization: Bearer 之后。"
        onClose={() => setCreated(null)}
      />
    </Card>
  );
}
