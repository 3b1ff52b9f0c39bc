import { App, Button, Card, DatePicker, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FOLLOW_UP_STATE_LABELS, MEETING_KIND_LABELS, MEETING_KINDS, type FollowUpState, type MeetingKind } from '../../../../domain/meetings/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';

interface FollowUp {
  id: string;
  task: string;
  ownerName: string;
  dueOn: string;
  doneOn: string | null;
  doneNote: string | null;
  state: FollowUpState;
}
interface Meeting {
  id: string;
  unitName: string;
  kind: MeetingKind;
  heldOn: string;
  attendees: string;
  topics: string;
  decisions: string;
  recordedBy: string;
  followUps: FollowUp[];
}
interface Meetings {
  cadence: { kind: MeetingKind; last: string | null; nextDue: string; overdue: boolean }[];
  items: Meeting[];
}
const STATE_COLORS: Record<FollowUpState, string> = { open: 'processing', dueSoon: 'gold', overdue: 'red', done: 'green', doneLate: 'orange' };

/** 会议: 三会 and the screening meeting with their follow-ups tracked to done. */
export function MeetingsTab() {
  const me = useMe();
  const { message } = App.useApp();
  const canWrite = hasPermission(me, 'meeting.write');
  const [tick, setTick] = useState(0);
  const [recording, setRecording] = useState(false);
  const [finishing, setFinishing] = useState<FollowUp | null>(null);
  const list = useLoad(() => api.get<Meetings>('/meetings'), String(tick));
  const reload = () => setTick((n) => n + 1);
  if (list.error) return <ErrorResult error={list.error} onRetry={() => void list.reload()} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {canWrite && (
          <Button type="primary" onClick={() => setRecording(true)}>
            记录会议
          </Button>
        )}
        {list.data?.cadence.map((c) => (
          <Tag key={c.kind} color={c.overdue ? 'red' : 'green'}>
            {MEETING_KIND_LABELS[c.kind]}：{c.last ? `上次 ${c.last}` : '尚未召开'}，{c.overdue ? `应于 ${c.nextDue} 前召开，已逾期` : `下次应于 ${c.nextDue} 前召开`}
          </Tag>
        ))}
      </Space>
      {!list.data?.items.length && !list.loading && <Empty description="还没有会议记录" />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {list.data?.items.map((m) => (
          <Card key={m.id} size="small" title={`${m.heldOn} ${MEETING_KIND_LABELS[m.kind]}`} extra={<Typography.Text type="secondary">{m.unitName} · 记录人 {m.recordedBy}</Typography.Text>}>
            <Typography.Paragraph style={{ marginBottom: 4 }}>参会人员：{m.attendees}</Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 4 }}>议题：{m.topics}</Typography.Paragraph>
            <Typography.Paragraph>决定事项：{m.decisions}</Typography.Paragraph>
            {m.followUps.map((f) => (
              <div key={f.id} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', padding: '4px 0' }}>
                <Tag color={STATE_COLORS[f.state]}>{FOLLOW_UP_STATE_LABELS[f.state]}</Tag>
                <span>{f.task}</span>
                <Typography.Text type="secondary">
                  责任人 {f.ownerName}，期限 {f.dueOn}
                  {f.doneOn && `，${f.doneOn} 办结：${f.doneNote ?? ''}`}
                </Typography.Text>
                {canWrite && !f.doneOn && (
                  <Button size="small" onClick={() => setFinishing(f)}>
                    办结
                  </Button>
                )}
              </div>
            ))}
          </Card>
        ))}
      </Space>
      <FormModal<{ kind: MeetingKind; heldOn: Dayjs; attendees: string; topics: string; decisions: string; followUps?: { task: string; ownerName: string; dueOn: Dayjs }[] }>
        title="记录会议"
        open={recording}
        okText="保存"
        width={680}
        initialValues={{ kind: 'screening', heldOn: dayjs(), followUps: [] }}
        onCancel={() => setRecording(false)}
        onSubmit={async (v) => {
          await api.post('/meetings', { ...v, heldOn: v.heldOn.format('YYYY-MM-DD'), followUps: (v.followUps ?? []).map((f) => ({ ...f, dueOn: f.dueOn.format('YYYY-MM-DD') })) });
          void message.success('会议记录已保存');
          setRecording(false);
          reload();
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label="会议类型" rules={[{ required: true }]}>
              <Select options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))} />
            </Form.Item>
            <Form.Item name="heldOn" label="会议日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="attendees" label="参会人员" rules={[{ required: true, min: 2, message: '请填写参会人员' }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="topics" label="议题" rules={[{ required: true, min: 2, message: '请填写议题' }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="decisions" label="决定事项" rules={[{ required: true, min: 2, message: '请填写决定事项' }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.List name="followUps">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="start" wrap>
                      <Form.Item name={[f.name, 'task']} label={`落实事项 ${i + 1}`} rules={[{ required: true, min: 2, message: '请填写落实事项' }]}>
                        <Input maxLength={300} style={{ width: 240 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'ownerName']} label="责任人" rules={[{ required: true, min: 2, message: '请填写责任人' }]}>
                        <Input maxLength={50} style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'dueOn']} label="期限" rules={[{ required: true, message: '请选择期限' }]}>
                        <DatePicker />
                      </Form.Item>
                      <Button type="link" danger onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                        删除
                      </Button>
                    </Space>
                  ))}
                  <Button block onClick={() => add()}>
                    添加落实事项
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
      </FormModal>
      <FormModal<{ note: string }>
        title={finishing ? `办结：${finishing.task}` : '办结'}
        open={!!finishing}
        okText="办结"
        onCancel={() => setFinishing(null)}
        onSubmit={async (v) => {
          await api.post(`/meeting-follow-ups/${finishing!.id}/done`, v);
          void message.success('已办结');
          setFinishing(null);
          reload();
        }}
      >
        {() => (
          <Form.Item name="note" label="落实情况" rules={[{ required: true, min: 2, message: '请填写落实情况' }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
