import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { showFieldErrors } from './form-errors.js';

interface Props<V> {
  title: ReactNode;
  open: boolean;
  okText?: string;
  width?: number;
  initialValues?: Partial<V>;
  onCancel: () => void;
  /** Throws on failure: the message shows above the form and field messages beside the fields. */
  onSubmit: (values: V) => Promise<void>;
  children: (form: FormInstance<V>) => ReactNode;
}

/** A modal with one form: validates, submits, shows the server's refusal, closes on success. */
export function FormModal<V extends object>({
  title,
  open,
  okText = '保存',
  width = 560,
  initialValues,
  onCancel,
  onSubmit,
  children,
}: Props<V>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    // One submission at a time: a double click or Enter while the first is on its way sends nothing more.
    if (sending.current) return;
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    sending.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setProblem(showFieldErrors(form, e));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      width={width}
      okText={okText}
      cancelText="取消"
      confirmLoading={busy}
      // The spinner only after a moment: a quick answer leaves the button as it was, without a flicker.
      okButtonProps={{ loading: busy ? { delay: 300 } : false }}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
      maskClosable={false}
      afterOpenChange={(visible) => {
        if (visible) return;
        setProblem(null);
        form.resetFields();
      }}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        preserve={false}
        onFinish={() => void submit()}
      >
        {children(form)}
      </Form>
    </Modal>
  );
}
