// 问题类别: a two-level tree per pipeline, stored as flat rows (the `category` table, seeded from
// src/db/seed/categories.ts and edited by admins). These helpers turn rows into picker options, names and checks.
import type { Pipeline } from '../vocabulary/index.js';

export interface CategoryRow {
  pipeline: Pipeline;
  code: string;
  name: string;
  parentCode: string | null;
  /** 归口 department of a government top-level category; null for discipline and for children (they inherit). */
  department: string | null;
  sortOrder: number;
  /** Missing means active, so seed rows (which have no flag) can be used as they are. */
  active?: boolean;
}

/** Ant Design TreeSelect / Cascader option. `children` is omitted on leaves so no empty column opens. */
export interface CategoryOption {
  value: string;
  label: string;
  children?: CategoryOption[];
}

const isActive = (row: CategoryRow): boolean => row.active !== false;
const bySortOrder = (a: CategoryRow, b: CategoryRow): number =>
  a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

function rowsOf(rows: readonly CategoryRow[], pipeline: Pipeline): Map<string, CategoryRow> {
  return new Map(rows.filter((r) => r.pipeline === pipeline).map((r) => [r.code, r]));
}

/**
 * Picker options per pipeline, in sort order. Inactive rows are left out, and so are the children of an
 * inactive parent and rows whose parent does not exist: a registrar can only pick what the admin left open.
 */
export function buildCategoryTree(rows: readonly CategoryRow[]): Record<Pipeline, CategoryOption[]> {
  const forPipeline = (pipeline: Pipeline): CategoryOption[] => {
    const active = [...rowsOf(rows, pipeline).values()].filter(isActive).sort(bySortOrder);
    return active
      .filter((r) => r.parentCode === null)
      .map((top) => {
        const children = active
          .filter((r) => r.parentCode === top.code)
          .map((c): CategoryOption => ({ value: c.code, label: c.name }));
        return children.length > 0
          ? { value: top.code, label: top.name, children }
          : { value: top.code, label: top.name };
      });
  };
  return { government: forPipeline('government'), discipline: forPipeline('discipline') };
}

/**
 * The names from the top level down to the code, e.g. ['城乡建设', '征地拆迁']; [] when the code is unknown.
 * Inactive rows still resolve: a case registered before a category was retired must keep printing its name.
 */
export function categoryPath(rows: readonly CategoryRow[], pipeline: Pipeline, code: string): string[] {
  const byCode = rowsOf(rows, pipeline);
  const path: string[] = [];
  const seen = new Set<string>();
  let row = byCode.get(code);
  while (row && !seen.has(row.code)) {
    seen.add(row.code); // a parent cycle in hand-edited data ends the walk
    path.unshift(row.name);
    if (row.parentCode === null) return path;
    row = byCode.get(row.parentCode);
  }
  return []; // unknown code, or a parent row is missing
}

/** The path joined for a form or a list cell, e.g. '城乡建设／征地拆迁'; '' when unknown. */
export function categoryLabel(
  rows: readonly CategoryRow[],
  pipeline: Pipeline,
  code: string,
  sep = '／',
): string {
  return categoryPath(rows, pipeline, code).join(sep);
}

/**
 * Whether a code may be chosen at registration. Any active code counts, top level or 细类: the registrar picks
 * the top level when a letter does not say enough for a 细类, which the statistics count under the parent.
 * A 细类 under an inactive parent does not count (it is hidden from the picker too).
 */
export function isKnownCategory(rows: readonly CategoryRow[]): (pipeline: Pipeline, code: string) => boolean {
  const allowed = new Set<string>();
  const tree = buildCategoryTree(rows);
  for (const pipeline of ['government', 'discipline'] as const) {
    for (const top of tree[pipeline]) {
      allowed.add(`${pipeline}:${top.value}`);
      for (const child of top.children ?? []) allowed.add(`${pipeline}:${child.value}`);
    }
  }
  return (pipeline, code) => allowed.has(`${pipeline}:${code}`);
}
