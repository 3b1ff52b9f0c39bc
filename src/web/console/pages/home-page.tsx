import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { ROLE_LABELS } from '../../../domain/vocabulary/index.js';
import { api } from '../../common/api.js';
import { ErrorResult } from '../../common/error-result.js';
import type { Items } from '../../common/types.js';
import { useLoad, type Loaded } from '../../common/use-load.js';
import { hasPermission, useMe } from '../session.js';
import { BatchInstruct } from './cases/handling/batch-instruct.js';

interface QueueCount {
  queue: string;
  label: string;
  count: number;
}

// The dashboard and its charts are a chunk of their own, fetched only for those who land on it.
const DashboardPage = lazy(() => import('./statistics/dashboard-page.js'));

/** Queues that need attention when not empty. */
const URGENT = new Set(['overdue', 'supervised']);

/** 我的工作: the queues with their counts; under the dashboard, a role without queues (统计员) sees nothing here. */
function Queues({ hideWhenEmpty }: { hideWhenEmpty: boolean }) {
  const queues = useLoad(() => api.get<Items<QueueCount>>('/cases/queues'), 'queues');
  const items = queues.data?.items ?? [];
  if (hideWhenEmpty && !queues.loading && !queues.error && items.length === 0) return null;
  return <Card title="我的工作">{queueBody(queues, items)}</Card>;
}

function queueBody(queues: Loaded<Items<QueueCount>>, items: QueueCount[]) {
  if (queues.error) return <ErrorResult error={queues.error} onRetry={() => void queues.reload()} />;
  if (!queues.loading && items.length === 0) return <Empty description="您的角色没有需要处理的工作队列" />;
  return (
    <Row gutter={[16, 16]} data-testid="work-queues">
      {items.map((q) => (
        <Col key={q.queue} xs={12} md={8} lg={6} xl={4}>
          <Link to={`/cases?queue=${q.queue}`} aria-label={`${q.label} ${q.count} 件`}>
            <Card hoverable size="small" loading={queues.loading}>
              <Statistic
                title={q.label}
                value={q.count}
                suffix="件"
                styles={{ content: { color: q.count > 0 && URGENT.has(q.queue) ? '#cf1322' : undefined } }}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

/** Leaders and analysts land on 领导驾驶舱 (their home page); everyone else on their work. */
export const landsOnDashboard = (roles: readonly string[], permissions: readonly string[]) =>
  permissions.includes('statistics.read') && roles.some((r) => r === 'leader' || r === 'analyst');

/**
 * 首页: who is signed in, the work queues of the user's unit and, for those who instruct, 待批示. For leaders and
 * analysts the page opens with 领导驾驶舱, their work below it.
 */
export default function HomePage() {
  const me = useMe();
  const handlesCases = hasPermission(me, 'case.read');
  const instructs = me.user.roles.some((r) => r === 'leader' || r === 'unitHead');
  const dashboard = landsOnDashboard(me.user.roles, me.permissions);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>
            您好，{me.user.displayName}
          </Typography.Title>
          <Typography.Text type="secondary">{me.unit.name}</Typography.Text>
          {me.user.roles.map((r) => (
            <Tag key={r}>{ROLE_LABELS[r]}</Tag>
          ))}
          {me.demo && <Tag color="orange">演示环境：数据为演示数据</Tag>}
          {!dashboard && hasPermission(me, 'statistics.read') && (
            <Link to="/dashboard">进入领导驾驶舱 ›</Link>
          )}
        </Space>
      </Card>
      {dashboard && (
        <Suspense fallback={<Card loading />}>
          <DashboardPage />
        </Suspense>
      )}
      {handlesCases ? (
        <Queues hideWhenEmpty={dashboard} />
      ) : (
        <Card>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            请从左侧菜单进入各项功能。
          </Typography.Paragraph>
        </Card>
      )}
      {handlesCases && instructs && <BatchInstruct />}
    </Space>
  );
}
