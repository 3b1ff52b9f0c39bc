import { Button, Descriptions, Drawer, Empty, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { REPORT_FREQUENCY_LABELS, REPORT_STATE_LABELS, type ReportState } from '../../../../domain/risks/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { useLoad } from '../../../common/use-load.js';
import { LevelTag, STATE_COLORS, StateTag, StatusTag } from './risk-tags.js';
import type { RiskGrid, RiskReport } from './types.js';

type Row = RiskGrid['rows'][number];
type Cell = Row['cells'][number];

function cellText(c: Cell) {
  if (c.state === 'missing' || c.state === 'pending') return REPORT_STATE_LABELS[c.state];
  if (c.state === 'notRequired') return '—';
  const what = c.nil ? '无隐患' : `${c.risks} 条`;
  return c.state === 'late' ? `逾期·${what}` : what;
}

/** 上报情况: reporting units × the last periods, each cell on time, late, missing or pending. */
export function ReportGrid({ onOpenRisk }: { onOpenRisk: (id: string) => void }) {
  const [periods, setPeriods] = useState(8);
  const grid = useLoad(() => api.get<RiskGrid>('/risk-reports/grid', { periods }), String(periods));
  const [reportId, setReportId] = useState<string | null>(null);
  const report = useLoad(() => (reportId ? api.get<RiskReport>(`/risk-reports/${reportId}`) : Promise.resolve(null)), reportId ?? '');
  if (grid.error) return <ErrorResult error={grid.error} onRetry={() => void grid.reload()} />;
  const g = grid.data;
  const columns = [
    { title: '单位', dataIndex: 'unitName', key: 'unit', fixed: 'left' as const, width: 150 },
    ...(g?.periods ?? []).map((p, i) => ({
      title: (
        <span title={`${p.label}，截止 ${p.due}`}>
          {p.start.slice(5)}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            截止 {p.due.slice(5)}
          </Typography.Text>
        </span>
      ),
      key: p.start,
      width: 96,
      render: (_: unknown, r: Row) => {
        const c = r.cells[i]!;
        const tag = (
          <Tag color={STATE_COLORS[c.state]} data-testid={`cell-${r.unitName}-${c.periodStart}`} aria-label={`${r.unitName} ${p.label} ${REPORT_STATE_LABELS[c.state]}`}>
            {cellText(c)}
          </Tag>
        );
        return c.reportId ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setReportId(c.reportId)}>
            {tag}
          </Button>
        ) : (
          tag
        );
      },
    })),
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {g && (
          <>
            <span>上报周期：{REPORT_FREQUENCY_LABELS[g.frequency]}</span>
            <Tag color={g.missing ? 'red' : 'green'}>未报 {g.missing} 期次</Tag>
            <Tag color={g.late ? 'orange' : 'green'}>逾期上报 {g.late} 期次</Tag>
          </>
        )}
        <span>
          显示最近 <InputNumber size="small" min={1} max={26} value={periods} onChange={(v) => v && setPeriods(v)} style={{ width: 64 }} aria-label="显示期数" /> 期
        </span>
        {(['onTime', 'late', 'missing', 'pending'] as ReportState[]).map((s) => (
          <StateTag key={s} state={s} />
        ))}
      </Space>
      <Table<Row> rowKey="unitId" size="small" bordered loading={grid.loading} dataSource={g?.rows ?? []} columns={columns} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: <Empty description="没有需要上报的下属单位" /> }} />
      <Drawer title={report.data ? `${report.data.unitName} · ${report.data.label}` : '排查表'} open={!!reportId} onClose={() => setReportId(null)} width={640}>
        {report.data && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label="上报人">{report.data.filedByName}</Descriptions.Item>
              <Descriptions.Item label="上报日期">
                {report.data.filedOn}（截止 {report.data.dueOn}） <StateTag state={report.data.state} />
              </Descriptions.Item>
              {report.data.note && <Descriptions.Item label="备注">{report.data.note}</Descriptions.Item>}
            </Descriptions>
            {report.data.nil ? (
              <Empty description="本期无隐患" style={{ marginTop: 24 }} />
            ) : (
              <Table
                style={{ marginTop: 16 }}
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={report.data.items}
                onRow={(r) => ({ onClick: () => onOpenRisk(r.id), style: { cursor: 'pointer' } })}
                columns={[
                  { title: '隐患情况', dataIndex: 'description', key: 'd' },
                  { title: '人数', dataIndex: 'peopleCount', key: 'n', width: 60 },
                  { title: '等级', key: 'l', width: 70, render: (_: unknown, r) => <LevelTag level={r.level} /> },
                  { title: '状态', key: 's', width: 110, render: (_: unknown, r) => <StatusTag status={r.status} /> },
                ]}
              />
            )}
          </>
        )}
      </Drawer>
    </>
  );
}
