import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS, RISK_LEVELS, RISK_STATUS_LABELS } from '../../../../domain/risks/index.js';
import { api, errorMessage } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { showFieldErrors } from '../../../common/form-errors.js';
import { useLoad } from '../../../common/use-load.js';
import { HouseholdGroups } from './household-groups.js';
import { RiskActions } from './risk-actions.js';
import { LevelTag, StatusTag } from './risk-tags.js';
import type { RiskForm, RiskLine } from './types.js';

type LineValues = Omit<RiskLine, 'deadline'> & { deadline?: Dayjs };
const FILED_STATUSES = ['screening', 'mediating', 'resolved'] as const;

/**
 * 隐患上报, for the liaison officer on a phone: this period's 《基层单位信访隐患排查调处情况明细表》 line by line, or
 * 本期无隐患 in one tap; below, the open risks to follow up.
 */
export default function RiskReportPage() {
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const current = useLoad(() => api.get<RiskForm>('/risk-reports/current'), String(tick));
  const [form] = Form.useForm<{ risks: LineValues[] }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = () => setTick((n) => n + 1);

  const file = async (nil: boolean) => {
    let risks: LineValues[] = [];
    if (!nil) {
      try {
        risks = (await form.validateFields()).risks ?? [];
      } catch {
        return;
      }
      if (!risks.length) {
        setProblem('请至少填写一条隐患，或选择“本期无隐患”');
        return;
      }
    }
    setBusy(true);
    setProblem(null);
    try {
      const res = await api.post<{ label: string }>('/risk-reports', { nil, ...(nil ? { note: '本期无隐患' } : {}), risks: risks.map((r) => ({ ...r, deadline: r.deadline?.format('YYYY-MM-DD') })) });
      void message.success(`${res.label}排查表已上报`);
      form.resetFields();
      reload();
    } catch (e) {
      setProblem(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  if (current.error) return <ErrorResult error={current.error} onRetry={() => void current.reload()} />;
  const data = current.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Card size="small" loading={current.loading && !data} title="信访隐患排查调处情况明细表">
        {data && (
          <Space direction="vertical" size={4}>
            <Typography.Text strong>{data.unitName}</Typography.Text>
            <span>
              本期：{data.period.label}
            </span>
            <span>上报截止：{data.period.due}</span>
            <span data-testid="report-status">
              {data.filed ? (
                <Tag color="green">本期已上报（{data.filed.filedOn}{data.filed.nil ? '，无隐患' : ''}）</Tag>
              ) : (
                <Tag color="orange">本期未上报</Tag>
              )}
            </span>
          </Space>
        )}
      </Card>

      {data && !data.filed && (
        <Card size="small" title="填报本期隐患">
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" initialValues={{ risks: [] }}>
            <Form.List name="risks">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Card key={f.key} size="small" type="inner" title={`隐患 ${i + 1}`} style={{ marginBottom: 12 }} extra={<Button type="link" danger size="small" onClick={() => remove(f.name)}>删除</Button>}>
                      <Form.Item name={[f.name, 'description']} label="隐患情况" rules={[{ required: true, min: 4, message: '请描述隐患情况（至少 4 个字）' }]}>
                        <Input.TextArea rows={3} maxLength={500} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'peopleCount']} label="涉及人数" rules={[{ required: true, message: '请填写涉及人数' }]}>
                        <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'keyPersons']} label="重点人员">
                        <Input maxLength={200} placeholder="姓名，多人用顿号分隔" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'category']} label="隐患类别" rules={[{ required: true, message: '请选择隐患类别' }]}>
                        <Select options={RISK_CATEGORIES.map((c) => ({ value: c, label: RISK_CATEGORY_LABELS[c] }))} placeholder="请选择" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'level']} label="隐患等级" rules={[{ required: true, message: '请选择隐患等级' }]}>
                        <Radio.Group optionType="button" options={RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'measures']} label="调处措施" rules={[{ required: true, min: 2, message: '请填写调处措施' }]}>
                        <Input.TextArea rows={2} maxLength={500} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'responsiblePerson']} label="责任人" rules={[{ required: true, min: 2, message: '请填写责任人' }]}>
                        <Input maxLength={50} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'deadline']} label="化解时限" rules={[{ required: true, message: '请选择化解时限' }]}>
                        <DatePicker style={{ width: '100%' }} inputReadOnly />
                      </Form.Item>
                      <Form.Item name={[f.name, 'status']} label="调处状态" rules={[{ required: true, message: '请选择调处状态' }]}>
                        <Radio.Group optionType="button" options={FILED_STATUSES.map((s) => ({ value: s, label: RISK_STATUS_LABELS[s] }))} />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          form.getFieldValue(['risks', f.name, 'status']) === 'resolved' && (
                            <Form.Item name={[f.name, 'resolution']} label="化解情况" rules={[{ required: true, min: 4, message: '请写明化解情况（至少 4 个字）' }]}>
                              <Input.TextArea rows={2} maxLength={500} />
                            </Form.Item>
                          )
                        }
                      </Form.Item>
                    </Card>
                  ))}
                  <Button block onClick={() => add({ peopleCount: 1, status: 'screening', level: 'ordinary' })}>
                    添加一条隐患
                  </Button>
                </>
              )}
            </Form.List>
          </Form>
          <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Button type="primary" block loading={busy} onClick={() => void file(false)}>
              上报排查表
            </Button>
            <Popconfirm title="本期无隐患" description="确认本期没有排查出信访隐患，直接上报？" okText="确认上报" cancelText="取消" onConfirm={() => file(true)}>
              <Button block loading={busy}>
                本期无隐患，直接上报
              </Button>
            </Popconfirm>
          </Space>
        </Card>
      )}

      <Card size="small" title="尚未化解的隐患">
        {!data?.openRisks.length ? (
          <Empty description="没有尚未化解的隐患" />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {data.openRisks.map((r) => (
              <Card key={r.id} size="small" type="inner">
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Space wrap>
                    <LevelTag level={r.level} />
                    <StatusTag status={r.status} />
                    <span>时限 {r.deadline}</span>
                  </Space>
                  <Typography.Paragraph style={{ margin: 0 }}>{r.description}</Typography.Paragraph>
                  <Typography.Text type="secondary">
                    涉及 {r.peopleCount} 人 · 责任人 {r.responsiblePerson}
                  </Typography.Text>
                  <RiskActions risk={r} onDone={reload} />
                </Space>
              </Card>
            ))}
          </Space>
        )}
      </Card>
      {data && <HouseholdGroups />}
      {current.error && <Alert type="error" title={errorMessage(current.error)} />}
    </Space>
  );
}
