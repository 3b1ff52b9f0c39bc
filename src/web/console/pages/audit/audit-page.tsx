import { Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../../common/api.js';
import { AuditDetail } from '../../../common/audit-detail.js';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditObjectLabel } from '../../../common/audit-labels.js';
import { ErrorResult } from '../../../common/error-result.js';
import { chinaTime, chinaWallTimeToIso } from '../../../common/format.js';
import type { AuditEntry, AuditPage as AuditPageData } from '../../../common/types.js';

const PAGE = 100;

interface Filter {
  range: [Dayjs | null, Dayjs | null] | null;
  action?: string | undefined;
  q: string;
}

const toQuery = (f: Filter) => ({
  from: f.range?.[0] ? chinaWallTimeToIso(f.range[0].format('YYYY-MM-DDTHH:mm:ss')) : undefined,
  to: f.range?.[1] ? chinaWallTimeToIso(f.range[1].format('YYYY-MM-DDTHH:mm:ss')) : undefined,
  action: f.action,
  q: f.q.trim(),
  limit: PAGE,
});

const columns = [
  { title: '时间', dataIndex: 'at', key: 'at', width: 180, render: chinaTime },
  { title: '操作人', dataIndex: 'actorName', key: 'actorName', width: 160 },
  { title: '操作', dataIndex: 'action', key: 'action', width: 180, render: auditActionLabel },
  {
    title: '对象',
    key: 'object',
    render: (_: unknown, e: AuditEntry) => (
      <span>
        {auditObjectLabel(e.objectType)}
        {e.objectId && (
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
            {e.objectId}
          </Typography.Text>
        )}
      </span>
    ),
  },
  { title: '来源地址', dataIndex: 'ip', key: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
];

/** The audit trail, newest first, paged backwards by id ("加载更多"). Read-only, for the security auditor. */
export default function AuditPage() {
  const [draft, setDraft] = useState<Filter>({ range: null, q: '' });
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const applied = useRef<Filter>(draft);
  const ticket = useRef(0);

  const load = useCallback(async (filter: Filter, beforeId?: number) => {
    const mine = ++ticket.current;
    setLoading(true);
    try {
      const page = await api.get<AuditPageData>('/audit', { ...toQuery(filter), beforeId });
      if (mine !== ticket.current) return;
      setItems((prev) => (beforeId ? [...prev, ...page.items] : page.items));
      setNext(page.nextBeforeId);
      setError(null);
    } catch (e) {
      if (mine === ticket.current)
        setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', '加载失败，请稍后重试'));
    } finally {
      if (mine === ticket.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(applied.current);
  }, [load]);

  const search = (f: Filter) => {
    applied.current = f;
    void load(f);
  };

  return (
    <Card title="审计日志">
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          showTime
          placeholder={['开始时间', '结束时间']}
          value={draft.range}
          onChange={(range) => setDraft((d) => ({ ...d, range }))}
        />
        <Select
          placeholder="全部操作"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={draft.action}
          onChange={(action: string | undefined) => setDraft((d) => ({ ...d, action }))}
          options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          style={{ width: 200 }}
        />
        <Input
          placeholder="操作人姓名或来源地址"
          allowClear
          value={draft.q}
          onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
          onPressEnter={() => search(draft)}
          style={{ width: 220 }}
        />
        <Button type="primary" onClick={() => search(draft)}>
          查询
        </Button>
        <Button
          onClick={() => {
            const empty: Filter = { range: null, q: '' };
            setDraft(empty);
            search(empty);
          }}
        >
          重置
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        时间均为北京时间。审计记录只能查阅，任何人都不能修改或删除。
      </Typography.Paragraph>
      {error ? (
        <ErrorResult error={error} onRetry={() => search(applied.current)} />
      ) : (
        <>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={loading}
            dataSource={items}
            columns={columns}
            pagination={false}
            expandable={{ expandedRowRender: (e) => <AuditDetail detail={e.detail} /> }}
          />
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            {next !== null ? (
              <Button loading={loading} onClick={() => void load(applied.current, next)}>
                加载更多
              </Button>
            ) : (
              items.length > 0 && (
                <Typography.Text type="secondary">已显示全部 {items.length} 条记录</Typography.Text>
              )
            )}
          </div>
        </>
      )}
    </Card>
  );
}
