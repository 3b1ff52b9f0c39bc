import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../../domain/vocabulary/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { blankToNull } from '../../../common/form-errors.js';
import { FormModal } from '../../../common/form-modal.js';
import { chinaTime } from '../../../common/format.js';
import type { Items, PageOf, Unit, User, UserWithPassword } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import { ANY_UNIT, UnitSelect } from '../../components/unit-select.js';
import { hasPermission, useMe } from '../../session.js';
import { SecretModal } from '../../components/secret-modal.js';
import { UserActions } from './user-actions.js';
import { OPTIONAL_USER_FIELDS, UserFormFields, userFormValues, type UserFormValues } from './user-form.js';

interface Filter {
  q: string;
  unitId?: string | undefined;
  role?: Role | undefined;
  active?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
}

function StatusTags({ user }: { user: User }) {
  return (
    <Space size={4} wrap>
      {user.active ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>}
      {user.locked && <Tag color="orange">已锁定</Tag>}
      {user.mustChangePassword && <Tag color="blue">待改密码</Tag>}
    </Space>
  );
}

export default function UsersPage() {
  const me = useMe();
  const canManage = hasPermission(me, 'user.manage');
  const [filter, setFilter] = useState<Filter>({ q: '', page: 1, pageSize: 20 });
  const [tick, setTick] = useState(0);
  const units = useLoad(() => api.get<Items<Unit>>('/units'), 'units');
  const unitList = useMemo(() => units.data?.items ?? [], [units.data]);
  const users = useLoad(
    () =>
      api.get<PageOf<User>>('/users', {
        q: filter.q.trim(),
        unitId: filter.unitId,
        role: filter.role,
        active: filter.active,
        limit: filter.pageSize,
        offset: (filter.page - 1) * filter.pageSize,
      }),
    `${JSON.stringify(filter)}#${tick}`,
  );
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [secret, setSecret] = useState<UserWithPassword | null>(null);
  const refresh = () => setTick((t) => t + 1);
  const set = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns = [
    { title: '用户名', dataIndex: 'username', key: 'username' },
    { title: '姓名', dataIndex: 'displayName', key: 'displayName' },
    { title: '所属单位', dataIndex: 'unitName', key: 'unitName' },
    {
      title: '角色',
      key: 'roles',
      render: (_: unknown, u: User) => u.roles.map((r) => <Tag key={r}>{ROLE_LABELS[r]}</Tag>),
    },
    { title: '职务', dataIndex: 'title', key: 'title', render: (t: string | null) => t || '—' },
    { title: '状态', key: 'status', render: (_: unknown, u: User) => <StatusTags user={u} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      render: (t: string | null) => chinaTime(t),
    },
    ...(canManage
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, u: User) => (
              <UserActions
                user={u}
                self={u.id === me.user.id}
                onEdit={() => setEditing(u)}
                onPassword={setSecret}
                onChanged={refresh}
              />
            ),
          },
        ]
      : []),
  ];

  const save = async (v: UserFormValues) => {
    const body = blankToNull(v, OPTIONAL_USER_FIELDS);
    if (editing === 'new') {
      const created = await api.post<UserWithPassword>('/users', body);
      setSecret(created);
    } else if (editing) {
      const { username: _u, ...fields } = body;
      await api.put<User>(`/users/${editing.id}`, { ...fields, version: editing.version });
    }
    setEditing(null);
    refresh();
  };

  return (
    <Card
      title="用户管理"
      extra={
        canManage && (
          <Button type="primary" onClick={() => setEditing('new')}>
            新建用户
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder="用户名或姓名"
          allowClear
          onSearch={(q) => set({ q })}
          style={{ width: 200 }}
        />
        <UnitSelect
          units={unitList}
          value={filter.unitId}
          onChange={(unitId) => set({ unitId })}
          placeholder="全部单位"
          allowClear
          disable={ANY_UNIT}
        />
        <Select
          placeholder="全部角色"
          allowClear
          value={filter.role}
          onChange={(role: Role | undefined) => set({ role })}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          style={{ width: 140 }}
        />
        <Select
          placeholder="全部状态"
          allowClear
          value={filter.active}
          onChange={(active: 'true' | 'false' | undefined) => set({ active })}
          options={[
            { value: 'true', label: '正常' },
            { value: 'false', label: '已停用' },
          ]}
          style={{ width: 120 }}
        />
      </Space>
      {users.error ? (
        <ErrorResult error={users.error} onRetry={() => void users.reload()} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          loading={users.loading}
          dataSource={users.data?.items ?? []}
          columns={columns}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 人`,
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
          }}
        />
      )}
      <FormModal<UserFormValues>
        key={editing === 'new' ? 'new' : editing ? `${editing.id}-${editing.version}` : 'none'}
        title={editing === 'new' ? '新建用户' : editing ? `编辑用户：${editing.displayName}` : ''}
        open={editing !== null}
        width={640}
        initialValues={editing && editing !== 'new' ? userFormValues(editing) : { roles: [] }}
        onCancel={() => {
          setEditing(null);
          refresh(); // after a refusal (someone else changed the account) show the current state
        }}
        onSubmit={save}
      >
        {() => <UserFormFields units={unitList} creating={editing === 'new'} />}
      </FormModal>
      <SecretModal
        open={Boolean(secret?.temporaryPassword)}
        title="临时密码"
        subject={secret ? `用户 ${secret.user.displayName}（${secret.user.username}）的临时密码：` : ''}
        secret={secret?.temporaryPassword ?? ''}
        warning="临时密码只显示这一次，关闭后无法再次查看。请通过安全渠道交给本人；首次登录时须修改密码。"
        onClose={() => setSecret(null)}
      />
    </Card>
  );
}
