import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Form, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { DIMENSION_LABELS, DIMENSIONS, REGION_DRILL_LABELS, REGION_DRILL_LEVELS, type Dimension, type RegionDrillLevel } from '../../../../domain/indicators/dimensions.js';
import { CHANNEL_LABELS, PIPELINE_LABELS } from '../../../../domain/vocabulary/index.js';
import type { CrossTab, IndicatorTable, IndicatorValue } from '../../../../shared/schemas/statistics.js';
import { api, API_BASE, withQuery } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import type { Items, Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import { UnitSelect } from '../../components/unit-select.js';
import { CrossTabView } from './cross-tab-view.js';
import { fractionText, indicatorText } from './format.js';

const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
const NEXT: Record<RegionDrillLevel, RegionDrillLevel | null> = { province: 'city', city: 'county', county: 'town', town: null };

interface Settings {
  unitId?: string;
  range: [Dayjs, Dayjs];
  rows: Dimension;
  columns?: Dimension;
  compare: boolean;
  pipeline?: string;
  channel?: string;
  regionLevel?: RegionDrillLevel;
  matterRegionCode?: string;
}

/** 统计分析: the cross-tab builder (rows, columns, filters; every figure opens its cases), indicators, exports. */
export default function StatisticsPage() {
  const [s, setS] = useState<Settings>({ range: [dayjs().startOf('month'), dayjs().endOf('month')], rows: 'category1', columns: 'channel', compare: false });
  const [regionPath, setRegionPath] = useState<string[]>([]);
  const units = useLoad(() => api.get<Items<Unit>>('/units'), 'units');
  const base = useMemo(
    () => ({
      unitId: s.unitId,
      from: s.range[0].format('YYYY-MM-DD'),
      to: s.range[1].format('YYYY-MM-DD'),
      pipeline: s.pipeline,
      channel: s.channel,
      regionLevel: s.regionLevel,
      matterRegionCode: s.matterRegionCode,
    }),
    [s],
  );
  const tabQuery = { ...base, rows: s.rows, columns: s.columns, compare: s.compare ? 'true' : undefined };
  const tab = useLoad(() => api.get<CrossTab>('/statistics/cross-tab', tabQuery), JSON.stringify(tabQuery));
  const indicators = useLoad(() => api.get<IndicatorTable>('/statistics/indicators', base), JSON.stringify(base));
  const set = (patch: Partial<Settings>) => setS((old) => ({ ...old, ...patch }));
  const usesRegion = s.rows === 'region' || s.columns === 'region';

  const drillRegion = (code: string) => {
    // The level of the region clicked, from its code's shape (440000 province, 441200 city, 441226 county).
    const level: RegionDrillLevel = code.length === 9 ? 'town' : code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
    const next = NEXT[level];
    if (!next) return;
    setRegionPath([...regionPath, code]);
    set({ matterRegionCode: code, regionLevel: next });
  };
  const regionBack = () => {
    const path = regionPath.slice(0, -1);
    setRegionPath(path);
    const up = REGION_DRILL_LEVELS[Math.max(0, REGION_DRILL_LEVELS.indexOf(s.regionLevel ?? 'county') - 1)];
    set({ matterRegionCode: path[path.length - 1], regionLevel: up });
  };

  // A link with `download`: the file arrives as a download of this page (the session cookie goes along).
  const download = (path: string, query: Record<string, string | undefined>) => {
    const a = document.createElement('a');
    a.href = withQuery(`${API_BASE}${path}`, query);
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  const openPage = (path: string, query: Record<string, string | undefined>) => window.open(withQuery(`${API_BASE}${path}`, query), '_blank');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="统计分析" size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label="单位">
            <UnitSelect units={units.data?.items ?? []} value={s.unitId} onChange={(unitId) => set({ unitId })} allowClear placeholder="本单位（含下级）" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item label="统计期间">
            <DatePicker.RangePicker value={s.range} allowClear={false} onChange={(v) => v?.[0] && v[1] && set({ range: [v[0], v[1]] })} />
          </Form.Item>
          <Form.Item label="行">
            <Select aria-label="行维度" style={{ width: 170 }} value={s.rows} onChange={(rows: Dimension) => set({ rows })} options={DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))} />
          </Form.Item>
          <Form.Item label="列">
            <Select
              aria-label="列维度"
              style={{ width: 170 }}
              allowClear
              placeholder="（不分列）"
              value={s.columns}
              onChange={(columns?: Dimension) => set({ columns })}
              options={DIMENSIONS.filter((d) => d !== s.rows).map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))}
            />
          </Form.Item>
          {usesRegion && (
            <Form.Item label="属地统计到">
              <Select style={{ width: 130 }} value={s.regionLevel} placeholder="默认" allowClear onChange={(regionLevel?: RegionDrillLevel) => set({ regionLevel })} options={options(REGION_DRILL_LABELS)} />
            </Form.Item>
          )}
          <Form.Item label="业务类型">
            <Select style={{ width: 160 }} allowClear placeholder="全部" value={s.pipeline} onChange={(pipeline?: string) => set({ pipeline })} options={options(PIPELINE_LABELS)} />
          </Form.Item>
          <Form.Item label="信访形式">
            <Select style={{ width: 150 }} allowClear placeholder="全部" value={s.channel} onChange={(channel?: string) => set({ channel })} options={options(CHANNEL_LABELS)} />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={s.compare} onChange={(e) => set({ compare: e.target.checked })}>
              同比、环比
            </Checkbox>
          </Form.Item>
        </Form>
      </Card>
      <Tabs
        items={[
          {
            key: 'cross',
            label: '交叉统计',
            children: (
              <Card
                size="small"
                title={tab.data ? `${tab.data.title}（${tab.data.unit.name}，${tab.data.period.label}）` : '交叉统计'}
                extra={
                  <Space>
                    {s.matterRegionCode && (
                      <>
                        <Tag color="blue">问题属地：{s.matterRegionCode}</Tag>
                        <Button size="small" onClick={regionBack}>
                          返回上一级
                        </Button>
                      </>
                    )}
                    <Button icon={<DownloadOutlined />} onClick={() => download('/statistics/cross-tab.xlsx', tabQuery)}>
                      导出 Excel
                    </Button>
                  </Space>
                }
              >
                {tab.error ? <ErrorResult error={tab.error} onRetry={() => void tab.reload()} /> : tab.data ? <CrossTabView tab={tab.data} onDrillRegion={drillRegion} /> : <Typography.Text>加载中…</Typography.Text>}
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  点击数字可查看对应的信访件清单。
                </Typography.Paragraph>
              </Card>
            ),
          },
          {
            key: 'indicators',
            label: '工作指标',
            children: (
              <Card
                size="small"
                title={indicators.data ? `${indicators.data.title}（${indicators.data.unit.name}，${indicators.data.period.label}）` : '工作指标'}
                extra={
                  <Space>
                    <Button icon={<DownloadOutlined />} onClick={() => download('/statistics/indicators.xlsx', base)}>
                      导出 Excel
                    </Button>
                    <Button icon={<PrinterOutlined />} onClick={() => openPage('/statistics/monthly-report', { unitId: s.unitId, month: s.range[1].format('YYYY-MM') })}>
                      打印月报
                    </Button>
                  </Space>
                }
              >
                {indicators.error ? <ErrorResult error={indicators.error} onRetry={() => void indicators.reload()} /> : <IndicatorsView table={indicators.data} loading={indicators.loading} />}
              </Card>
            ),
          },
        ]}
      />
    </Space>
  );
}

function IndicatorsView({ table, loading }: { table: IndicatorTable | undefined; loading: boolean }) {
  if (!table) return <Typography.Text>{loading ? '加载中…' : ''}</Typography.Text>;
  type Row = { unitId: string; unitName: string; values: IndicatorValue[] };
  const rows: Row[] = [...table.units, { unitId: '__total', unitName: '合计', values: table.total }];
  return (
    <>
      <Table<Row>
        data-testid="indicator-table"
        size="small"
        bordered
        pagination={false}
        rowKey="unitId"
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: '单位', dataIndex: 'unitName', key: 'unit', fixed: 'left' },
          ...table.total.map((v, i) => ({
            title: <Tooltip title={v.definition}>{v.label}</Tooltip>,
            key: v.indicator,
            align: 'right' as const,
            render: (_: unknown, r: Row) => (
              <Tooltip title={fractionText(r.values[i]!)}>
                <span>{indicatorText(r.values[i]!)}</span>
              </Tooltip>
            ),
          })),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        “零越级”：距最近一次越级访 {table.zeroSkipLevelDays} 天。统计截至 {table.asOf}。
      </Typography.Paragraph>
      <dl data-testid="indicator-definitions" style={{ margin: 0 }}>
        {table.total.map((v) => (
          <Typography.Paragraph key={v.indicator} style={{ marginBottom: 4 }}>
            <Typography.Text type="secondary">{v.definition}</Typography.Text>
          </Typography.Paragraph>
        ))}
      </dl>
    </>
  );
}
