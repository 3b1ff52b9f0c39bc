import { App, Button, Card, Descriptions, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { DeadlineSettings } from '../../../../domain/deadlines/escalation.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';

interface Values {
  escalateAfterWorkdays: number;
  moderately: number;
  severely: number;
}

/** 超期设置: when a red case goes to the unit above, and where 中度超时 and 严重超时 begin. */
export function DeadlineSettingsRules({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const settings = useLoad(() => api.get<DeadlineSettings>('/config/deadline-settings'), 'deadline-settings');
  const [editing, setEditing] = useState(false);
  if (settings.error) return <ErrorResult error={settings.error} onRetry={() => void settings.reload()} />;
  const s = settings.data;

  const save = async (v: Values) => {
    await api.put('/config/deadline-settings', {
      escalateAfterWorkdays: v.escalateAfterWorkdays,
      overdue: { moderately: v.moderately, severely: v.severely },
    });
    message.success('已保存超期设置');
    setEditing(false);
    await settings.reload();
  };

  return (
    <Card
      size="small"
      title="超期设置"
      loading={settings.loading && !s}
      extra={canEdit && s && <Button onClick={() => setEditing(true)}>修改</Button>}
    >
      <Typography.Paragraph type="secondary">
        超期天数按到期日之后的工作日计算；保存后立即用于提醒、督办上报和各处的超时分级。
      </Typography.Paragraph>
      {s && (
        <Descriptions size="small" column={1} bordered data-testid="deadline-settings">
          <Descriptions.Item label="超期上报">
            超期满 {s.escalateAfterWorkdays} 个工作日，提醒上一级单位督办人员
          </Descriptions.Item>
          <Descriptions.Item label="超时">超期 1 至 {s.overdue.moderately - 1} 个工作日</Descriptions.Item>
          <Descriptions.Item label="中度超时">
            超期 {s.overdue.moderately} 至 {s.overdue.severely - 1} 个工作日
          </Descriptions.Item>
          <Descriptions.Item label="严重超时">超期 {s.overdue.severely} 个工作日及以上</Descriptions.Item>
        </Descriptions>
      )}
      {s && (
        <FormModal<Values>
          title="修改超期设置"
          open={editing}
          initialValues={{ escalateAfterWorkdays: s.escalateAfterWorkdays, ...s.overdue }}
          onCancel={() => setEditing(false)}
          onSubmit={save}
        >
          {() => (
            <>
              <Form.Item
                name="escalateAfterWorkdays"
                label="超期多少个工作日后报上一级督办"
                rules={[{ required: true, message: '请填写天数' }]}
              >
                <InputNumber min={1} max={60} precision={0} style={{ width: 180 }} suffix="个工作日" />
              </Form.Item>
              <Form.Item name="moderately" label="中度超时起算" rules={[{ required: true, message: '请填写天数' }]}>
                <InputNumber min={1} max={250} precision={0} style={{ width: 180 }} suffix="个工作日" />
              </Form.Item>
              <Form.Item
                name="severely"
                label="严重超时起算"
                dependencies={['moderately']}
                rules={[
                  { required: true, message: '请填写天数' },
                  ({ getFieldValue }) => ({
                    validator: (_, v: number | undefined) =>
                      v === undefined || v > (getFieldValue('moderately') as number)
                        ? Promise.resolve()
                        : Promise.reject(new Error('严重超时起算天数应大于中度超时起算天数')),
                  }),
                ]}
              >
                <InputNumber min={2} max={365} precision={0} style={{ width: 180 }} suffix="个工作日" />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
    </Card>
  );
}
