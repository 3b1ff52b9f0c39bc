import { describe, expect, it } from 'vitest';
import {
  buildCategoryTree,
  categoryLabel,
  categoryPath,
  isKnownCategory,
  type CategoryRow,
} from './category-tree.js';

const row = (
  pipeline: CategoryRow['pipeline'],
  code: string,
  name: string,
  parentCode: string | null,
  sortOrder: number,
  active?: boolean,
): CategoryRow => ({ pipeline, code, name, parentCode, department: null, sortOrder, active });

const ROWS: CategoryRow[] = [
  row('government', '02', '劳动社保', null, 20),
  row('government', '01', '城乡建设', null, 10),
  row('government', '0102', '征地拆迁', '01', 20),
  row('government', '0101', '住房保障', '01', 10),
  row('government', '0103', '物业管理', '01', 30, false),
  row('government', '03', '农村农业', null, 30, false),
  row('government', '0301', '土地承包', '03', 10),
  row('government', '0901', '无上级', '09', 10),
  row('discipline', '0121', '违反政治纪律行为', null, 10),
  row('discipline', '012101', '公开发表危害党的言论', '0121', 10),
  // The same code in the other pipeline means something else.
  row('discipline', '01', '纪检占位', null, 20),
];

describe('buildCategoryTree', () => {
  const tree = buildCategoryTree(ROWS);

  it('gives options per pipeline in sort order, children under their parent', () => {
    expect(tree.government).toEqual([
      {
        value: '01',
        label: '城乡建设',
        children: [
          { value: '0101', label: '住房保障' },
          { value: '0102', label: '征地拆迁' },
        ],
      },
      { value: '02', label: '劳动社保' },
    ]);
    expect(tree.discipline.map((o) => o.value)).toEqual(['0121', '01']);
  });

  it('leaves out inactive rows, children of an inactive parent and orphans', () => {
    const codes = JSON.stringify(tree.government);
    for (const hidden of ['0103', '"03"', '0301', '0901']) expect(codes).not.toContain(hidden);
  });

  it('omits children on a leaf so the cascader opens no empty column', () => {
    expect(tree.government[1]).not.toHaveProperty('children');
  });

  it('orders equal sortOrder by code', () => {
    const t = buildCategoryTree([
      row('government', 'B', '乙', null, 0),
      row('government', 'A', '甲', null, 0),
    ]);
    expect(t.government.map((o) => o.value)).toEqual(['A', 'B']);
  });
});

describe('categoryPath and categoryLabel', () => {
  it('name the path from the top level down', () => {
    expect(categoryPath(ROWS, 'government', '0102')).toEqual(['城乡建设', '征地拆迁']);
    expect(categoryPath(ROWS, 'government', '02')).toEqual(['劳动社保']);
    expect(categoryLabel(ROWS, 'government', '0102')).toBe('城乡建设／征地拆迁');
    expect(categoryLabel(ROWS, 'government', '0102', ' > ')).toBe('城乡建设 > 征地拆迁');
  });

  it('look in the given pipeline only', () => {
    expect(categoryPath(ROWS, 'discipline', '01')).toEqual(['纪检占位']);
    expect(categoryPath(ROWS, 'discipline', '0102')).toEqual([]);
  });

  it('still name retired categories, so old cases keep their label', () => {
    expect(categoryPath(ROWS, 'government', '0301')).toEqual(['农村农业', '土地承包']);
  });

  it('give nothing for unknown codes, missing parents and cycles', () => {
    expect(categoryPath(ROWS, 'government', '7777')).toEqual([]);
    expect(categoryPath(ROWS, 'government', '0901')).toEqual([]);
    const cyclic = [row('government', 'A', '甲', 'B', 1), row('government', 'B', '乙', 'A', 2)];
    expect(categoryPath(cyclic, 'government', 'A')).toEqual([]);
    expect(categoryLabel(ROWS, 'government', '7777')).toBe('');
  });
});

describe('isKnownCategory', () => {
  const known = isKnownCategory(ROWS);

  it('accepts any active code, top level or 细类', () => {
    expect(known('government', '01')).toBe(true);
    expect(known('government', '0102')).toBe(true);
    expect(known('discipline', '012101')).toBe(true);
  });

  it('refuses inactive codes, codes under an inactive parent, orphans and unknown codes', () => {
    for (const code of ['0103', '03', '0301', '0901', '7777'])
      expect(known('government', code), code).toBe(false);
  });

  it('refuses a code of the other pipeline', () => {
    expect(known('government', '012101')).toBe(false);
    expect(known('discipline', '0102')).toBe(false);
  });
});
