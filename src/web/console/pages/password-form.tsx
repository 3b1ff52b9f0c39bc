import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { passwordProblem } from '../../../domain/accounts/password-policy.js';
import { api } from '../../common/api.js';
import { showFieldErrors } from '../../common/form-errors.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export const PASSWORD_RULE_TEXT =
  '新密码至少 10 位，须包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。';

/** Change one's own password; the same rules as the server (domain password policy) check it as one types. */
export function PasswordForm({
  username,
  onChanged,
}: {
  username: string;
  onChanged: () => void | Promise<void>;
}) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await api.post('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      await onChanged();
    } catch (e) {
      setProblem(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 420 }}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item
        label="当前密码"
        name="currentPassword"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra={PASSWORD_RULE_TEXT}
        rules={[
          { required: true, message: '请输入新密码' },
          {
            validator: async (_, value: string) => {
              const p = value ? passwordProblem(value, username) : null;
              if (p) throw new Error(p);
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_, value: string) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        修改密码
      </Button>
    </Form>
  );
}
