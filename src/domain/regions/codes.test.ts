import { describe, expect, it } from 'vitest';
import { codeShapeLevel, normalizeRegionCode, regionPrefix } from './codes.js';

describe('normalizeRegionCode', () => {
  it('pads province and city codes to six digits', () => {
    expect(normalizeRegionCode('44')).toBe('440000');
    expect(normalizeRegionCode('4412')).toBe('441200');
    expect(normalizeRegionCode(' 441226 ')).toBe('441226');
  });
  it('trims the zero tails of the statistics bureau 12-digit form, keeps villages', () => {
    expect(normalizeRegionCode('441226000000')).toBe('441226');
    expect(normalizeRegionCode('370281002000')).toBe('370281002');
    expect(normalizeRegionCode('370281002001')).toBe('370281002001');
    expect(normalizeRegionCode('441226000')).toBe('441226');
  });
  it('rejects what is not shaped like a code', () => {
    for (const bad of ['', '4', '44122', '4412261', 'abcdef', '44-12-26', '4412260010011']) {
      expect(normalizeRegionCode(bad)).toBeNull();
    }
  });
});

describe('codeShapeLevel', () => {
  it('reads the level from the zero tail and the length', () => {
    expect(codeShapeLevel('440000')).toBe('province');
    expect(codeShapeLevel('441200')).toBe('city');
    expect(codeShapeLevel('441226')).toBe('county');
    expect(codeShapeLevel('441226001')).toBe('town');
    expect(codeShapeLevel('441226001001')).toBe('village');
    expect(codeShapeLevel('100000')).toBeNull();
  });
});

describe('regionPrefix', () => {
  it('cuts a code at the level asked, for drill-down', () => {
    expect(regionPrefix('370281002', 'province')).toBe('37');
    expect(regionPrefix('370281002', 'city')).toBe('3702');
    expect(regionPrefix('370281002', 'county')).toBe('370281');
    expect(regionPrefix('370281002', 'town')).toBe('370281002');
    expect(regionPrefix('370281002001', 'town')).toBe('370281002');
  });
  it('without a level gives the prefix that the region shares with everything inside it', () => {
    expect(regionPrefix('440000')).toBe('44');
    expect(regionPrefix('441200')).toBe('4412');
    expect(regionPrefix('441226')).toBe('441226');
    expect(regionPrefix('100000')).toBe('');
  });
  it('refuses a level finer than the code, and malformed codes', () => {
    expect(regionPrefix('440000', 'city')).toBeNull();
    expect(regionPrefix('441200', 'county')).toBeNull();
    expect(regionPrefix('441226', 'town')).toBeNull();
    expect(regionPrefix('44x', 'province')).toBeNull();
  });
});
