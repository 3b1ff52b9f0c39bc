import { App, Button, Card, Descriptions, Form, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { indicatorDefinition } from '../../../../domain/indicators/definitions.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';

interface StatisticsSettings {
  countBasicallySatisfied: boolean;
  definition: string;
}

interface Values {
  countBasicallySatisfied: boolean;
}

/** 统计口径: whether 基本满意 counts as satisfied in 满意率, with the definition every figure shows. */
export function StatisticsSettingsRules({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const settings = useLoad(
    () => api.get<StatisticsSettings>('/config/statistics-settings'),
    'statistics-settings',
  );
  const [editing, setEditing] = useState(false);
  if (settings.error) return <ErrorResult error={settings.error} onRetry={() => void settings.reload()} />;
  const s = settings.data;

  const save = async (v: Values) => {
    await api.put('/config/statistics-settings', { countBasicallySatisfied: v.countBasicallySatisfied });
    message.success('已保存统计口径');
    setEditing(false);
    await settings.reload();
  };

  return (
    <Card
      size="small"
      title="统计口径"
      loading={settings.loading && !s}
      extra={canEdit && s && <Button onClick={() => setEditing(true)}>修改</Button>}
    >
      <Typography.Paragraph type="secondary">
        保存后立即用于统计分析、领导驾驶舱、月报和考核中的满意率。
      </Typography.Paragraph>
      {s && (
        <Descriptions size="small" column={1} bordered data-testid="statistics-settings">
          <Descriptions.Item label="“基本满意”">
            {s.countBasicallySatisfied ? '计为满意' : '不计为满意'}
          </Descriptions.Item>
          <Descriptions.Item label="满意率定义">{s.definition}</Descriptions.Item>
        </Descriptions>
      )}
      {s && (
        <FormModal<Values>
          title="修改统计口径"
          open={editing}
          width={640}
          initialValues={{ countBasicallySatisfied: s.countBasicallySatisfied }}
          onCancel={() => setEditing(false)}
          onSubmit={save}
        >
          {() => (
            <Form.Item
              name="countBasicallySatisfied"
              label="满意率中的“基本满意”"
              rules={[{ required: true, message: '请选择' }]}
            >
              <Radio.Group>
                <Space orientation="vertical">
                  {[true, false].map((v) => (
                    <Radio key={String(v)} value={v}>
                      <span>{v ? '计为满意（默认）' : '不计为满意'}</span>
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {indicatorDefinition('satisfactionRate', { countBasicallySatisfied: v })}
                      </Typography.Paragraph>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          )}
        </FormModal>
      )}
    </Card>
  );
}
