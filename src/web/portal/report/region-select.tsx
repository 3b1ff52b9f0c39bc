// 问题发生地 as a column of native selects (省 → 市 → 县 → 乡镇), loaded level by level from the public
// region dictionary. Native selects are what phones and screen readers handle best.
import { useEffect, useState } from 'react';
import { errorText, portalApi, type Region } from '../api.js';
import { fieldId } from '../ui.js';

const LEVEL_LABELS: Record<string, string> = {
  province: '省（自治区、直辖市）',
  city: '市（地区、州、盟）',
  county: '县（市、区）',
  town: '乡镇（街道）',
};
/** Villages are not asked: the town is precise enough to route and the list would be long. */
const DEEPEST = 'town';
const cache = new Map<string, Promise<Region[]>>();
const childrenOf = (code: string) => {
  let p = cache.get(code);
  if (!p) {
    p = portalApi.regions(code);
    cache.set(code, p);
    p.catch(() => cache.delete(code));
  }
  return p;
};

interface Props {
  value: Region[];
  onChange: (path: Region[]) => void;
  error?: string | undefined;
}

export function RegionSelect({ value, onChange, error }: Props) {
  // The option lists shown: the provinces, then the children of each chosen region that has any.
  const parents = ['100000', ...value.filter((r) => r.hasChildren && r.level !== DEEPEST).map((r) => r.code)];
  const [lists, setLists] = useState<Record<string, Region[]>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const key = parents.join(',');

  useEffect(() => {
    let live = true;
    for (const code of key.split(','))
      childrenOf(code).then(
        (items) => live && setLists((l) => (l[code] ? l : { ...l, [code]: items })),
        (e: unknown) => live && setLoadError(`行政区划加载失败：${errorText(e)}`),
      );
    return () => {
      live = false;
    };
  }, [key]);

  const id = fieldId('region');
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'choices field-invalid' : 'choices'} aria-describedby={described}>
      <legend>
        问题发生地<span className="req">（必填）</span>
      </legend>
      <p className="hint" id={`${id}-hint`}>
        请逐级选择到县（市、区），知道的请选到乡镇（街道）。
      </p>
      {parents.map((parent, depth) => {
        const items = lists[parent];
        const level = items?.[0]?.level ?? '';
        const selectId = depth === 0 ? id : `${id}-${depth}`;
        return (
          <div className="field" key={parent}>
            <label htmlFor={selectId}>{LEVEL_LABELS[level] ?? '下一级'}</label>
            <select
              id={selectId}
              value={value[depth]?.code ?? ''}
              disabled={!items}
              aria-invalid={error && depth === parents.length - 1 ? true : undefined}
              onChange={(e) => {
                const chosen = items?.find((r) => r.code === e.target.value);
                onChange(chosen ? [...value.slice(0, depth), chosen] : value.slice(0, depth));
              }}
            >
              <option value="">{items ? '请选择' : '正在加载…'}</option>
              {items?.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {value.length > 0 && <p className="chosen">已选择：{value.at(-1)!.fullName}</p>}
      {loadError && (
        <p className="error" role="alert">
          {loadError}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
