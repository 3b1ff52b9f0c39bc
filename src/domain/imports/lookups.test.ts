import { describe, expect, it } from 'vitest';
import type { CategoryRow } from '../categories/index.js';
import { buildRegionIndex } from '../regions/index.js';
import { categoryResolver, regionResolver } from './lookups.js';

const index = buildRegionIndex([
  ['440000', '广东省'],
  ['441200', '肇庆市'],
  ['441223', '广宁县'],
  ['441223106', '新圩镇'],
  ['441226', '德庆县'],
  ['441226101', '新圩镇'],
  ['441226102', '官圩镇'],
  ['450000', '广西壮族自治区'],
  ['450300', '桂林市'],
  ['450321', '阳朔县'],
]);

describe('问题属地 from names or codes', () => {
  const resolve = regionResolver(index, '441226');
  it('takes codes, full names, partial paths and names without suffix', () => {
    expect(resolve('441226101')).toEqual({ ok: true, code: '441226101' });
    expect(resolve('广东省肇庆市德庆县官圩镇')).toEqual({ ok: true, code: '441226102' });
    expect(resolve('德庆县 官圩镇')).toEqual({ ok: true, code: '441226102' });
    expect(resolve('德庆')).toEqual({ ok: true, code: '441226' });
    expect(resolve('阳朔县')).toEqual({ ok: true, code: '450321' });
  });

  it('settles a shared name by the importing unit’s county, and asks when it cannot', () => {
    expect(resolve('新圩镇')).toEqual({ ok: true, code: '441226101' });
    expect(resolve('广宁县新圩镇')).toEqual({ ok: true, code: '441223106' });
    const fromCity = regionResolver(index, '441200');
    const r = fromCity('新圩镇');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('多处同名');
    expect(resolve('火星')).toMatchObject({ ok: false });
    expect(resolve('44122')).toMatchObject({ ok: false });
  });
});

describe('问题类别 from names or codes', () => {
  const rows: CategoryRow[] = [
    { pipeline: 'discipline', code: '0123', name: '违反廉洁纪律行为', parentCode: null, department: null, sortOrder: 10 },
    { pipeline: 'discipline', code: '012302', name: '违规接受礼品礼金宴请服务', parentCode: '0123', department: null, sortOrder: 10 },
    { pipeline: 'discipline', code: '012399', name: '其他', parentCode: '0123', department: null, sortOrder: 20 },
    { pipeline: 'discipline', code: '0126', name: '违反生活纪律行为', parentCode: null, department: null, sortOrder: 20 },
    { pipeline: 'discipline', code: '012699', name: '其他', parentCode: '0126', department: null, sortOrder: 10 },
    { pipeline: 'government', code: '01', name: '城乡建设', parentCode: null, department: '住建局', sortOrder: 10 },
  ];
  const resolve = categoryResolver(rows);
  it('takes a code, a code with its name, a unique name or a path', () => {
    expect(resolve('012302', 'discipline')).toEqual({ ok: true, code: '012302' });
    expect(resolve('012302 违规接受礼品礼金宴请服务', 'discipline')).toEqual({ ok: true, code: '012302' });
    expect(resolve('违规接受礼品礼金宴请服务', 'discipline')).toEqual({ ok: true, code: '012302' });
    expect(resolve('违反生活纪律行为／其他', 'discipline')).toEqual({ ok: true, code: '012699' });
    expect(resolve('违反廉洁纪律行为', 'discipline')).toEqual({ ok: true, code: '0123' });
  });
  it('asks for the parent when a name is shared, and refuses names of the other pipeline', () => {
    const other = resolve('其他', 'discipline');
    expect(!other.ok && other.message).toContain('2处同名');
    expect(resolve('城乡建设', 'discipline')).toMatchObject({ ok: false });
    expect(resolve('城乡建设', 'government')).toEqual({ ok: true, code: '01' });
  });
});
