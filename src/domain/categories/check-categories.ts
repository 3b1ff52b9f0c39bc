// Checks a category tree before it is seeded or saved by an admin: the pickers, the statistics and routing rely
// on codes being unique per pipeline and on exactly two levels. Messages are for the admin, in Chinese.
import { PIPELINE_LABELS } from '../vocabulary/index.js';
import type { CategoryRow } from './category-tree.js';

/** Codes are short ASCII keys (Code128- and URL-safe; the cases table stores up to 20 characters). */
export const CATEGORY_CODE = /^[0-9A-Za-z]{1,20}$/;

/** Every problem found, one sentence each; [] when the tree is sound. */
export function checkCategoryRows(rows: readonly CategoryRow[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, CategoryRow>();
  const where = (r: CategoryRow) => `${PIPELINE_LABELS[r.pipeline]}类别 ${r.code}`;

  for (const r of rows) {
    const key = `${r.pipeline}:${r.code}`;
    if (!CATEGORY_CODE.test(r.code)) problems.push(`${where(r)}：编码应为1–20位字母或数字`);
    if (seen.has(key)) problems.push(`${where(r)}：编码重复`);
    else seen.set(key, r);
    if (r.name.trim() === '') problems.push(`${where(r)}：名称不能为空`);
    if (!Number.isInteger(r.sortOrder)) problems.push(`${where(r)}：排序号应为整数`);
    if (r.pipeline === 'discipline' && r.department !== null) {
      problems.push(`${where(r)}：纪检监察类别不设归口部门`);
    }
  }

  for (const r of rows) {
    if (r.parentCode === null) continue;
    const parent = seen.get(`${r.pipeline}:${r.parentCode}`);
    if (r.parentCode === r.code) problems.push(`${where(r)}：上级类别不能是自身`);
    else if (!parent) problems.push(`${where(r)}：上级类别 ${r.parentCode} 不存在`);
    else if (parent.parentCode !== null)
      problems.push(`${where(r)}：类别只分两级，上级 ${parent.code} 已是细类`);
  }

  for (const r of rows) {
    const siblings = rows.filter(
      (o) => o.pipeline === r.pipeline && o.parentCode === r.parentCode && o.name.trim() === r.name.trim(),
    );
    if (siblings.length > 1 && siblings[0] === r) problems.push(`${where(r)}：同级已有同名类别「${r.name}」`);
  }
  return problems;
}
