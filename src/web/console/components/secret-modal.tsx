import { Alert, Modal, Typography } from 'antd';

interface Props {
  open: boolean;
  title: string;
  /** What the secret is for, e.g. "用户 张三（zhangsan）的临时密码". */
  subject: string;
  secret: string;
  warning: string;
  onClose: () => void;
}

/** A secret the server returns once (a temporary password, an API token): shown here and never again. */
export function SecretModal({ open, title, subject, secret, warning, onClose }: Props) {
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={onClose}
      okText="我已妥善记录"
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>{subject}</Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: secret, tooltips: ['复制', '已复制'] }}
        code
        style={{ fontSize: 18 }}
        data-testid="one-time-secret"
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
