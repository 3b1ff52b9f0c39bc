// 问题类别: 大类 (required: it routes the matter) then 细类 (optional) from the public trees of the pipeline.
import { useEffect, useState } from 'react';
import type { Pipeline } from '../../../domain/vocabulary/index.js';
import { errorText, portalApi, type CategoryOption } from '../api.js';
import { SelectField } from '../ui.js';

let trees: Promise<Record<Pipeline, CategoryOption[]>> | null = null;

interface Props {
  pipeline: Pipeline;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
}

export function CategorySelect({ pipeline, value, onChange, error }: Props) {
  const [options, setOptions] = useState<CategoryOption[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    trees ??= portalApi.categories();
    trees.then(
      (t) => live && setOptions(t[pipeline] ?? []),
      (e: unknown) => {
        trees = null;
        if (live) setLoadError(`问题类别加载失败：${errorText(e)}，请稍后返回上一步再试`);
      },
    );
    return () => {
      live = false;
    };
  }, [pipeline]);

  if (!options)
    return (
      <p className={loadError ? 'error' : 'hint'} role={loadError ? 'alert' : 'status'}>
        {loadError ?? '正在加载问题类别…'}
      </p>
    );
  const top = options.find((o) => value === o.value || value.startsWith(o.value)) ?? null;
  const children = top?.children ?? [];
  return (
    <>
      <SelectField
        field="category"
        label="问题类别"
        required
        hint="请选择最接近的一项。"
        error={error}
        value={top?.value ?? ''}
        onChange={onChange}
        options={options.map((o) => ({ value: o.value, label: o.label }))}
      />
      {children.length > 0 && (
        <SelectField
          field="category-detail"
          label="问题细类"
          hint="不确定的可以不选。"
          value={value !== top?.value ? value : ''}
          onChange={(v) => onChange(v || top!.value)}
          options={children.map((o) => ({ value: o.value, label: o.label }))}
        />
      )}
    </>
  );
}
