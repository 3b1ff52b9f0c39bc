import { describe, expect, it } from 'vitest';
import { isMobile, normalizePhone, validatePhone } from './phone.js';

describe('normalizePhone: mobiles', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalizePhone(raw)).toBe(normalized);
    expect(isMobile(raw)).toBe(true);
  });

  it('rejects a wrong length or a non-mobile prefix with a precise message', () => {
    expect(validatePhone('1381234567')).toEqual({ ok: false, message: '手机号码应为11位，当前为10位' });
    expect(validatePhone('12812345678')).toMatchObject({
      ok: false,
      message: expect.stringContaining('号段无效'),
    });
    expect(validatePhone('138123456789')).toMatchObject({
      ok: false,
      message: expect.stringContaining('11位'),
    });
  });
});

describe('normalizePhone: landlines', () => {
  it.each([
    ['010-62345678', '010-62345678'],
    ['01062345678', '010-62345678'],
    ['(0758)7771234', '0758-7771234'],
    ['0758 777 1234', '0758-7771234'],
    ['020-8888 6666', '020-88886666'],
    ['+86 755 22345678', '0755-22345678'],
    ['0755-22345678-123', '0755-22345678-123'],
    ['0755-22345678转8001', '0755-22345678-8001'],
    ['0532 8765 4321 分机 12', '0532-87654321-12'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalizePhone(raw)).toBe(normalized);
    expect(isMobile(raw)).toBe(false);
  });

  it('splits area code, local number and extension', () => {
    expect(validatePhone('0755-22345678 ext 9')).toEqual({
      ok: true,
      kind: 'landline',
      normalized: '0755-22345678-9',
      areaCode: '0755',
      local: '22345678',
      extension: '9',
    });
  });

  it('says what is wrong with a landline', () => {
    expect(validatePhone('7771234')).toMatchObject({
      ok: false,
      message: expect.stringContaining('请加区号'),
    });
    expect(validatePhone('0758-77712')).toMatchObject({
      ok: false,
      message: expect.stringContaining('应为7–8位'),
    });
    expect(validatePhone('0758-0771234')).toMatchObject({
      ok: false,
      message: expect.stringContaining('不能以0或1开头'),
    });
    expect(validatePhone('0012345678')).toMatchObject({ ok: false });
    expect(validatePhone('0112345678')).toMatchObject({
      ok: false,
      message: expect.stringContaining('区号无效'),
    });
  });
});

describe('validatePhone: other input', () => {
  it('refuses empty input, letters and foreign numbers', () => {
    expect(validatePhone('  ')).toEqual({ ok: false, message: '请填写电话号码' });
    expect(validatePhone('138abc45678')).toMatchObject({
      ok: false,
      message: expect.stringContaining('无效字符'),
    });
    expect(validatePhone('+852 9123 4567')).toMatchObject({
      ok: false,
      message: expect.stringContaining('+86'),
    });
    expect(validatePhone('13812345678转1')).toMatchObject({ ok: false, message: '手机号码不能带分机号' });
    expect(normalizePhone('12388')).toBeNull();
  });
});
