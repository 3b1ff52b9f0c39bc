import { Alert, Button, Card, Typography } from 'antd';
import { useEffect } from 'react';
import { useMe, useSession } from '../session.js';
import { PasswordForm } from './password-form.js';

/** After a first sign-in or a reset the server refuses everything but this: the page shows nothing else. */
export function ForcedPasswordPage() {
  const me = useMe();
  const { refresh, logout } = useSession();

  useEffect(() => {
    document.title = '修改密码 - 信访举报信息管理系统';
  }, []);

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f3f4f6',
      }}
    >
      <Card style={{ width: 480 }}>
        <Typography.Title level={4}>请先修改密码</Typography.Title>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${me.user.displayName}（${me.user.username}），您使用的是临时密码。首次登录或密码被重置后，须设置新密码才能使用系统。`}
        />
        <PasswordForm username={me.user.username} onChanged={refresh} />
        <Button type="link" style={{ paddingLeft: 0, marginTop: 12 }} onClick={() => void logout()}>
          退出登录
        </Button>
      </Card>
    </div>
  );
}
