import { App, Card } from 'antd';
import { useMe, useSession } from '../session.js';
import { PasswordForm } from './password-form.js';

export default function ChangePasswordPage() {
  const me = useMe();
  const { refresh } = useSession();
  const { message } = App.useApp();
  return (
    <Card title="修改密码">
      <PasswordForm
        username={me.user.username}
        onChanged={async () => {
          void message.success('密码已修改；您在其他设备上的登录已失效');
          await refresh();
        }}
      />
    </Card>
  );
}
