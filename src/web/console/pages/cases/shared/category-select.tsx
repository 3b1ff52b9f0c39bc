import { TreeSelect } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import type { CategoryTrees } from '../types.js';
import { loadCategories } from './categories.js';

interface Props {
  id?: string;
  pipeline?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** 问题类别 of one pipeline (the two trees differ), searchable by name. Nothing to choose until a pipeline is. */
export function CategorySelect({ id, pipeline, value, onChange, placeholder, allowClear, style }: Props) {
  const [trees, setTrees] = useState<CategoryTrees>();
  useEffect(() => {
    let live = true;
    loadCategories().then(
      (t) => live && setTrees(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const treeData = pipeline && trees ? (trees[pipeline as keyof CategoryTrees] ?? []) : [];
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v) => onChange?.(v as string | undefined)}
      treeData={treeData}
      fieldNames={{ label: 'label', value: 'value', children: 'children' }}
      disabled={!pipeline}
      placeholder={pipeline ? (placeholder ?? '请选择问题类别') : '请先选择业务类型'}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      notFoundContent="没有匹配的类别"
      style={{ minWidth: 200, ...style }}
    />
  );
}
