import { describe, expect, it } from 'vitest';
import { idCheckChar, normalizeIdNumber, upgradeIdNumber15, validateIdNumber } from './id-number.js';

const today = '2026-03-01';
const known = new Set(['110105', '441226', '370281']);
const isKnownRegion = (code: string) => known.has(code);

describe('validateIdNumber', () => {
  it('accepts an ID with an X check character and reads birth date, sex and region', () => {
    expect(validateIdNumber('11010519491231002X', { today, isKnownRegion })).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
  });

  it('accepts a lowercase x, full-width digits and spaces, and returns the normalized number', () => {
    const r = validateIdNumber(' 110105 19491231 002x ', { today, isKnownRegion });
    expect(r).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
    expect(validateIdNumber('４４１２２６１９８５０３１７００１４', { today })).toMatchObject({
      ok: true,
      sex: 'male',
    });
  });

  it('reads sex from the 17th digit: odd is male, even is female', () => {
    expect(validateIdNumber('441226198503170014', { today })).toMatchObject({ ok: true, sex: 'male' });
    expect(validateIdNumber('441226198503170022', { today })).toMatchObject({ ok: true, sex: 'female' });
  });

  it('reports a wrong length', () => {
    const r = validateIdNumber('4412261985031700', { today });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('位数不对') });
    expect(!r.ok && r.message).toContain('当前为16位');
    expect(validateIdNumber('', { today })).toMatchObject({
      ok: false,
      message: expect.stringContaining('位数不对'),
    });
  });

  it('reports letters in the wrong place', () => {
    expect(validateIdNumber('44122619850317X014', { today })).toMatchObject({
      ok: false,
      message: expect.stringContaining('格式不对'),
    });
  });

  it('reports a checksum error and names the expected character', () => {
    const r = validateIdNumber('110105194912310021', { today, isKnownRegion });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('校验码错误');
    expect(!r.ok && r.message).toContain('X');
  });

  it('reports a birth date that does not exist, is in the future, or is before 1900', () => {
    const bad = (first17: string) => validateIdNumber(first17 + idCheckChar(first17), { today });
    expect(bad('44122619851317001')).toMatchObject({
      ok: false,
      message: expect.stringContaining('出生日期无效'),
    });
    expect(bad('44122619990229001')).toMatchObject({
      ok: false,
      message: expect.stringContaining('不是真实的日期'),
    });
    expect(bad('44122620260302001')).toMatchObject({
      ok: false,
      message: expect.stringContaining('晚于今天'),
    });
    expect(bad('44122618991231001')).toMatchObject({
      ok: false,
      message: expect.stringContaining('早于1900年'),
    });
    // A leap day and a birth today are both real.
    expect(bad('11010120000229001')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(bad('44122620260301001')).toMatchObject({ ok: true, birthDate: '2026-03-01' });
  });

  it('reports an unknown region code through the caller-supplied dictionary', () => {
    const r = validateIdNumber('441226198503170014', { today, isKnownRegion: () => false });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('地区码不存在') });
    expect(!r.ok && r.message).toContain('441226');
  });

  it('without a dictionary, rejects a region whose province does not exist', () => {
    const first17 = '99122619850317001';
    expect(validateIdNumber(first17 + idCheckChar(first17), { today })).toMatchObject({
      ok: false,
      message: expect.stringContaining('地区码不存在'),
    });
  });

  it('upgrades a 15-digit ID to 18 digits unless legacy IDs are refused', () => {
    expect(upgradeIdNumber15('110105491231002')).toBe('11010519491231002X');
    expect(validateIdNumber('110105491231002', { today, isKnownRegion })).toMatchObject({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
    });
    expect(validateIdNumber('110105491231002', { today, allowLegacy15: false })).toMatchObject({
      ok: false,
      message: expect.stringContaining('位数不对'),
    });
    expect(validateIdNumber('110105491331002', { today })).toMatchObject({
      ok: false,
      message: expect.stringContaining('出生日期无效'),
    });
  });

  it('normalizes without validating', () => {
    expect(normalizeIdNumber('1101-0519 4912-31002ｘ')).toBe('11010519491231002X');
  });
});
