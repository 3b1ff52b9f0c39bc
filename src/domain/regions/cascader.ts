// Options for an Ant Design Cascader ({ value, label, children }), cut at a given depth.
import type { Region } from './region-index.js';

export interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

/** `depth` columns: 1 gives only these regions; leaves carry no `children` key, so the Cascader ends there. */
export function buildCascaderOptions(
  regions: readonly Region[],
  childrenOf: (code: string) => readonly Region[],
  depth: number,
): CascaderOption[] {
  if (depth < 1) return [];
  return regions.map((r) => {
    const below = depth > 1 ? childrenOf(r.code) : [];
    const option: CascaderOption = { value: r.code, label: r.name };
    if (below.length > 0) option.children = buildCascaderOptions(below, childrenOf, depth - 1);
    return option;
  });
}
