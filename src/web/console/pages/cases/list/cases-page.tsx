import { DownloadOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { QUEUE_DEFINITIONS, type Queue } from '../../../../../domain/workflow/queues.js';
import { api, API_BASE, withQuery } from '../../../../common/api.js';
import { channelLabel } from '../../../../common/case-labels.js';
import { ErrorResult } from '../../../../common/error-result.js';
import type { Items, PageOf, Unit } from '../../../../common/types.js';
import { useLoad } from '../../../../common/use-load.js';
import { hasPermission, useMe } from '../../../session.js';
import { CaseFlags, LightDot, StateTag } from '../shared/case-tags.js';
import type { CaseSummary } from '../types.js';
import { CaseFilters, FilterTags } from './case-filters.js';
import {
  exportQuery,
  listQuery,
  parseListState,
  toSearchParams,
  totalText,
  withFilters,
  type ListState,
} from './list-query.js';

type SortKey = 'caseNo' | 'receivedOn' | 'dueOn';

/** 信访件: every case the user may see, filtered, sorted and paged on the server; a queue comes in the URL. */
export default function CasesPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const go = (next: ListState) => setParams(toSearchParams(next));
  const units = useLoad(() => api.get<Items<Unit>>('/units'), 'units');
  const unitList = useMemo(() => units.data?.items ?? [], [units.data]);
  const cases = useLoad(
    () =>
      api.get<PageOf<CaseSummary> & { totalCapped?: boolean; totalEstimated?: boolean }>(
        '/cases',
        listQuery(state),
      ),
    params.toString(),
  );
  const queue = state.filters.queue as Queue | undefined;

  const sortOf = (key: SortKey) => {
    const sort = state.filters.sort ?? 'receivedOn';
    if (sort !== key) return null;
    return state.filters.order === 'asc' ? ('ascend' as const) : ('descend' as const);
  };
  // Widths are hints (automatic layout): the title and the unit take what is left and wrap.
  const columns = [
    {
      title: '信访编号',
      key: 'caseNo',
      width: 180,
      sorter: true,
      sortOrder: sortOf('caseNo'),
      render: (_: unknown, c: CaseSummary) => (
        <Link to={`/cases/${c.id}`} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
          {c.caseNo}
        </Link>
      ),
    },
    {
      title: '信访日期',
      dataIndex: 'receivedOn',
      key: 'receivedOn',
      width: 110,
      sorter: true,
      sortOrder: sortOf('receivedOn'),
    },
    { title: '标题', dataIndex: 'title', key: 'title' },
    {
      title: '信访人',
      key: 'petitioners',
      width: 80,
      render: (_: unknown, c: CaseSummary) =>
        c.petitionerNames || (c.anonymous ? <Typography.Text type="secondary">匿名</Typography.Text> : '—'),
    },
    {
      title: '形式',
      dataIndex: 'channel',
      key: 'channel',
      width: 70,
      render: (v: string) => channelLabel(v),
    },
    { title: '单位', dataIndex: 'unitName', key: 'unitName' },
    {
      title: '状态',
      dataIndex: 'state',
      key: 'state',
      width: 110,
      render: (v: string) => <StateTag state={v} />,
    },
    { title: '标记', key: 'flags', width: 140, render: (_: unknown, c: CaseSummary) => <CaseFlags c={c} /> },
    {
      title: '期限',
      key: 'dueOn',
      width: 110,
      sorter: true,
      sortOrder: sortOf('dueOn'),
      render: (_: unknown, c: CaseSummary) => (
        <LightDot light={c.light} dueOn={c.dueOn} grade={c.overdueGrade} />
      ),
    },
  ];

  const onSort = (s: SorterResult<CaseSummary> | SorterResult<CaseSummary>[]) => {
    const one = Array.isArray(s) ? s[0] : s;
    const key = one?.order ? (one.columnKey as SortKey) : undefined;
    go(
      withFilters(state, { sort: key, order: key ? (one!.order === 'ascend' ? 'asc' : 'desc') : undefined }),
    );
  };

  return (
    <Card
      title={
        <Space>
          <span>信访件</span>
          {queue && (
            <Tag color="blue" closable onClose={() => go(withFilters(state, { queue: undefined }))}>
              工作队列：{QUEUE_DEFINITIONS[queue].label}
            </Tag>
          )}
          <FilterTags state={state} onChange={(patch) => go(withFilters(state, patch))} />
        </Space>
      }
      extra={
        <Space>
          {hasPermission(me, 'case.export') && (
            <Button
              icon={<DownloadOutlined />}
              href={withQuery(`${API_BASE}/exports/cases.xlsx`, exportQuery(state))}
            >
              导出 Excel
            </Button>
          )}
          {hasPermission(me, 'case.register') && (
            <Button type="primary" icon={<FormOutlined />} onClick={() => navigate('/cases/new')}>
              登记
            </Button>
          )}
        </Space>
      }
    >
      <CaseFilters
        state={state}
        units={unitList}
        onChange={(patch) => go(withFilters(state, patch))}
        onReset={() => go({ filters: queue ? { queue } : {}, page: 1, pageSize: state.pageSize })}
      />
      {cases.error ? (
        <ErrorResult error={cases.error} onRetry={() => void cases.reload()} />
      ) : (
        <Table<CaseSummary>
          rowKey="id"
          size="middle"
          loading={cases.loading}
          dataSource={cases.data?.items ?? []}
          columns={columns}
          sortDirections={['descend', 'ascend']}
          onRow={(c) => ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
          onChange={(_p, _f, sorter, extra) => extra.action === 'sort' && onSort(sorter)}
          locale={{ emptyText: '没有符合条件的信访件' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: cases.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => totalText(total, cases.data, state.figure),
            onChange: (page, pageSize) =>
              go({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
