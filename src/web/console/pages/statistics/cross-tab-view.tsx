import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { crossTabDrill } from '../../../../domain/indicators/drill.js';
import type { CrossTab } from '../../../../shared/schemas/statistics.js';
import { changeText, drillLink } from './format.js';

/** A row of the table; `at` is its index in `items` (null for 合计). */
type Item = CrossTab['items'][number] & { rk: string; at: number | null };

/** A figure, linked to its case list: the table's query with its row's and column's parts (null: a total). */
function Figure({
  tab,
  n,
  row,
  column,
}: {
  tab: CrossTab;
  n: number;
  row: number | null;
  column: number | null;
}) {
  const link = drillLink(crossTabDrill(tab, row, column), n);
  return link ? <Link to={link}>{n}</Link> : <span>{n}</span>;
}

interface Props {
  tab: CrossTab;
  /** Offered on region rows: show the region's own parts. */
  onDrillRegion?: (code: string) => void;
}

/** A statistics table as on paper: row heads, one column per column key, 合计, and 同比/环比 when asked. */
export function CrossTabView({ tab, onDrillRegion }: Props) {
  const rows: Item[] = [
    ...tab.items.map((it, i) => ({ ...it, rk: `r${i}`, at: i })),
    {
      rk: 'total',
      at: null,
      key: null,
      label: '合计',
      code: null,
      drillPart: {},
      cells: tab.totals.cells,
      total: tab.totals.total,
      yearBefore: tab.totals.yearBefore,
      periodBefore: tab.totals.periodBefore,
    },
  ];
  const columns: ColumnsType<Item> = [
    {
      title: tab.rows.label,
      key: 'label',
      fixed: 'left',
      render: (_: unknown, r: Item) =>
        r.code && onDrillRegion && !r.label.endsWith('（未细化）') ? (
          <Typography.Link onClick={() => onDrillRegion(r.code!)} title="查看下一级属地">
            {r.label} ›
          </Typography.Link>
        ) : (
          r.label
        ),
    },
    ...tab.heads.map((h, i) => ({
      title: h.label,
      key: `c${i}`,
      align: 'right' as const,
      render: (_: unknown, r: Item) => <Figure tab={tab} n={r.cells[i]!.n} row={r.at} column={i} />,
    })),
    {
      title: '合计',
      key: 'total',
      align: 'right' as const,
      render: (_: unknown, r: Item) => <Figure tab={tab} n={r.total.n} row={r.at} column={null} />,
    },
  ];
  if (tab.compare) {
    columns.push(
      {
        title: `去年同期（${tab.compare.yearBefore.label}）`,
        key: 'yb',
        align: 'right',
        render: (_: unknown, r: Item) => r.yearBefore ?? '',
      },
      {
        title: '同比',
        key: 'yoy',
        align: 'right',
        render: (_: unknown, r: Item) => changeText(r.total.n, r.yearBefore),
      },
      {
        title: `上期（${tab.compare.periodBefore.label}）`,
        key: 'pb',
        align: 'right',
        render: (_: unknown, r: Item) => r.periodBefore ?? '',
      },
      {
        title: '环比',
        key: 'mom',
        align: 'right',
        render: (_: unknown, r: Item) => changeText(r.total.n, r.periodBefore),
      },
    );
  }
  return (
    <>
      <Table<Item>
        data-testid="cross-tab"
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="rk"
        columns={columns}
        dataSource={rows}
      />
      {tab.notes.map((n) => (
        <Typography.Paragraph key={n} type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          注：{n}
        </Typography.Paragraph>
      ))}
    </>
  );
}
