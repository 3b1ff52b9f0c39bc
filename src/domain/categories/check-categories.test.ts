import { describe, expect, it } from 'vitest';
import type { CategoryRow } from './category-tree.js';
import { checkCategoryRows } from './check-categories.js';

const row = (over: Partial<CategoryRow>): CategoryRow => ({
  pipeline: 'government',
  code: '01',
  name: '城乡建设',
  parentCode: null,
  department: '住房城乡建设部门',
  sortOrder: 10,
  ...over,
});

describe('checkCategoryRows', () => {
  it('accepts a sound two-level tree, the same code in both pipelines included', () => {
    const rows = [
      row({}),
      row({ code: '0101', name: '住房保障', parentCode: '01', department: null }),
      row({ pipeline: 'discipline', code: '01', name: '违纪', department: null }),
    ];
    expect(checkCategoryRows(rows)).toEqual([]);
  });

  it('reports duplicate codes, empty names, bad codes and bad sort orders', () => {
    const problems = checkCategoryRows([
      row({}),
      row({ name: '重复' }),
      row({ code: '02', name: '  ' }),
      row({ code: '0 3', name: '坏编码' }),
      row({ code: '04', name: '小数', sortOrder: 1.5 }),
    ]);
    expect(problems).toEqual([
      '党政信访类别 01：编码重复',
      '党政信访类别 02：名称不能为空',
      '党政信访类别 0 3：编码应为1–20位字母或数字',
      '党政信访类别 04：排序号应为整数',
    ]);
  });

  it('reports a missing parent, a parent in the other pipeline, a third level and a self parent', () => {
    const problems = checkCategoryRows([
      row({}),
      row({ code: '0101', name: '住房保障', parentCode: '01' }),
      row({ code: '010101', name: '三级', parentCode: '0101' }),
      row({ code: '0201', name: '孤儿', parentCode: '02' }),
      row({ code: '05', name: '自指', parentCode: '05' }),
      row({ pipeline: 'discipline', code: '012101', name: '跨线', parentCode: '01', department: null }),
    ]);
    expect(problems).toEqual([
      '党政信访类别 010101：类别只分两级，上级 0101 已是细类',
      '党政信访类别 0201：上级类别 02 不存在',
      '党政信访类别 05：上级类别不能是自身',
      '纪检监察检举控告类别 012101：上级类别 01 不存在',
    ]);
  });

  it('reports a department on a discipline category and twin names among siblings', () => {
    const problems = checkCategoryRows([
      row({ pipeline: 'discipline', code: '0121', name: '违反政治纪律行为', department: '组织部门' }),
      row({ code: '01' }),
      row({ code: '02' }),
    ]);
    expect(problems).toEqual([
      '纪检监察检举控告类别 0121：纪检监察类别不设归口部门',
      '党政信访类别 01：同级已有同名类别「城乡建设」',
    ]);
  });
});
