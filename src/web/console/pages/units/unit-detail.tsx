import { App, Button, Card, Descriptions, Space, Spin, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_LEVEL_LABELS } from '../../../../domain/vocabulary/index.js';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import { blankToNull } from '../../../common/form-errors.js';
import { FormModal } from '../../../common/form-modal.js';
import { chinaTime } from '../../../common/format.js';
import type { Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import {
  childLevel,
  OPTIONAL_UNIT_FIELDS,
  UnitFormFields,
  unitFormValues,
  type UnitFormValues,
} from './unit-form.js';
import { MoveUnitDialog, SetUnitActiveDialog, UnitHistoryDrawer } from './unit-dialogs.js';

type Dialog = 'create' | 'edit' | 'move' | 'active' | 'history' | null;

interface Props {
  id: string;
  units: readonly Unit[];
  ownUnitId: string;
  /** After a change: reload the tree; `select` is the unit to show next (a new child). */
  onChanged: (select?: string) => void;
}

/** One unit (always read fresh from the server, so the version sent back is current) and what can be done to it. */
export function UnitDetail({ id, units, ownUnitId, onChanged }: Props) {
  const { message } = App.useApp();
  const { data: unit, error, loading, reload } = useLoad(() => api.get<Unit>(`/units/${id}`), id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (error)
    return (
      <Card>
        <ErrorResult error={error} onRetry={() => void reload()} />
      </Card>
    );
  if (!unit || (loading && unit.id !== id))
    return (
      <Card>
        <Spin />
      </Card>
    );

  const parent = units.find((u) => u.id === unit.parentId);
  const own = unit.id === ownUnitId;
  // A new child goes after its siblings unless told otherwise.
  const nextSortOrder = Math.max(
    0,
    ...units.filter((u) => u.parentId === unit.id).map((u) => u.sortOrder + 1),
  );
  const done = (text: string, select?: string) => {
    setDialog(null);
    void message.success(text);
    void reload();
    onChanged(select);
  };
  // Closing re-reads the unit: after a refusal (409, someone else changed it) the next attempt has its version.
  const close = () => {
    setDialog(null);
    void reload();
  };
  const clean = (v: UnitFormValues) => blankToNull(v, OPTIONAL_UNIT_FIELDS);

  return (
    <Card
      title={
        <Space>
          {unit.name}
          {unit.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" disabled={!unit.active} onClick={() => setDialog('create')}>
          新建下级单位
        </Button>
        <Button onClick={() => setDialog('edit')}>编辑</Button>
        <Tooltip title={own ? '不能调整您本人所在的单位' : undefined}>
          <Button disabled={own} onClick={() => setDialog('move')}>
            调整上级
          </Button>
        </Tooltip>
        <Tooltip title={own ? '不能停用或启用您本人所在的单位' : undefined}>
          <Button danger={unit.active} disabled={own} onClick={() => setDialog('active')}>
            {unit.active ? '停用' : '启用'}
          </Button>
        </Tooltip>
        <Button onClick={() => setDialog('history')}>变更历史</Button>
      </Space>
      <Descriptions bordered column={2} size="small" styles={{ label: { width: 110 } }}>
        <Descriptions.Item label="名称">{unit.name}</Descriptions.Item>
        <Descriptions.Item label="简称">{unit.shortName || '—'}</Descriptions.Item>
        <Descriptions.Item label="单位代码">{unit.code}</Descriptions.Item>
        <Descriptions.Item label="上级单位">
          {parent?.name ?? (unit.parentId ? '（管辖范围以外）' : '—')}
        </Descriptions.Item>
        <Descriptions.Item label="层级">{UNIT_LEVEL_LABELS[unit.level]}</Descriptions.Item>
        <Descriptions.Item label="单位类别">{UNIT_KIND_LABELS[unit.kind]}</Descriptions.Item>
        <Descriptions.Item label="行政区划" span={2}>
          {unit.regionCode} {unit.regionName ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label="电话">{unit.phone || '—'}</Descriptions.Item>
        <Descriptions.Item label="排序">{unit.sortOrder}</Descriptions.Item>
        <Descriptions.Item label="地址" span={2}>
          {unit.address || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="更新时间">{chinaTime(unit.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label="版本号">{unit.version}</Descriptions.Item>
      </Descriptions>

      <FormModal<UnitFormValues>
        key={`create-${unit.id}`}
        title={`新建下级单位（上级：${unit.name}）`}
        open={dialog === 'create'}
        width={680}
        initialValues={{ level: childLevel(unit.level), sortOrder: nextSortOrder }}
        onCancel={close}
        onSubmit={async (v) => {
          const created = await api.post<Unit>('/units', { ...clean(v), parentId: unit.id });
          done(`已新建单位「${created.name}」`, created.id);
        }}
      >
        {() => <UnitFormFields parent={unit} />}
      </FormModal>
      <FormModal<UnitFormValues>
        key={`edit-${unit.id}-${unit.version}`}
        title={`编辑单位：${unit.name}`}
        open={dialog === 'edit'}
        width={680}
        initialValues={unitFormValues(unit)}
        onCancel={close}
        onSubmit={async (v) => {
          await api.put<Unit>(`/units/${unit.id}`, { ...clean(v), version: unit.version });
          done('已保存');
        }}
      >
        {() => <UnitFormFields parent={parent} />}
      </FormModal>
      <MoveUnitDialog
        key={`move-${unit.id}-${unit.version}`}
        unit={unit}
        units={units}
        open={dialog === 'move'}
        onClose={close}
        onDone={() => done('已调整上级单位')}
      />
      <SetUnitActiveDialog
        key={`active-${unit.id}-${unit.version}`}
        unit={unit}
        open={dialog === 'active'}
        onClose={close}
        onDone={(u) => done(u.active ? '已启用' : '已停用')}
      />
      <UnitHistoryDrawer unit={unit} open={dialog === 'history'} onClose={close} />
    </Card>
  );
}
