import { App, Button, Descriptions, Drawer, Form, Input, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { GOVERNMENT_NATURE_LABELS, GOVERNMENT_NATURES } from '../../../../domain/register/registration-codes.js';
import { RISK_CATEGORY_LABELS } from '../../../../domain/risks/index.js';
import { CHANNEL_LABELS, CHANNELS } from '../../../../domain/vocabulary/index.js';
import { api } from '../../../common/api.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';
import { CategorySelect } from '../cases/shared/category-select.js';
import { RiskActions } from './risk-actions.js';
import { LevelTag, StatusTag } from './risk-tags.js';
import type { RiskDetail } from './types.js';

interface ToCaseValues {
  channel: (typeof CHANNELS)[number];
  nature: (typeof GOVERNMENT_NATURES)[number];
  categoryCode: string;
  name: string;
  phone?: string;
  title: string;
}

const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** One risk: the line, its daily progress, missed days, and the actions the user may take. */
export function RiskDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const me = useMe();
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const [converting, setConverting] = useState(false);
  const d = useLoad(() => (id ? api.get<RiskDetail>(`/risks/${id}`) : Promise.resolve(null)), `${id}:${tick}`);
  const changed = () => {
    setTick((n) => n + 1);
    onChanged();
  };
  const r = d.data?.risk;
  return (
    <Drawer title={r ? `隐患 · ${r.unitName ?? ''}` : '隐患'} open={!!id} onClose={onClose} width={640}>
      {r && d.data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="隐患情况">{r.description}</Descriptions.Item>
            <Descriptions.Item label="等级与状态">
              <LevelTag level={r.level} /> <StatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label="隐患类别">{RISK_CATEGORY_LABELS[r.category]}</Descriptions.Item>
            <Descriptions.Item label="涉及人数">
              {r.peopleCount} 人{r.keyPersons ? `（重点人员：${r.keyPersons}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="调处措施">{r.measures}</Descriptions.Item>
            <Descriptions.Item label="责任人">{r.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label="化解时限">{r.deadline}</Descriptions.Item>
            <Descriptions.Item label="上报日期">{r.reportedOn}</Descriptions.Item>
            {r.resolution && <Descriptions.Item label="化解情况">{r.resolution}</Descriptions.Item>}
            {d.data.case && (
              <Descriptions.Item label="转成的信访件">
                <Link to={`/cases/${d.data.case.id}`}>{d.data.case.caseNo}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          {d.data.needsDailyProgress && (
            <Typography.Text type={d.data.missedDays.length ? 'danger' : 'secondary'}>
              重大隐患须每天报告进展。{d.data.missedDays.length ? `缺报 ${d.data.missedDays.length} 天：${d.data.missedDays.join('、')}` : '没有缺报。'}
            </Typography.Text>
          )}
          <Space wrap>
            {hasPermission(me, 'risk.manage') && <RiskActions risk={r} onDone={changed} />}
            {hasPermission(me, 'case.register') && (r.status === 'screening' || r.status === 'mediating') && (
              <Button type="primary" onClick={() => setConverting(true)}>
                转为信访件
              </Button>
            )}
          </Space>
          <Typography.Title level={5}>进展情况</Typography.Title>
          {d.data.progress.length ? (
            <Timeline items={d.data.progress.map((p) => ({ content: <><Tag>{p.day}</Tag>{p.note}<Typography.Text type="secondary">（{p.byName}）</Typography.Text></> }))} />
          ) : (
            <Typography.Text type="secondary">尚无进展记录</Typography.Text>
          )}
        </Space>
      )}
      {r && (
        <FormModal<ToCaseValues>
          title="隐患转为信访件"
          open={converting}
          okText="登记"
          initialValues={{ channel: 'visit', nature: 'claim', title: r.description.slice(0, 30) }}
          onCancel={() => setConverting(false)}
          onSubmit={async (v) => {
            const res = await api.post<{ case: { caseNo: string } }>(`/risks/${r.id}/case`, {
              version: r.version,
              registration: {
                receivedOn: todayInChina(),
                channel: v.channel,
                source: 'direct',
                pipeline: 'government',
                nature: v.nature,
                categoryCode: v.categoryCode,
                anonymous: false,
                petitioners: [{ name: v.name, ...(v.phone ? { phones: [v.phone] } : {}) }],
                headcount: r.peopleCount,
                accused: [],
                title: v.title,
                summary: r.description,
                content: `${r.description}\n调处措施：${r.measures}`,
              },
            });
            void message.success(`已登记为信访件 ${res.case.caseNo}`);
            setConverting(false);
            changed();
          }}
        >
          {() => (
            <>
              <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name="name" label="信访人（主要反映人）姓名" rules={[{ required: true, message: '请填写信访人姓名' }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="phone" label="联系电话">
                <Input maxLength={30} />
              </Form.Item>
              <Form.Item name="channel" label="信访形式" rules={[{ required: true }]}>
                <Select options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
              </Form.Item>
              <Form.Item name="nature" label="信访事项性质" rules={[{ required: true }]}>
                <Select options={GOVERNMENT_NATURES.map((n) => ({ value: n, label: GOVERNMENT_NATURE_LABELS[n] }))} />
              </Form.Item>
              <Form.Item name="categoryCode" label="问题类别" rules={[{ required: true, message: '请选择问题类别' }]}>
                <CategorySelect pipeline="government" style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
    </Drawer>
  );
}
