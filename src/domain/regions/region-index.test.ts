// Rules of the index on a hand-made dictionary; region-data.test.ts checks them on the real seed file.
import { describe, expect, it } from 'vitest';
import { buildRegionIndex, type RegionEntry } from './region-index.js';

const entries: RegionEntry[] = [
  ['620000', '甘肃省'],
  ['620200', '嘉峪关市'],
  ['620201001', '雄关街道'], // its pseudo-county 620201 is not in the dictionary
  ['440000', '广东省'],
  ['441900', '东莞市'],
  ['441900003', '东城街道'],
  ['110000', '北京市'],
  ['110100', '市辖区'],
  ['110105', '朝阳区'],
  ['110105001', '建外街道'],
];
const index = buildRegionIndex(entries);

describe('buildRegionIndex', () => {
  it('hangs a town under its city when the city has no county', () => {
    expect(index.parent('441900003')?.code).toBe('441900');
    expect(index.parent('620201001')?.code).toBe('620200');
    expect(index.ancestors('620201001').map((r) => r.code)).toEqual(['620000', '620200', '620201001']);
  });
  it('maps a pseudo-county code to its city', () => {
    expect(index.normalize('620201')).toBe('620200');
    expect(index.isKnown('620201')).toBe(true);
    expect(index.name('620201')).toBe('嘉峪关市');
  });
  it('leaves placeholders out of full names, except the placeholder asked for', () => {
    expect(index.get('110100')?.placeholder).toBe(true);
    expect(index.fullName('110105001')).toBe('北京市朝阳区建外街道');
    expect(index.fullName('110100')).toBe('北京市市辖区');
  });
  it('sorts regions by code whatever the input order', () => {
    const codes = index.all().map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(index.children('100000').map((r) => r.code)).toEqual(['110000', '440000', '620000']);
  });
  it('rejects malformed, duplicate and orphan entries', () => {
    expect(() => buildRegionIndex([['4412', '肇庆市']])).toThrow(/malformed/);
    expect(() => buildRegionIndex([['440000', '广东省'], ['440000', '广东']])).toThrow(/duplicate/);
    expect(() => buildRegionIndex([['441226', '德庆县']])).toThrow(/no parent/);
  });
  it('cuts cascader options at the depth asked', () => {
    expect(index.cascaderOptions('110000', 1)).toEqual([{ value: '110100', label: '市辖区' }]);
    expect(index.cascaderOptions(undefined, 0)).toEqual([]);
    expect(index.cascaderOptions('999999')).toEqual([]);
  });
});
