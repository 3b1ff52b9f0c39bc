import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../common/types.js';
import { buildUnitForest, unitTreeData } from './unit-tree.js';

interface Props {
  units: readonly Unit[];
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Units that cannot be chosen (inactive ones by default). */
  disable?: (u: Unit) => boolean;
  style?: React.CSSProperties;
  id?: string;
}

const INACTIVE = (u: Unit) => !u.active;
export const ANY_UNIT = () => false;

/** Choose a unit in the caller's subtree, searchable by name. */
export function UnitSelect({
  units,
  value,
  onChange,
  placeholder = '请选择单位',
  allowClear,
  disable = INACTIVE,
  style,
  id,
}: Props) {
  const treeData = useMemo(() => unitTreeData(buildUnitForest(units), disable), [units, disable]);
  const roots = useMemo(() => treeData.map((n) => n.key), [treeData]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v) => onChange?.(v as string | undefined)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'label' }}
      treeDefaultExpandedKeys={roots}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220, ...style }}
      notFoundContent="没有匹配的单位"
    />
  );
}
