import { App, Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isOpenRisk } from '../../../../domain/risks/index.js';
import { api } from '../../../common/api.js';
import { FormModal } from '../../../common/form-modal.js';
import { ResolveModal } from '../../components/resolve-modal.js';
import type { Risk } from './types.js';

/** 填写进展 and 已化解 on one open risk; `onDone` reloads the caller's view. */
export function RiskActions({ risk, onDone, today }: { risk: Risk; onDone: () => void; today?: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<'progress' | 'resolve' | null>(null);
  if (!isOpenRisk(risk.status)) return null;
  return (
    <>
      <Space wrap>
        <Button size="small" onClick={() => setOpen('progress')}>
          填写进展
        </Button>
        {risk.status === 'screening' && (
          <Button
            size="small"
            onClick={async () => {
              try {
                await api.post(`/risks/${risk.id}/status`, { status: 'mediating', version: risk.version });
                void message.success('已改为调处中');
                onDone();
              } catch (e) {
                void message.error(e instanceof Error ? e.message : '操作失败');
              }
            }}
          >
            开始调处
          </Button>
        )}
        <Button size="small" type="primary" ghost onClick={() => setOpen('resolve')}>
          已化解
        </Button>
      </Space>
      <FormModal<{ note: string; day?: Dayjs }>
        title="填写进展"
        open={open === 'progress'}
        okText="保存进展"
        initialValues={{ day: today ? dayjs(today) : dayjs() }}
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          await api.post(`/risks/${risk.id}/progress`, { note: v.note, ...(v.day ? { day: v.day.format('YYYY-MM-DD') } : {}) });
          void message.success('进展已保存');
          setOpen(null);
          onDone();
        }}
      >
        {() => (
          <>
            <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="note" label="事态发展和处理情况" rules={[{ required: true, min: 2, message: '请填写进展情况（至少 2 个字）' }]}>
              <Input.TextArea rows={4} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <ResolveModal
        title="标记为已化解"
        open={open === 'resolve'}
        onCancel={() => setOpen(null)}
        onSubmit={async (resolution) => {
          await api.post(`/risks/${risk.id}/status`, { status: 'resolved', resolution, version: risk.version });
          void message.success('已标记为已化解');
          setOpen(null);
          onDone();
        }}
      />
    </>
  );
}
