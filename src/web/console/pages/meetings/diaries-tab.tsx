import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS, RISK_LEVELS } from '../../../../domain/risks/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import type { Items, Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';

interface Diary {
  id: string;
  unitName: string;
  authorName: string;
  visitedOn: string;
  visitors: string;
  place: string;
  metWith: string;
  problemsFound: string;
  followUp: string;
  riskId: string | null;
  caseId: string | null;
}

/** 民情日记: visits to villages and enterprises; a problem found becomes a risk in one step. */
export function DiariesTab() {
  const me = useMe();
  const { message } = App.useApp();
  const canWrite = hasPermission(me, 'diary.write');
  const [tick, setTick] = useState(0);
  const [writing, setWriting] = useState(false);
  const [toRisk, setToRisk] = useState<Diary | null>(null);
  const list = useLoad(() => api.get<{ items: Diary[] }>('/field-diaries'), String(tick));
  const units = useLoad(() => api.get<Items<Unit>>('/units'), 'units');
  const villages = (units.data?.items ?? []).filter((u) => u.level === 'village');
  const reload = () => setTick((n) => n + 1);
  if (list.error) return <ErrorResult error={list.error} onRetry={() => void list.reload()} />;
  return (
    <>
      {canWrite && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setWriting(true)}>
          写民情日记
        </Button>
      )}
      <Table<Diary>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 篇` }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '还没有民情日记' }}
        columns={[
          { title: '日期', dataIndex: 'visitedOn', key: 'd', width: 110 },
          { title: '村居/企业', dataIndex: 'unitName', key: 'u', width: 140 },
          { title: '下访人员', dataIndex: 'visitors', key: 'v' },
          { title: '接触对象', dataIndex: 'metWith', key: 'm' },
          { title: '发现的问题', dataIndex: 'problemsFound', key: 'p' },
          { title: '后续跟进', dataIndex: 'followUp', key: 'f' },
          {
            title: '转办',
            key: 'x',
            width: 120,
            render: (_: unknown, d) =>
              d.riskId ? <Tag color="orange">已转为隐患</Tag> : d.caseId ? <Tag color="purple">已登记为信访件</Tag> : canWrite ? <Button size="small" onClick={() => setToRisk(d)}>转为隐患</Button> : '—',
          },
        ]}
      />
      <FormModal<{ unitId: string; visitedOn: Dayjs; visitors: string; place: string; metWith: string; problemsFound: string; followUp: string }>
        title="写民情日记"
        open={writing}
        okText="保存"
        width={620}
        initialValues={{ visitedOn: dayjs(), visitors: me.user.displayName }}
        onCancel={() => setWriting(false)}
        onSubmit={async (v) => {
          await api.post('/field-diaries', { ...v, visitedOn: v.visitedOn.format('YYYY-MM-DD') });
          void message.success('民情日记已保存');
          setWriting(false);
          reload();
        }}
      >
        {() => (
          <>
            <Form.Item name="unitId" label="下访的村居或企业" rules={[{ required: true, message: '请选择村居或企业' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={villages.map((u) => ({ value: u.id, label: u.name }))} notFoundContent="没有可选的村居或企业" />
            </Form.Item>
            <Form.Item name="visitedOn" label="下访日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="visitors" label="下访人员" rules={[{ required: true, min: 2, message: '请填写下访人员' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="place" label="地点" rules={[{ required: true, min: 2, message: '请填写地点' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="metWith" label="接触对象（党员干部、群众、骨干、知情人）" rules={[{ required: true, min: 2, message: '请填写接触对象' }]}>
              <Input.TextArea rows={2} maxLength={300} />
            </Form.Item>
            <Form.Item name="problemsFound" label="发现的问题（没有请写“无”）" rules={[{ required: true, message: '请填写发现的问题' }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="followUp" label="后续跟进" rules={[{ required: true, message: '请填写后续跟进' }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ description: string; peopleCount: number; keyPersons?: string; category: string; level: string; measures: string; responsiblePerson: string; deadline: Dayjs }>
        title={toRisk ? `转为信访隐患（${toRisk.unitName}）` : '转为信访隐患'}
        open={!!toRisk}
        okText="转为隐患"
        initialValues={{ description: toRisk?.problemsFound, measures: toRisk?.followUp, peopleCount: 1, level: 'ordinary' }}
        onCancel={() => setToRisk(null)}
        onSubmit={async (v) => {
          await api.post(`/field-diaries/${toRisk!.id}/risk`, { ...v, deadline: v.deadline.format('YYYY-MM-DD') });
          void message.success('已转为信访隐患，列入该村居的隐患台账');
          setToRisk(null);
          reload();
        }}
      >
        {() => (
          <Space direction="vertical" style={{ width: '100%' }} size={0}>
            <Form.Item name="description" label="隐患情况" rules={[{ required: true, min: 4, message: '请描述隐患情况（至少 4 个字）' }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
            <Form.Item name="peopleCount" label="涉及人数" rules={[{ required: true, message: '请填写涉及人数' }]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="category" label="隐患类别" rules={[{ required: true, message: '请选择隐患类别' }]}>
              <Select options={RISK_CATEGORIES.map((c) => ({ value: c, label: RISK_CATEGORY_LABELS[c] }))} />
            </Form.Item>
            <Form.Item name="level" label="隐患等级" rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))} />
            </Form.Item>
            <Form.Item name="measures" label="调处措施" rules={[{ required: true, min: 2, message: '请填写调处措施' }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="responsiblePerson" label="责任人" rules={[{ required: true, min: 2, message: '请填写责任人' }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="deadline" label="化解时限" rules={[{ required: true, message: '请选择化解时限' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Space>
        )}
      </FormModal>
    </>
  );
}
