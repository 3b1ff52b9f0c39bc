import { App, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ASSESSED_INDICATOR_LABELS, ASSESSED_INDICATORS, DEFAULT_WEIGHTS, type AssessedIndicator } from '../../../../domain/assessment/index.js';
import { api, API_BASE } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';

interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}
interface Scorecard {
  unit: { id: string; name: string };
  year: number;
  period: { from: string; to: string };
  asOf: string;
  agreement: { signedOn: string; signedByName: string; note: string | null } | null;
  terms: { weights: Record<string, number>; veto: { skipLevelBeyondCity: boolean; groupVisitAtLeast: number | null }; deductionPerEvent: number };
  zeroSkipLevelDays: number;
  lines: { indicator: AssessedIndicator; label: string; weight: number; value: Ratio | number | null; points: number; note: string }[];
  total: number;
  vetoes: { item: string; count: number }[];
  vetoed: boolean;
  grade: string;
}

const GRADE_COLORS: Record<string, string> = { 优秀: 'green', 良好: 'blue', 合格: 'gold', 不合格: 'orange', 一票否决: 'red' };
const valueText = (v: Ratio | number | null) => (v === null ? '—' : typeof v === 'number' ? `${v} 起` : v.rate === null ? '无应考核事项' : `${(v.rate * 100).toFixed(1)}%（${v.numerator}/${v.denominator}）`);
const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

type AgreementValues = Record<AssessedIndicator, number> & { skipLevelBeyondCity: boolean; groupVisitAtLeast: number | null; deductionPerEvent: number; note?: string };

/** 考核: the scorecards of the units below, each with its lines, vetoes, grade, Excel and print; 目标责任状. */
export default function AssessmentPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear());
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<Scorecard | null>(null);
  const [signing, setSigning] = useState<Scorecard | null>(null);
  const list = useLoad(() => api.get<{ items: Scorecard[] }>('/assessment/scorecards', { year }), `${year}:${tick}`);
  if (list.error) return <ErrorResult error={list.error} onRetry={() => void list.reload()} />;
  const file = (c: Scorecard, kind: 'scorecard.xlsx' | 'scorecard/print') => `${API_BASE}/assessment/${c.unit.id}/${kind}?year=${c.year}`;
  return (
    <Card title="信访工作考核" extra={<Select value={year} onChange={setYear} aria-label="考核年度" options={[thisYear() - 1, thisYear()].map((y) => ({ value: y, label: `${y} 年度` }))} />}>
      <Typography.Paragraph type="secondary">按《信访工作目标责任状》的分值计分；发生一票否决事项的单位当年考核等次为“一票否决”。年度未结束时为截至今天的计分。</Typography.Paragraph>
      <Table<Scorecard>
        rowKey={(c) => c.unit.id}
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有下级单位' }}
        onRow={(c) => ({ onClick: () => setOpen(c), style: { cursor: 'pointer' } })}
        columns={[
          { title: '单位', key: 'u', render: (_: unknown, c) => c.unit.name },
          { title: '得分', dataIndex: 'total', key: 't', width: 80 },
          { title: '考核等次', key: 'g', width: 100, render: (_: unknown, c) => <Tag color={GRADE_COLORS[c.grade]}>{c.grade}</Tag> },
          { title: '否决事项', key: 'v', render: (_: unknown, c) => (c.vetoes.length ? c.vetoes.map((v) => `${v.item} ${v.count} 起`).join('；') : '无') },
          { title: '连续零越级', key: 'z', width: 110, render: (_: unknown, c) => `${c.zeroSkipLevelDays} 天` },
          { title: '目标责任状', key: 'a', width: 130, render: (_: unknown, c) => (c.agreement ? `${c.agreement.signedOn} 签订` : <Typography.Text type="secondary">未签订（按默认分值）</Typography.Text>) },
        ]}
      />
      <Drawer title={open ? `${open.unit.name} ${open.year} 年度考核计分表` : ''} open={!!open} onClose={() => setOpen(null)} width={720}>
        {open && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Button href={file(open, 'scorecard.xlsx')}>导出 Excel</Button>
              <Button href={file(open, 'scorecard/print')} target="_blank">
                打印
              </Button>
              {hasPermission(me, 'assessment.manage') && <Button onClick={() => setSigning(open)}>签订目标责任状</Button>}
            </Space>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label="考核期间">
                {open.period.from} 至 {open.period.to}
              </Descriptions.Item>
              <Descriptions.Item label="得分">{open.total}</Descriptions.Item>
              <Descriptions.Item label="考核等次">
                <Tag color={GRADE_COLORS[open.grade]}>{open.grade}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="一票否决">{open.vetoes.length ? open.vetoes.map((v) => `${v.item} ${v.count} 起`).join('；') : '未发生否决事项'}</Descriptions.Item>
              <Descriptions.Item label="连续零越级">{open.zeroSkipLevelDays} 天</Descriptions.Item>
            </Descriptions>
            <Table
              rowKey="indicator"
              size="small"
              pagination={false}
              dataSource={open.lines}
              columns={[
                { title: '考核指标', dataIndex: 'label', key: 'l' },
                { title: '分值', dataIndex: 'weight', key: 'w', width: 60 },
                { title: '完成情况', key: 'v', render: (_: unknown, l) => valueText(l.value) },
                { title: '得分', dataIndex: 'points', key: 'p', width: 60 },
                { title: '说明', dataIndex: 'note', key: 'n' },
              ]}
            />
          </Space>
        )}
      </Drawer>
      <FormModal<AgreementValues>
        title={signing ? `签订目标责任状：${signing.unit.name} ${signing.year} 年度` : '签订目标责任状'}
        open={!!signing}
        okText="签订"
        width={620}
        initialValues={signing ? { ...DEFAULT_WEIGHTS, ...(signing.terms.weights as Record<AssessedIndicator, number>), ...signing.terms.veto, deductionPerEvent: signing.terms.deductionPerEvent } : undefined}
        onCancel={() => setSigning(null)}
        onSubmit={async (v) => {
          const weights = Object.fromEntries(ASSESSED_INDICATORS.map((i) => [i, v[i]]));
          await api.put(`/assessment/${signing!.unit.id}/agreement`, { year: signing!.year, weights, veto: { skipLevelBeyondCity: v.skipLevelBeyondCity, groupVisitAtLeast: v.groupVisitAtLeast ?? null }, deductionPerEvent: v.deductionPerEvent, ...(v.note ? { note: v.note } : {}) });
          void message.success('目标责任状已签订');
          setSigning(null);
          setOpen(null);
          setTick((n) => n + 1);
        }}
      >
        {() => (
          <>
            <Typography.Paragraph type="secondary">各项分值合计须为 100 分。</Typography.Paragraph>
            <Space wrap>
              {ASSESSED_INDICATORS.map((i) => (
                <Form.Item key={i} name={i} label={ASSESSED_INDICATOR_LABELS[i]} rules={[{ required: true, message: '请填写分值' }]}>
                  <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
                </Form.Item>
              ))}
            </Space>
            <Form.Item name="skipLevelBeyondCity" valuePropName="checked">
              <Checkbox>发生到市以上越级访的，一票否决</Checkbox>
            </Form.Item>
            <Form.Item name="groupVisitAtLeast" label="集体访达到多少人一票否决（空为不设）">
              <InputNumber min={5} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="deductionPerEvent" label="越级访、集体访每起扣分" rules={[{ required: true, message: '请填写每起扣分' }]}>
              <InputNumber min={0.5} max={100} step={0.5} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
