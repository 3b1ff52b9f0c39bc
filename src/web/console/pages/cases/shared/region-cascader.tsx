import { Cascader } from 'antd';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { api } from '../../../../common/api.js';
import type { Items, RegionDetail } from '../../../../common/types.js';

type Region = Omit<RegionDetail, 'ancestors'>;

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

// Children lists are the same for every user and rarely change: fetched once per page load.
const childrenCache = new Map<string, Promise<Region[]>>();
function childrenOf(code: string): Promise<Region[]> {
  let hit = childrenCache.get(code);
  if (!hit) {
    hit = api.get<Items<Region>>(`/regions/${code}/children`).then((r) => r.items);
    hit.catch(() => childrenCache.delete(code)); // a failed load is tried again next time
    childrenCache.set(code, hit);
  }
  return hit;
}
const COUNTRY = '100000';
const toOptions = (rs: Region[]): RegionOption[] =>
  rs.map((r) => ({ value: r.code, label: r.name, isLeaf: !r.hasChildren }));

interface Props {
  id?: string;
  /** The chosen region's GB/T 2260 code (any level), or empty. */
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
}

/**
 * 问题属地 and other places: province → city → county → town, each level fetched when opened. Any level may be
 * chosen (a matter may concern a whole county). A code set from outside (a link, a reset) is expanded to its names.
 */
export function RegionCascader({ id, value, onChange, placeholder = '省 / 市 / 县 / 乡镇', style }: Props) {
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    let live = true;
    childrenOf(COUNTRY).then(
      (rs) => live && optionsRef.current.length === 0 && setOptions(toOptions(rs)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // A value that did not come from this control: load the chain of levels so the names show.
  useEffect(() => {
    if (!value) {
      setPath([]);
      return;
    }
    if (path[path.length - 1] === value) return;
    let live = true;
    (async () => {
      const detail = await api.get<RegionDetail>(`/regions/${value}`);
      const codes = detail.ancestors.map((a) => a.code);
      if (codes[codes.length - 1] !== value) codes.push(value);
      const roots = optionsRef.current.length ? optionsRef.current : toOptions(await childrenOf(COUNTRY));
      let level = roots;
      for (const code of codes.slice(0, -1)) {
        const node = level.find((o) => o.value === code);
        if (!node) break;
        node.children ??= toOptions(await childrenOf(code));
        level = node.children;
      }
      if (!live) return;
      setOptions([...roots]);
      setPath(codes);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
    // Only an outside change of the value matters here (path follows it).
  }, [value]);

  const loadData = async (selected: RegionOption[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    target.children = toOptions(await childrenOf(target.value));
    setOptions((o) => [...o]);
  };

  return (
    <Cascader<RegionOption>
      id={id}
      options={options}
      value={path}
      loadData={(s) => void loadData(s)}
      changeOnSelect
      placeholder={placeholder}
      style={{ minWidth: 260, ...style }}
      notFoundContent="暂无行政区划"
      onChange={(codes) => {
        const list = (codes ?? []) as string[];
        setPath(list);
        onChange?.(list[list.length - 1]);
      }}
    />
  );
}
