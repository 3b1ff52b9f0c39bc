import { Space, Table, Tag } from 'antd';
import { accusedKindLabel, rankLabel, sexLabel } from '../../../../common/case-labels.js';
import type { AccusedView, PetitionerView } from '../types.js';

const dash = (v: string | null) => v || '—';

/** 信访人, masked unless the page asked for (and may see) full identities. */
export function PetitionerTable({ petitioners }: { petitioners: readonly PetitionerView[] }) {
  return (
    <Table<PetitionerView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...petitioners]}
      locale={{ emptyText: '未登记信访人（匿名）' }}
      data-testid="petitioners"
      columns={[
        {
          title: '姓名',
          key: 'name',
          render: (_, p) => (
            <Space size={4}>
              {dash(p.name)}
              {p.isPrimary && petitioners.length > 1 && <Tag color="blue">主要信访人</Tag>}
              {p.isRepresentative && <Tag color="purple">代表</Tag>}
            </Space>
          ),
        },
        {
          title: '性别',
          dataIndex: 'sex',
          key: 'sex',
          render: (v: string | null) => (v ? sexLabel(v) : '—'),
        },
        { title: '身份证号', dataIndex: 'idNumber', key: 'idNumber', render: dash },
        { title: '联系电话', dataIndex: 'phones', key: 'phones', render: dash },
        { title: '住址', dataIndex: 'address', key: 'address', render: dash },
        { title: '工作单位', dataIndex: 'workUnit', key: 'workUnit', render: dash },
      ]}
    />
  );
}

/** 被反映人 with the rank that decides the handling level. */
export function AccusedTable({ accused }: { accused: readonly AccusedView[] }) {
  return (
    <Table<AccusedView & { key: number }>
      size="small"
      pagination={false}
      dataSource={accused.map((a, key) => ({ ...a, key }))}
      locale={{ emptyText: '未登记被反映人' }}
      columns={[
        { title: '类型', dataIndex: 'kind', key: 'kind', render: (v: string) => accusedKindLabel(v) },
        { title: '姓名', dataIndex: 'name', key: 'name', render: dash },
        { title: '单位', dataIndex: 'unitName', key: 'unitName', render: dash },
        { title: '职务', dataIndex: 'position', key: 'position', render: dash },
        {
          title: '职级',
          dataIndex: 'rank',
          key: 'rank',
          render: (v: string | null) => (v ? rankLabel(v) : '—'),
        },
        {
          title: '一把手',
          dataIndex: 'isUnitChief',
          key: 'isUnitChief',
          render: (v: boolean) => (v ? <Tag color="red">是</Tag> : '否'),
        },
      ]}
    />
  );
}
