import { Form, Input } from 'antd';
import { FormModal } from '../../common/form-modal.js';

interface Props {
  title: string;
  open: boolean;
  onCancel: () => void;
  /** Receives how it was resolved; throws on refusal (shown in the dialog). */
  onSubmit: (resolution: string) => Promise<void>;
}

/** 已化解 of a risk or an owned matter: always with how it was resolved (化解情况), in the same words. */
export function ResolveModal({ title, open, onCancel, onSubmit }: Props) {
  return (
    <FormModal<{ resolution: string }>
      title={title}
      open={open}
      okText="确认已化解"
      onCancel={onCancel}
      onSubmit={(v) => onSubmit(v.resolution)}
    >
      {() => (
        <Form.Item
          name="resolution"
          label="化解情况（如何化解）"
          rules={[{ required: true, min: 4, message: '请写明化解情况（至少 4 个字）' }]}
        >
          <Input.TextArea rows={4} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
