import { Alert, Drawer, Empty, Form, Input, Space, Spin, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { api } from '../../../common/api.js';
import { AuditDetail } from '../../../common/audit-detail.js';
import { auditActionLabel } from '../../../common/audit-labels.js';
import { ErrorResult } from '../../../common/error-result.js';
import { FormModal } from '../../../common/form-modal.js';
import { chinaTime } from '../../../common/format.js';
import type { AuditEntry, Items, Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import { UnitSelect } from '../../components/unit-select.js';
import { subtreeIds } from '../../components/unit-tree.js';

const reasonRules = [
  { required: true, whitespace: true, message: '请填写理由' },
  { min: 2, max: 500, message: '理由应为 2–500 个字' },
];

interface DialogProps {
  unit: Unit;
  open: boolean;
  onClose: () => void;
  onDone: (changed: Unit) => void;
}

/** 调整上级: any active unit of the subtree except the unit itself and its own descendants. */
export function MoveUnitDialog({
  unit,
  units,
  open,
  onClose,
  onDone,
}: DialogProps & { units: readonly Unit[] }) {
  const own = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);
  const disable = useMemo(
    () => (u: Unit) => !u.active || own.has(u.id) || u.id === unit.parentId,
    [own, unit.parentId],
  );
  return (
    <FormModal<{ parentId: string; reason: string }>
      title={`调整上级单位：${unit.name}`}
      open={open}
      onCancel={onClose}
      okText="确认调整"
      onSubmit={async (v) =>
        onDone(await api.post<Unit>(`/units/${unit.id}/move`, { ...v, version: unit.version }))
      }
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">
            该单位连同其全部下级单位、用户一起移到新的上级单位之下。
          </Typography.Paragraph>
          <Form.Item
            label="新的上级单位"
            name="parentId"
            rules={[{ required: true, message: '请选择新的上级单位' }]}
          >
            <UnitSelect units={units} disable={disable} placeholder="请选择新的上级单位" />
          </Form.Item>
          <Form.Item label="调整理由" name="reason" rules={reasonRules}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** 停用 / 启用 with a reason (kept in the audit trail). */
export function SetUnitActiveDialog({ unit, open, onClose, onDone }: DialogProps) {
  const activate = !unit.active;
  return (
    <FormModal<{ reason: string }>
      title={`${activate ? '启用' : '停用'}单位：${unit.name}`}
      open={open}
      onCancel={onClose}
      okText={activate ? '确认启用' : '确认停用'}
      onSubmit={async (v) =>
        onDone(
          await api.post<Unit>(`/units/${unit.id}/active`, {
            active: activate,
            version: unit.version,
            reason: v.reason,
          }),
        )
      }
    >
      {() => (
        <>
          {!activate && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="停用后，该单位的账号将无法登录，也不能再选作所属单位；已有记录全部保留，可随时重新启用。"
            />
          )}
          <Form.Item label={activate ? '启用理由' : '停用理由'} name="reason" rules={reasonRules}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** 变更历史: the unit's audit entries, newest first. */
export function UnitHistoryDrawer({
  unit,
  open,
  onClose,
}: {
  unit: Unit;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Drawer title={`变更历史：${unit.name}`} open={open} onClose={onClose} size={640} destroyOnHidden>
      {open && <HistoryList unitId={unit.id} />}
    </Drawer>
  );
}

function HistoryList({ unitId }: { unitId: string }) {
  const { data, error, loading, reload } = useLoad(
    () => api.get<Items<AuditEntry>>(`/units/${unitId}/history`),
    unitId,
  );
  if (error) return <ErrorResult error={error} onRetry={() => void reload()} />;
  if (loading && !data) return <Spin />;
  if (!data?.items.length) return <Empty description="暂无变更记录" />;
  return (
    <Timeline
      items={data.items.map((e) => ({
        key: e.id,
        content: (
          <>
            <Space size="middle" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{auditActionLabel(e.action)}</Typography.Text>
              <span>{chinaTime(e.at)}</span>
              <span>{e.actorName}</span>
            </Space>
            <AuditDetail detail={e.detail} />
          </>
        ),
      }))}
    />
  );
}
