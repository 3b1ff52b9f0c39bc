import { Button, Card, Col, DatePicker, Empty, Row, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Dashboard } from '../../../../shared/schemas/statistics.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { useLoad } from '../../../common/use-load.js';
import { Chart } from './chart.js';
import { changeText, drillLink, fractionText, indicatorText } from './format.js';
import { RegionMap } from './region-map.js';

const NEXT_LEVEL = { province: 'city', city: 'county', county: null, town: null } as const;

/** 领导驾驶舱: the leader's view of their whole subtree for a month. */
export default function DashboardPage() {
  const navigate = useNavigate();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  // The map's drill-down path: each step the region clicked and the level of the areas inside it.
  const [path, setPath] = useState<{ code: string; name: string; level: 'city' | 'county' }[]>([]);
  const here = path[path.length - 1];
  const query = {
    from: month.startOf('month').format('YYYY-MM-DD'),
    to: month.endOf('month').format('YYYY-MM-DD'),
    ...(here ? { matterRegionCode: here.code, regionLevel: here.level } : {}),
  };
  const key = JSON.stringify(query);
  const data = useLoad(() => api.get<Dashboard>('/statistics/dashboard', query), key);
  if (data.error) return <ErrorResult error={data.error} onRetry={() => void data.reload()} />;
  const d = data.data;

  const pick = (code: string) => {
    if (!d) return;
    const next = NEXT_LEVEL[d.regions.level];
    const item = d.regions.items.find((r) => r.code === code);
    if (next) setPath([...path, { code, name: item?.label ?? code, level: next }]);
    else if (item?.drill) navigate(drillLink(item.drill, item.n)!);
  };
  const lightLink = (light: string) =>
    d ? `/cases?${new URLSearchParams({ unitId: d.unit.id, light }).toString()}` : '/cases';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <Card size="small">
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            领导驾驶舱
          </Typography.Title>
          <Typography.Text type="secondary">{d?.unit.name}</Typography.Text>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(v) => v && setMonth(v)}
            aria-label="统计月份"
          />
          {path.length > 0 && (
            <>
              <Tag color="blue">问题属地：{path.map((p) => p.name).join(' › ')}</Tag>
              <Button size="small" onClick={() => setPath(path.slice(0, -1))}>
                返回上一级
              </Button>
            </>
          )}
          <Link to="/statistics">统计分析 ›</Link>
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small" loading={data.loading}>
            <Statistic
              title={`${d?.period.label ?? ''}受理信访件`}
              value={d?.intake.total ?? 0}
              suffix="件"
            />
            <Typography.Text type="secondary">
              同比 {d ? changeText(d.intake.total, d.intake.yearBefore) : ''}，环比{' '}
              {d ? changeText(d.intake.total, d.intake.periodBefore) : ''}
            </Typography.Text>
          </Card>
        </Col>
        {(['red', 'yellow', 'green'] as const).map((l) => (
          <Col xs={12} md={6} key={l}>
            <Link to={lightLink(l)}>
              <Card size="small" hoverable loading={data.loading}>
                <Statistic
                  title={{ red: '红灯（已超期）', yellow: '黄灯（临近期限）', green: '绿灯（正常办理）' }[l]}
                  value={d?.lights[l] ?? 0}
                  suffix="件"
                  styles={{ content: { color: { red: '#cf1322', yellow: '#d48806', green: '#389e0d' }[l] } }}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Card title="工作指标" size="small" loading={data.loading}>
        <Row gutter={[16, 16]} data-testid="indicator-tiles">
          {d?.indicators.map((v) => (
            <Col xs={12} md={6} key={v.indicator}>
              <Tooltip title={v.definition}>
                <Statistic title={v.label} value={indicatorText(v)} />
              </Tooltip>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fractionText(v)}
              </Typography.Text>
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title="问题属地分布"
            size="small"
            extra={<Typography.Text type="secondary">点击地区可下钻</Typography.Text>}
          >
            {d ? <RegionMap regions={d.regions} onPick={pick} /> : <Empty />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="近 12 个月信访量" size="small">
            {d && (
              <Chart
                label="近 12 个月信访量趋势图"
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { left: 40, right: 16, top: 24, bottom: 40 },
                  xAxis: { type: 'category', data: d.trend.map((m) => m.label) },
                  yAxis: { type: 'value', name: '件', minInterval: 1 },
                  series: [
                    {
                      type: 'line',
                      name: '信访件数',
                      data: d.trend.map((m) => m.n),
                      smooth: true,
                      areaStyle: {},
                    },
                  ],
                }}
                style={{ height: 420 }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="主要问题类别" size="small">
            {d && d.categories.length === 0 && <Empty description="本期没有信访件" />}
            {d && d.categories.length > 0 && (
              <Chart
                label="主要问题类别柱状图"
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { left: 160, right: 24, top: 8, bottom: 24 },
                  xAxis: { type: 'value', minInterval: 1 },
                  yAxis: { type: 'category', inverse: true, data: d.categories.map((c) => c.label) },
                  series: [{ type: 'bar', name: '信访件数', data: d.categories.map((c) => c.n) }],
                }}
                onClick={(p) => {
                  const c = d.categories.find((x) => x.label === p.name);
                  const link = c ? drillLink(c.drill, c.n) : null;
                  if (link) navigate(link);
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="本期热词" size="small">
            {d && d.hotWords.length === 0 && <Empty description="本期没有信访件" />}
            <div data-testid="hot-words" style={{ lineHeight: 2.2 }}>
              {d?.hotWords.map((w, i) => (
                <Tag
                  key={w.word}
                  color={i < 5 ? 'volcano' : i < 15 ? 'blue' : undefined}
                  style={{ fontSize: i < 5 ? 18 : i < 15 ? 15 : 13 }}
                >
                  {w.word}
                </Tag>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
