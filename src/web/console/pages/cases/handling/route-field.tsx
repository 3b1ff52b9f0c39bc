import { Alert, Form, Input, Select, Tag } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../../../common/types.js';
import { UnitSelect } from '../../../components/unit-select.js';
import type { RouteSuggestion } from './types.js';

export type RouteAction = 'assign' | 'transfer' | 'escalate';
export const isRouteAction = (a: string): a is RouteAction =>
  a === 'assign' || a === 'transfer' || a === 'escalate';

const DIRECTION_LABELS = { here: '本单位办理', down: '交下级办理', up: '报上级办理' } as const;

/** The unit a 交办 / 转办 / 上报 would go to by default: the suggestion, when it points that way. */
export function preselectedTarget(action: RouteAction, s: RouteSuggestion | undefined): string | undefined {
  if (!s?.unitId) return undefined;
  if (action === 'assign') return s.direction === 'down' ? s.unitId : undefined;
  if (action === 'escalate') return s.direction === 'up' ? s.unitId : undefined;
  return s.direction === 'here' ? undefined : s.unitId;
}

/** The parent of the caller's unit, from the unit's path of ids ('/root/…/parent/own/'). */
const parentIdOf = (path: string) => path.split('/').filter(Boolean).slice(-2, -1)[0];

export function SuggestionNote({ suggestion }: { suggestion: RouteSuggestion | undefined }) {
  if (!suggestion) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <span>
          系统建议承办单位：<strong>{suggestion.unitName ?? '无'}</strong>
          {suggestion.direction && (
            <Tag color="blue" style={{ marginLeft: 8 }}>
              {DIRECTION_LABELS[suggestion.direction]}
            </Tag>
          )}
        </span>
      }
      description={
        suggestion.reasons.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {suggestion.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

interface Props {
  action: RouteAction;
  label: string;
  suggestion: RouteSuggestion | undefined;
  units: readonly Unit[];
  ownUnit: { id: string; path: string };
}

/** Where the case goes, with the suggestion beside it; another unit than suggested needs 改派理由. */
export function RouteField({ action, label, suggestion, units, ownUnit }: Props) {
  const form = Form.useFormInstance();
  const target = Form.useWatch<string | undefined>('targetUnitId', form);
  const differs = Boolean(target) && target !== suggestion?.unitId;
  const disable = useMemo(() => (u: Unit) => !u.active || u.id === ownUnit.id, [ownUnit.id]);
  // 交办 goes down the caller's subtree; 转办 anywhere (the suggestion may lie outside the subtree); 上报 up.
  const extra = useMemo(() => {
    if (!suggestion?.unitId || units.some((u) => u.id === suggestion.unitId)) return [];
    return [{ value: suggestion.unitId, label: `${suggestion.unitName ?? '建议单位'}（系统建议）` }];
  }, [suggestion, units]);
  const upward = useMemo(() => {
    const parent = suggestion?.parentUnit ?? null;
    const parentId = parent?.id ?? parentIdOf(ownUnit.path);
    const options = suggestion?.direction === 'up' && suggestion.unitId ? [...extra] : [];
    if (parentId && !options.some((o) => o.value === parentId))
      options.push({ value: parentId, label: parent ? `${parent.name}（上一级单位）` : '上一级单位' });
    return options;
  }, [ownUnit.path, suggestion, extra]);

  return (
    <>
      <Form.Item name="targetUnitId" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
        {action === 'escalate' ? (
          <Select options={upward} placeholder={`请选择${label}`} />
        ) : action === 'transfer' && extra.length > 0 ? (
          <Select
            options={[
              ...extra,
              ...units.filter((u) => !disable(u)).map((u) => ({ value: u.id, label: u.name })),
            ]}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={`请选择${label}`}
          />
        ) : (
          <UnitSelect units={units} disable={disable} placeholder={`请选择${label}`} />
        )}
      </Form.Item>
      {differs && (
        <Form.Item
          name="overrideReason"
          label="改派理由"
          extra="所选单位与系统建议不同，须说明理由，记入办理轨迹"
          rules={[{ required: true, whitespace: true, message: '请填写改派理由' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </>
  );
}
