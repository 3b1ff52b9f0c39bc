import { describe, expect, it } from 'vitest';
import { buildCategoryTree, categoryPath, checkCategoryRows } from '../../domain/categories/index.js';
import { PIPELINES } from '../../domain/vocabulary/index.js';
import { CATEGORY_SEED } from './categories.js';

const of = (pipeline: string) => CATEGORY_SEED.filter((r) => r.pipeline === pipeline);
const tops = (pipeline: string) => of(pipeline).filter((r) => r.parentCode === null);

describe('CATEGORY_SEED', () => {
  it('passes the tree check: unique codes, parents in the same pipeline, two levels, names', () => {
    expect(checkCategoryRows(CATEGORY_SEED)).toEqual([]);
  });

  it('has unique codes per pipeline and non-empty names', () => {
    for (const pipeline of PIPELINES) {
      const codes = of(pipeline).map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(CATEGORY_SEED.every((r) => r.name.trim().length > 0)).toBe(true);
  });

  it('has exactly two levels and every parent in the same pipeline', () => {
    for (const r of CATEGORY_SEED.filter((row) => row.parentCode !== null)) {
      const parent = of(r.pipeline).find((p) => p.code === r.parentCode);
      expect(parent, `${r.pipeline} ${r.code}`).toBeDefined();
      expect(parent!.parentCode).toBeNull();
      expect(r.code.startsWith(r.parentCode!), 'a 细类 code extends its parent code').toBe(true);
    }
  });

  it('follows the code scheme: 4/6 digits for discipline, 2/4 for government, 其他 at <parent>99', () => {
    for (const r of of('discipline')) expect(r.code).toMatch(r.parentCode ? /^01[2-5]\d{3}$/ : /^01[2-5]\d$/);
    for (const r of of('government')) expect(r.code).toMatch(r.parentCode ? /^\d{4}$/ : /^\d{2}$/);
    for (const r of CATEGORY_SEED.filter((row) => row.parentCode && row.name === '其他')) {
      expect(r.code).toBe(`${r.parentCode}99`);
    }
  });

  it('holds the discipline groups of §7.1 in order', () => {
    expect(tops('discipline').map((r) => r.name)).toEqual([
      '违反政治纪律行为',
      '违反组织纪律行为',
      '违反廉洁纪律行为',
      '违反群众纪律行为',
      '违反工作纪律行为',
      '违反生活纪律行为',
      '贪污贿赂行为',
      '渎职侵权行为',
      '其他职务违法和职务犯罪行为',
      '其他违法犯罪行为',
      '违反中央八项规定精神',
    ]);
    expect(categoryPath(CATEGORY_SEED, 'discipline', '012103')).toEqual([
      '违反政治纪律行为',
      '在党内搞团团伙伙',
    ]);
    expect(categoryPath(CATEGORY_SEED, 'discipline', '014103')).toEqual(['贪污贿赂行为', '受贿']);
    expect(of('discipline').every((r) => r.department === null)).toBe(true);
  });

  it('holds the government categories of §7.2 with a 归口 department on each (except 其他)', () => {
    const names = tops('government').map((r) => r.name);
    expect(names).toEqual([
      '城乡建设',
      '劳动社保',
      '农村农业',
      '自然资源',
      '生态环境',
      '卫生健康',
      '教育',
      '民政',
      '交通运输',
      '市场监管',
      '政法（涉法涉诉）',
      '组织人事',
      '纪检监察',
      '党务政务',
      '科技文体',
      '其他',
    ]);
    for (const top of tops('government')) {
      if (top.name === '其他') expect(top.department).toBeNull();
      else expect(top.department, top.name).toMatch(/部门|机关|办公室/);
      expect(
        of('government').some((r) => r.parentCode === top.code),
        `${top.name} has 细类`,
      ).toBe(true);
    }
    expect(
      of('government')
        .filter((r) => r.parentCode)
        .every((r) => r.department === null),
    ).toBe(true);
    expect(categoryPath(CATEGORY_SEED, 'government', '0102')).toEqual(['城乡建设', '征地拆迁']);
    const labour = buildCategoryTree(CATEGORY_SEED).government.find((o) => o.label === '劳动社保');
    expect(labour?.children?.map((c) => c.label)).toEqual(
      expect.arrayContaining(['拖欠工资', '社会保险', '工伤']),
    );
  });

  it('orders siblings by sortOrder without ties', () => {
    const groups = new Map<string, number[]>();
    for (const r of CATEGORY_SEED) {
      const key = `${r.pipeline}:${r.parentCode ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), r.sortOrder]);
    }
    for (const orders of groups.values()) expect(new Set(orders).size).toBe(orders.length);
  });
});
