import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { useLoad } from '../../../common/use-load.js';
import { mergeRows, parseSchedule, type DayRow } from './calendar-import.js';

interface CalendarDay {
  date: string;
  workday: boolean;
  kind: string;
  name?: string;
  source: string;
  provisional: boolean;
}
interface CalendarYear {
  year: number;
  source: string;
  provisional: boolean;
  days: CalendarDay[];
}

const YEAR_SOURCES: Record<string, { label: string; color: string }> = {
  builtIn: { label: '内置国务院办公厅安排', color: 'green' },
  published: { label: '已公布（管理员录入）', color: 'blue' },
  fallback: { label: '放假安排未公布，暂按法定节假日推算', color: 'orange' },
};
const DAY_KINDS: Record<string, string> = {
  holiday: '放假',
  adjustedWorkday: '调休上班',
  workday: '上班',
  weekend: '休息日',
};
const DAY_SOURCES: Record<string, string> = {
  builtIn: '内置',
  override: '管理员录入',
  fallback: '推算',
  weekly: '',
};
const WEEKDAYS = '日一二三四五六';
const weekday = (date: string) => `星期${WEEKDAYS[dayjs(date).day()]}`;

/** One year's holidays and 调休 working days: read, or entered in full (整年替换) by the top administrator. */
export function CalendarRules({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear + 1);
  const loaded = useLoad(() => api.get<CalendarYear>(`/config/calendar/${year}`), String(year));
  const [rows, setRows] = useState<DayRow[] | null>(null);
  const [publish, setPublish] = useState(true);
  const [source, setSource] = useState('国务院办公厅通知');
  const [importing, setImporting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = rows !== null;

  const startEditing = () => {
    const days = loaded.data?.days ?? [];
    setRows(
      days.map((d) => ({
        date: d.date,
        kind: d.kind === 'holiday' ? 'holiday' : 'workday',
        ...(d.name ? { name: d.name } : {}),
      })),
    );
    setProblem(null);
  };
  const setRow = (i: number, patch: Partial<DayRow>) =>
    setRows((rs) => rs && rs.map((r, n) => (n === i ? { ...r, ...patch } : r)));

  const importText = () => {
    const { rows: read, problems } = parseSchedule(pasted);
    const outside = read.filter((r) => !r.date.startsWith(`${year}-`));
    if (problems.length || outside.length) {
      setProblem([...problems, ...outside.map((r) => `${r.date} 不在 ${year} 年`)].join('；'));
      return;
    }
    setRows((rs) => mergeRows(rs ?? [], read));
    setImporting(false);
    setPasted('');
    message.success(`已导入 ${read.length} 天`);
  };

  const save = async () => {
    if (!rows) return;
    setBusy(true);
    setProblem(null);
    try {
      await api.put(`/config/calendar/${year}`, {
        days: rows.map((r) => ({ ...r, name: r.name?.trim() || undefined })),
        publish,
        source: source.trim(),
      });
      message.success(`${year} 年节假日安排已保存`);
      setRows(null);
      await loaded.reload();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const yearSource = loaded.data && YEAR_SOURCES[loaded.data.source];
  return (
    <Card
      size="small"
      title={
        <Space>
          <span>节假日与调休安排</span>
          <Select
            aria-label="年份"
            value={year}
            disabled={editing}
            onChange={setYear}
            options={[-1, 0, 1, 2].map((n) => ({ value: thisYear + n, label: `${thisYear + n} 年` }))}
            style={{ width: 110 }}
          />
          {yearSource && <Tag color={yearSource.color}>{yearSource.label}</Tag>}
        </Space>
      }
      extra={
        canEdit &&
        (editing ? (
          <Space>
            <Button onClick={() => setImporting(true)}>从文本导入</Button>
            <Button
              onClick={() => {
                setRows(null);
                setProblem(null);
              }}
            >
              取消
            </Button>
            <Button type="primary" loading={busy} onClick={() => void save()}>
              保存
            </Button>
          </Space>
        ) : (
          <Button disabled={!loaded.data} onClick={startEditing}>
            编辑 {year} 年安排
          </Button>
        ))
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {loaded.error ? (
        <ErrorResult error={loaded.error} onRetry={() => void loaded.reload()} />
      ) : editing ? (
        <>
          <Typography.Paragraph type="secondary">
            按国务院办公厅通知录入全年的放假日期和调休上班日期；保存后整年替换原有安排。周末照常休息的日子不必录入。
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 12 }}>
            <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)}>
              标记为已公布（期限不再按推算标注）
            </Checkbox>
            <Space.Compact>
              <Space.Addon>来源</Space.Addon>
              <Input
                aria-label="来源"
                value={source}
                onChange={(e) => setSource(e.target.value)}
                style={{ width: 280 }}
                maxLength={100}
              />
            </Space.Compact>
          </Space>
          <Table<DayRow & { key: number }>
            size="small"
            pagination={false}
            dataSource={rows.map((r, key) => ({ ...r, key }))}
            locale={{ emptyText: '尚无录入的日期' }}
            columns={[
              {
                title: '日期',
                key: 'date',
                render: (_, r) => (
                  <DatePicker
                    value={dayjs(r.date)}
                    allowClear={false}
                    disabledDate={(d) => d.year() !== year}
                    onChange={(d) => d && setRow(r.key, { date: d.format('YYYY-MM-DD') })}
                  />
                ),
              },
              {
                title: '类型',
                key: 'kind',
                render: (_, r) => (
                  <Select
                    value={r.kind}
                    style={{ width: 120 }}
                    onChange={(kind: DayRow['kind']) => setRow(r.key, { kind })}
                    options={[
                      { value: 'holiday', label: '放假' },
                      { value: 'workday', label: '调休上班' },
                    ]}
                  />
                ),
              },
              {
                title: '名称',
                key: 'name',
                render: (_, r) => (
                  <Input
                    value={r.name ?? ''}
                    maxLength={20}
                    placeholder="如 春节"
                    onChange={(e) => setRow(r.key, { name: e.target.value })}
                  />
                ),
              },
              {
                title: '操作',
                key: 'remove',
                render: (_, r) => (
                  <Button
                    type="link"
                    danger
                    onClick={() => setRows((rs) => rs && rs.filter((_x, n) => n !== r.key))}
                  >
                    删除
                  </Button>
                ),
              },
            ]}
          />
          <Button
            style={{ marginTop: 12 }}
            onClick={() => setRows((rs) => [...(rs ?? []), { date: `${year}-01-01`, kind: 'holiday' }])}
          >
            添加一天
          </Button>
        </>
      ) : (
        <Table<CalendarDay>
          rowKey="date"
          size="small"
          loading={loaded.loading}
          pagination={false}
          dataSource={loaded.data?.days ?? []}
          locale={{ emptyText: '本年没有特殊安排' }}
          columns={[
            { title: '日期', dataIndex: 'date', key: 'date' },
            { title: '星期', key: 'weekday', render: (_, d) => weekday(d.date) },
            {
              title: '类型',
              key: 'kind',
              render: (_, d) => <Tag color={d.workday ? 'blue' : 'red'}>{DAY_KINDS[d.kind] ?? d.kind}</Tag>,
            },
            { title: '名称', key: 'name', render: (_, d) => d.name ?? '' },
            { title: '来源', key: 'source', render: (_, d) => DAY_SOURCES[d.source] ?? d.source },
          ]}
        />
      )}
      <Modal
        title={`从文本导入 ${year} 年安排`}
        open={importing}
        okText="导入"
        cancelText="取消"
        onOk={importText}
        onCancel={() => setImporting(false)}
        width={600}
      >
        <Typography.Paragraph type="secondary">
          每行一天或一段：日期（或 起始~结束）、类型（holiday/休 或 workday/班）、名称。例如：
          <br />
          2027-01-01 holiday 元旦
          <br />
          2027-02-06~2027-02-12 休 春节
          <br />
          2027-02-14 班 春节调休
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="安排文本"
          rows={10}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
