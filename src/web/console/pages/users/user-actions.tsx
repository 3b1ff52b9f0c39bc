import { App, Button, Popconfirm, Space } from 'antd';
import { api, errorMessage } from '../../../common/api.js';
import type { User, UserWithPassword } from '../../../common/types.js';

interface Props {
  user: User;
  /** The signed-in administrator's own row: no reset (it would end this session) and no deactivation. */
  self: boolean;
  onEdit: () => void;
  onPassword: (result: UserWithPassword) => void;
  onChanged: () => void;
}

/** Row actions of an account: 编辑, 重置密码, 解锁 (when locked), 停用 / 启用. */
export function UserActions({ user, self, onEdit, onPassword, onChanged }: Props) {
  const { message } = App.useApp();
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>
        编辑
      </Button>
      {!self && (
        <Popconfirm
          title="重置密码"
          description="将生成临时密码，该用户下次登录须修改密码。确定重置？"
          okText="重置"
          cancelText="取消"
          onConfirm={async () => {
            try {
              onPassword(await api.post<UserWithPassword>(`/users/${user.id}/reset-password`));
              onChanged();
            } catch (e) {
              void message.error(errorMessage(e));
            }
          }}
        >
          <Button type="link" size="small">
            重置密码
          </Button>
        </Popconfirm>
      )}
      {user.locked && (
        <Button
          type="link"
          size="small"
          onClick={() => void run(() => api.post(`/users/${user.id}/unlock`), `已解锁 ${user.displayName}`)}
        >
          解锁
        </Button>
      )}
      {!self && (
        <Popconfirm
          title={user.active ? '停用账号' : '启用账号'}
          description={
            user.active
              ? `停用后 ${user.displayName} 将无法登录，其已登录的会话立即失效。确定停用？`
              : `确定启用 ${user.displayName} 的账号？`
          }
          okText={user.active ? '停用' : '启用'}
          okButtonProps={{ danger: user.active }}
          cancelText="取消"
          onConfirm={() =>
            run(
              () => api.post(`/users/${user.id}/active`, { active: !user.active, version: user.version }),
              user.active ? '已停用' : '已启用',
            )
          }
        >
          <Button type="link" size="small" danger={user.active}>
            {user.active ? '停用' : '启用'}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
