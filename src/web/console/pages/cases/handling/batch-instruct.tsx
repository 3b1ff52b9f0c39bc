import { Alert, App, Button, Card, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PIPELINE_LABELS, type Pipeline } from '../../../../../domain/vocabulary/index.js';
import { api } from '../../../../common/api.js';
import { ErrorResult } from '../../../../common/error-result.js';
import { FormModal } from '../../../../common/form-modal.js';
import type { PageOf } from '../../../../common/types.js';
import { useLoad } from '../../../../common/use-load.js';
import type { Trail } from './types.js';

interface Waiting {
  id: string;
  caseNo: string;
  title: string;
  receivedOn: string;
  pipeline: string;
  petitionerNames: string | null;
}
interface Values {
  instruction: string;
  documentNo?: string;
}
interface Result {
  id: string;
  ok: boolean;
  message?: string;
}

/** 待批示 of the leader's unit: tick several, write one instruction for all; each case succeeds or fails on its own. */
export function BatchInstruct() {
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const list = useLoad(
    () =>
      api.get<PageOf<Waiting>>('/cases', {
        queue: 'toInstruct',
        limit: 100,
        sort: 'receivedOn',
        order: 'asc',
      }),
    `toInstruct#${tick}`,
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [writing, setWriting] = useState(false);
  const [failures, setFailures] = useState<{ caseNo: string; message: string }[]>([]);
  const items = list.data?.items ?? [];

  const submit = async (v: Values) => {
    // The list has no versions: read each case's current one just before instructing.
    const versions = await Promise.all(
      selected.map(async (id) => ({ id, version: (await api.get<Trail>(`/cases/${id}/trail`)).version })),
    );
    const { results } = await api.post<{ results: Result[] }>('/cases/instruct', {
      items: versions,
      instruction: v.instruction.trim(),
      ...(v.documentNo?.trim() ? { documentNo: v.documentNo.trim() } : {}),
    });
    const done = results.filter((r) => r.ok).length;
    const failed = results
      .filter((r) => !r.ok)
      .map((r) => ({
        caseNo: items.find((c) => c.id === r.id)?.caseNo ?? '',
        message: r.message ?? '批示失败',
      }));
    setFailures(failed);
    if (done) message.success(`已批示 ${done} 件`);
    setWriting(false);
    setSelected([]);
    setTick((t) => t + 1);
  };

  return (
    <Card
      title={`待批示（${list.data?.total ?? 0} 件）`}
      extra={
        <Button type="primary" disabled={selected.length === 0} onClick={() => setWriting(true)}>
          批量批示{selected.length ? `（${selected.length}）` : ''}
        </Button>
      }
      data-testid="to-instruct"
    >
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setFailures([]) }}
          style={{ marginBottom: 12 }}
          title="以下信访件未能批示"
          description={failures.map((f) => (
            <div key={f.caseNo}>
              {f.caseNo}：{f.message}
            </div>
          ))}
        />
      )}
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : (
        <Table<Waiting>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: '没有待批示的信访件' }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          columns={[
            {
              title: '信访编号',
              key: 'caseNo',
              render: (_, c) => <Link to={`/cases/${c.id}`}>{c.caseNo}</Link>,
            },
            { title: '标题', dataIndex: 'title', key: 'title' },
            {
              title: '业务类型',
              key: 'pipeline',
              render: (_, c) => PIPELINE_LABELS[c.pipeline as Pipeline] ?? c.pipeline,
            },
            { title: '信访人', key: 'who', render: (_, c) => c.petitionerNames || '匿名' },
            { title: '收信日期', dataIndex: 'receivedOn', key: 'receivedOn' },
          ]}
        />
      )}
      <FormModal<Values>
        title={`批量批示（${selected.length} 件）`}
        okText="批示"
        open={writing}
        onCancel={() => setWriting(false)}
        onSubmit={submit}
      >
        {() => (
          <>
            <Typography.Paragraph type="secondary">
              同一批示意见将分别记入所选每一件的办理轨迹。
            </Typography.Paragraph>
            <Form.Item
              name="instruction"
              label="批示内容"
              rules={[
                { required: true, whitespace: true, message: '请填写批示内容' },
                { min: 2, message: '批示内容至少 2 个字' },
              ]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="documentNo" label="文号">
              <Input maxLength={60} placeholder="如 德纪批〔2026〕3号" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
