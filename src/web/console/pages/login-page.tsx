import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../common/api.js';
import { useSession } from '../session.js';

interface Values {
  username: string;
  password: string;
}

export function LoginPage({ notice }: { notice?: string | undefined }) {
  const { login } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = '登录 - 信访举报信息管理系统';
  }, []);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await login(v.username.trim(), v.password);
    } catch (e) {
      setProblem(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #7f1d1d 0%, #b71c1c 45%, #f3f4f6 45%)',
      }}
    >
      <Card style={{ width: 400, boxShadow: '0 8px 24px rgba(0,0,0,.15)' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          信访举报信息管理系统
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          工作人员登录
        </Typography.Paragraph>
        {(problem ?? notice) && (
          <Alert
            type={problem ? 'error' : 'warning'}
            showIcon
            title={problem ?? notice}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Values> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
