import { App, Button, Card, Form, Input, InputNumber, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { PIPELINE_LABELS, type Pipeline } from '../../../../domain/vocabulary/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import type { Items } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';

interface Rule {
  step: string;
  pipeline: string;
  days: number;
  unit: string;
  label: string;
  name: string;
  from: string;
  basis: string;
}
type RuleValues = Pick<Rule, 'days' | 'unit' | 'label' | 'name'>;

const UNIT_LABELS: Record<string, string> = { calendar: '个自然日', working: '个工作日' };

/** 办理期限 of every step; a change applies to clocks started afterwards, running ones keep theirs. */
export function TimeLimitRules({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const rules = useLoad(() => api.get<Items<Rule>>('/config/time-limits'), 'time-limits');
  const [editing, setEditing] = useState<Rule | null>(null);
  if (rules.error) return <ErrorResult error={rules.error} onRetry={() => void rules.reload()} />;

  const save = async (v: RuleValues) => {
    await api.put(`/config/time-limits/${editing!.step}/${editing!.pipeline}`, {
      days: v.days,
      unit: v.unit,
      label: v.label.trim(),
      name: v.name.trim(),
    });
    message.success(`已修改「${v.name.trim()}」`);
    setEditing(null);
    await rules.reload();
  };

  return (
    <Card size="small" title="办理期限">
      <Typography.Paragraph type="secondary">
        修改后新开始计时的期限按新规定计算，正在计时的期限不受影响。
      </Typography.Paragraph>
      <Table<Rule>
        rowKey={(r) => `${r.step}:${r.pipeline}`}
        size="small"
        loading={rules.loading}
        pagination={false}
        dataSource={rules.data?.items ?? []}
        columns={[
          { title: '期限', dataIndex: 'name', key: 'name' },
          {
            title: '业务类型',
            key: 'pipeline',
            render: (_, r) => PIPELINE_LABELS[r.pipeline as Pipeline] ?? r.pipeline,
          },
          {
            title: '时限',
            key: 'days',
            render: (_, r) => (
              <span style={{ whiteSpace: 'nowrap' }}>{`${r.days} ${UNIT_LABELS[r.unit] ?? r.unit}`}</span>
            ),
          },
          { title: '起算', dataIndex: 'from', key: 'from' },
          { title: '依据', dataIndex: 'basis', key: 'basis' },
          ...(canEdit
            ? [
                {
                  title: '操作',
                  key: 'edit',
                  render: (_: unknown, r: Rule) => (
                    <Button type="link" onClick={() => setEditing(r)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<RuleValues>
        key={editing ? `${editing.step}:${editing.pipeline}` : 'none'}
        title={editing ? `修改期限：${editing.name}` : ''}
        open={editing !== null}
        initialValues={editing ?? {}}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      >
        {() => (
          <>
            <Form.Item
              name="name"
              label="名称"
              rules={[{ required: true, whitespace: true, min: 2, message: '请填写名称（至少 2 个字）' }]}
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="days" label="天数" rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="unit" label="计算方式" rules={[{ required: true, message: '请选择计算方式' }]}>
              <Radio.Group
                options={[
                  { value: 'calendar', label: '自然日' },
                  { value: 'working', label: '工作日' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="label"
              label="告知书用语"
              extra="用于「应于某日前……」，如：受理告知"
              rules={[
                { required: true, whitespace: true, min: 2, message: '请填写告知书用语（至少 2 个字）' },
              ]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
