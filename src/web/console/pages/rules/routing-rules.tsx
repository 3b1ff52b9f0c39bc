import { Alert, App, Button, Card, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  RANK_LABELS,
  RANKS,
  UNIT_LEVEL_LABELS,
  UNIT_LEVELS,
  type Rank,
  type UnitLevel,
} from '../../../../domain/vocabulary/index.js';
import { api, errorMessage } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { useLoad } from '../../../common/use-load.js';

interface Department {
  category: string;
  categoryName: string;
  department: string;
  aliases?: string[];
  crossesTo?: 'discipline';
}
interface RoutingConfig {
  rankLevels: Record<Rank, UnitLevel>;
  categoryDepartments: Department[];
}

/** The two routing tables: 干部管理权限 (rank → level) and 归口 (category → department). Saved together. */
export function RoutingRules({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const loaded = useLoad(() => api.get<RoutingConfig>('/config/routing'), 'routing');
  const [draft, setDraft] = useState<RoutingConfig | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={() => void loaded.reload()} />;
  const shown = draft ?? loaded.data;
  const editing = draft !== null;

  const setRow = (i: number, patch: Partial<Department>) =>
    setDraft(
      (d) =>
        d && {
          ...d,
          categoryDepartments: d.categoryDepartments.map((r, n) => (n === i ? { ...r, ...patch } : r)),
        },
    );

  const save = async () => {
    if (!draft) return;
    const blank = draft.categoryDepartments.findIndex(
      (r) => !r.category.trim() || !r.categoryName.trim() || !r.department.trim(),
    );
    if (blank >= 0) return setProblem(`归口表第 ${blank + 1} 行：类别代码、类别名称和归口部门都须填写`);
    setBusy(true);
    setProblem(null);
    try {
      const cleaned = draft.categoryDepartments.map(({ aliases, crossesTo, ...r }) => ({
        ...r,
        category: r.category.trim(),
        categoryName: r.categoryName.trim(),
        department: r.department.trim(),
        ...(aliases?.length ? { aliases } : {}),
        ...(crossesTo ? { crossesTo } : {}),
      }));
      await api.put('/config/routing', { rankLevels: draft.rankLevels, categoryDepartments: cleaned });
      message.success('分办规则已保存');
      setDraft(null);
      await loaded.reload();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const actions = canEdit && (
    <Space>
      {editing ? (
        <>
          <Button
            onClick={() => {
              setDraft(null);
              setProblem(null);
            }}
          >
            取消
          </Button>
          <Button type="primary" loading={busy} onClick={() => void save()}>
            保存
          </Button>
        </>
      ) : (
        <Button disabled={!loaded.data} onClick={() => loaded.data && setDraft(structuredClone(loaded.data))}>
          编辑分办规则
        </Button>
      )}
    </Space>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Card
        size="small"
        title="干部管理权限：被反映人职级对应的受理层级"
        extra={actions}
        loading={loaded.loading && !shown}
      >
        <Table
          rowKey="rank"
          size="small"
          pagination={false}
          dataSource={RANKS.map((rank) => ({ rank }))}
          columns={[
            { title: '被反映人职级', key: 'rank', render: (_, { rank }) => RANK_LABELS[rank] },
            {
              title: '受理层级',
              key: 'level',
              render: (_, { rank }) =>
                editing ? (
                  <Select
                    aria-label={`${RANK_LABELS[rank]}的受理层级`}
                    style={{ width: 160 }}
                    value={draft.rankLevels[rank]}
                    onChange={(level: UnitLevel) =>
                      setDraft((d) => d && { ...d, rankLevels: { ...d.rankLevels, [rank]: level } })
                    }
                    options={UNIT_LEVELS.map((l) => ({ value: l, label: UNIT_LEVEL_LABELS[l] }))}
                  />
                ) : (
                  (UNIT_LEVEL_LABELS[shown?.rankLevels[rank] as UnitLevel] ?? '—')
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="归口表：问题类别对应的归口部门（党政信访）">
        <Typography.Paragraph type="secondary">
          类别代码可为上级类别的前缀（如 02 覆盖
          0201、0202）；标记「转纪检监察」的类别交同级纪检监察机关办理。
        </Typography.Paragraph>
        <Table<Department & { key: number }>
          size="small"
          pagination={false}
          dataSource={(shown?.categoryDepartments ?? []).map((r, key) => ({ ...r, key }))}
          columns={[
            {
              title: '类别代码',
              key: 'category',
              width: 120,
              render: (_, r) =>
                editing ? (
                  <Input
                    value={r.category}
                    maxLength={20}
                    onChange={(e) => setRow(r.key, { category: e.target.value })}
                  />
                ) : (
                  r.category
                ),
            },
            {
              title: '类别名称',
              key: 'categoryName',
              render: (_, r) =>
                editing ? (
                  <Input
                    value={r.categoryName}
                    maxLength={40}
                    onChange={(e) => setRow(r.key, { categoryName: e.target.value })}
                  />
                ) : (
                  r.categoryName
                ),
            },
            {
              title: '归口部门',
              key: 'department',
              render: (_, r) =>
                editing ? (
                  <Input
                    value={r.department}
                    maxLength={40}
                    onChange={(e) => setRow(r.key, { department: e.target.value })}
                  />
                ) : (
                  r.department
                ),
            },
            {
              title: '别名',
              key: 'aliases',
              render: (_, r) =>
                editing ? (
                  <Select
                    mode="tags"
                    value={r.aliases ?? []}
                    style={{ minWidth: 200 }}
                    open={false}
                    placeholder="输入后回车"
                    onChange={(aliases: string[]) => setRow(r.key, { aliases })}
                  />
                ) : (
                  (r.aliases ?? []).join('、') || '—'
                ),
            },
            {
              title: '转纪检监察',
              key: 'crossesTo',
              width: 110,
              render: (_, r) =>
                editing ? (
                  <Checkbox
                    checked={r.crossesTo === 'discipline'}
                    onChange={(e) =>
                      setRow(r.key, { crossesTo: e.target.checked ? 'discipline' : undefined })
                    }
                  />
                ) : r.crossesTo ? (
                  '是'
                ) : (
                  ''
                ),
            },
            ...(editing
              ? [
                  {
                    title: '操作',
                    key: 'remove',
                    width: 80,
                    render: (_: unknown, r: { key: number }) => (
                      <Button
                        type="link"
                        danger
                        onClick={() =>
                          setDraft(
                            (d) =>
                              d && {
                                ...d,
                                categoryDepartments: d.categoryDepartments.filter((_x, n) => n !== r.key),
                              },
                          )
                        }
                      >
                        删除
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {editing && (
          <Button
            style={{ marginTop: 12 }}
            onClick={() =>
              setDraft(
                (d) =>
                  d && {
                    ...d,
                    categoryDepartments: [
                      ...d.categoryDepartments,
                      { category: '', categoryName: '', department: '' },
                    ],
                  },
              )
            }
          >
            添加一行
          </Button>
        )}
      </Card>
    </Space>
  );
}
