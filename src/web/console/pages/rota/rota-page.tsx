import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage, request } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { useLoad } from '../../../common/use-load.js';
import { hasPermission, useMe } from '../../session.js';

interface Slot {
  id: string;
  unitId: string;
  day: string;
  timeRange: string;
  leaderName: string;
  leaderTitle: string | null;
  place: string;
  topics: string | null;
  swaps: { fromLeader: string; toLeader: string; reason: string; byName: string; at: string }[];
  visits: { caseId: string; caseNo: string; title: string; leaderName: string }[];
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

interface Leader {
  id: string;
  name: string;
  title: string | null;
  unitName: string;
}

/** The leaders who may receive visitors for a unit (its own and, within the user's scope, those above it). */
function LeaderSelect({
  unitId,
  value,
  onChange,
  id,
}: {
  unitId: string;
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const leaders = useLoad(() => api.get<{ items: Leader[] }>('/reception-leaders', { unitId }), unitId);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={leaders.loading}
      placeholder="请选择领导"
      notFoundContent="没有可选的领导"
      options={(leaders.data?.items ?? []).map((l) => ({
        value: l.id,
        label: `${l.name}${l.title ? `（${l.title}）` : `（${l.unitName}）`}`,
      }))}
    />
  );
}

/** 领导接访: the rota of the coming weeks (published on the portal), swaps, and the visits each day received. */
export default function RotaPage() {
  const me = useMe();
  const { message } = App.useApp();
  const canManage = hasPermission(me, 'reception.manage');
  const [from, setFrom] = useState<Dayjs>(dayjs().startOf('day'));
  const [tick, setTick] = useState(0);
  const [adding, setAdding] = useState(false);
  const [swapping, setSwapping] = useState<Slot | null>(null);
  const to = from.add(27, 'day');
  const rota = useLoad(
    () =>
      api.get<{ items: Slot[] }>('/reception-rota', {
        from: from.format('YYYY-MM-DD'),
        to: to.format('YYYY-MM-DD'),
      }),
    `${from.format('YYYY-MM-DD')}:${tick}`,
  );
  const reload = () => setTick((n) => n + 1);
  if (rota.error) return <ErrorResult error={rota.error} onRetry={() => void rota.reload()} />;
  return (
    <Card
      title="领导接访安排"
      extra={
        <Space wrap>
          <DatePicker
            value={from}
            onChange={(d) => d && setFrom(d)}
            allowClear={false}
            aria-label="起始日期"
          />
          {canManage && (
            <Button type="primary" onClick={() => setAdding(true)}>
              新增接访安排
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        今后四周的安排在网上信访平台公布；换班后公布的接访领导随之更新，换班记录保留。在接访日登记的来访件记下当班接访领导。同一领导或同一地点同一时段不能重复安排。
      </Typography.Paragraph>
      <Table<Slot>
        rowKey="id"
        size="middle"
        loading={rota.loading}
        dataSource={rota.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '这段时间没有接访安排' }}
        columns={[
          {
            title: '日期',
            key: 'day',
            width: 130,
            render: (_: unknown, s) => `${s.day}（周${WEEKDAYS[dayjs(s.day).day()]}）`,
          },
          { title: '时间', dataIndex: 'timeRange', key: 'time', width: 120 },
          {
            title: '接访领导',
            key: 'leader',
            render: (_: unknown, s) => (
              <>
                {s.leaderName}
                {s.leaderTitle && <Typography.Text type="secondary">（{s.leaderTitle}）</Typography.Text>}
              </>
            ),
          },
          { title: '地点', dataIndex: 'place', key: 'place' },
          {
            title: '换班记录',
            key: 'swaps',
            render: (_: unknown, s) =>
              s.swaps.length
                ? s.swaps.map((w, i) => (
                    <div key={i}>{`${w.fromLeader} → ${w.toLeader}（${w.reason}；${w.byName}）`}</div>
                  ))
                : '—',
          },
          {
            title: '当班接待的来访',
            key: 'visits',
            render: (_: unknown, s) =>
              s.visits.length
                ? s.visits.map((v) => (
                    <div key={v.caseId}>
                      <Link to={`/cases/${v.caseId}`}>{v.caseNo}</Link> {v.title}
                    </div>
                  ))
                : '—',
          },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, s: Slot) => (
                    <Space>
                      <Button size="small" onClick={() => setSwapping(s)}>
                        换班
                      </Button>
                      {!s.visits.length && (
                        <Popconfirm
                          title="删除接访安排"
                          okText="删除"
                          cancelText="取消"
                          onConfirm={async () => {
                            try {
                              await request('DELETE', `/reception-slots/${s.id}`);
                              reload();
                            } catch (e) {
                              void message.error(errorMessage(e));
                            }
                          }}
                        >
                          <Button size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ leaderUserId: string; reason: string }>
        title={
          swapping ? `换班：${swapping.day} ${swapping.timeRange}（原安排 ${swapping.leaderName}）` : '换班'
        }
        open={!!swapping}
        okText="确认换班"
        onCancel={() => setSwapping(null)}
        onSubmit={async (v) => {
          await api.post(`/reception-slots/${swapping!.id}/swap`, v);
          void message.success('已换班');
          setSwapping(null);
          reload();
        }}
      >
        {() => (
          <>
            <Form.Item
              name="leaderUserId"
              label="接替接访的领导"
              rules={[{ required: true, message: '请选择接替的领导' }]}
            >
              {swapping && <LeaderSelect unitId={swapping.unitId} />}
            </Form.Item>
            <Form.Item
              name="reason"
              label="换班原因"
              rules={[{ required: true, min: 2, message: '请填写换班原因' }]}
            >
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ day: Dayjs; timeRange: string; leaderUserId: string; place: string; topics?: string }>
        title="新增接访安排"
        open={adding}
        okText="保存"
        initialValues={{ timeRange: '08:30-12:00', place: '群众来访接待室' }}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.post('/reception-slots', {
            ...v,
            unitId: me.unit.id,
            day: v.day.format('YYYY-MM-DD'),
            ...(v.topics ? {} : { topics: undefined }),
          });
          void message.success('已新增接访安排');
          setAdding(false);
          reload();
        }}
      >
        {() => (
          <>
            <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="timeRange"
              label="时间"
              rules={[{ required: true, min: 2, message: '请填写时间，如 08:30-12:00' }]}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              name="leaderUserId"
              label="接访领导"
              rules={[{ required: true, message: '请选择接访领导' }]}
            >
              <LeaderSelect unitId={me.unit.id} />
            </Form.Item>
            <Form.Item name="place" label="地点" rules={[{ required: true, min: 2, message: '请填写地点' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="topics" label="接访重点">
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
