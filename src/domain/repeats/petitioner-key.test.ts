import { describe, expect, it } from 'vitest';
import {
  accusedKey,
  idNumberKey,
  nameAddressKey,
  normalizeAddressKey,
  normalizePersonName,
  petitionerKeys,
  phoneKey,
} from './petitioner-key.js';

describe('normalizePersonName', () => {
  it('drops spaces and full-width forms and unifies middle dots', () => {
    expect(normalizePersonName(' 张 三 ')).toBe('张三');
    expect(normalizePersonName('买买提•艾力')).toBe(normalizePersonName('买买提·艾力'));
    expect(normalizePersonName('ＬＩ Ｍｉｎｇ')).toBe('liming');
  });
});

describe('normalizeAddressKey', () => {
  it('gives the same key with or without province and city', () => {
    const full = normalizeAddressKey('广东省肇庆市德庆县德城街道朝阳路１２号');
    expect(full).toBe('德庆县德城街道朝阳路12号');
    expect(normalizeAddressKey('德庆县 德城街道 朝阳路12号')).toBe(full);
    expect(normalizeAddressKey('肇庆市德庆县德城街道朝阳路12号。')).toBe(full);
    expect(normalizeAddressKey('山东省青岛市胶州市中云街道')).toBe('胶州市中云街道');
  });
});

describe('identity keys', () => {
  it('ID numbers in 18-digit upper-case form, 15-digit IDs upgraded', () => {
    expect(idNumberKey('11010519491231002x')).toBe('11010519491231002X');
    expect(idNumberKey('110105491231002')).toBe('11010519491231002X');
    expect(idNumberKey('12345')).toBeNull();
  });

  it('phones normalized, extensions dropped', () => {
    expect(phoneKey('+86 138-1234-5678')).toBe('13812345678');
    expect(phoneKey('0758-7771234转12')).toBe('0758-7771234');
    expect(phoneKey('12388')).toBeNull();
  });

  it('name and address only together', () => {
    expect(nameAddressKey('张三', '德庆县德城街道朝阳路12号')).toBe('张三|德庆县德城街道朝阳路12号');
    expect(nameAddressKey('张三', '')).toBeNull();
    expect(nameAddressKey(undefined, '德庆县')).toBeNull();
  });

  it('collects all keys of a petitioner, deduplicating phones', () => {
    expect(
      petitionerKeys({
        name: '张三',
        address: '广东省肇庆市德庆县德城街道朝阳路12号',
        idNumber: '441226198503170014',
        phones: ['13812345678', '138 1234 5678', 'bad'],
      }),
    ).toEqual({
      idNumber: '441226198503170014',
      phones: ['13812345678'],
      nameAddress: '张三|德庆县德城街道朝阳路12号',
    });
    expect(petitionerKeys({})).toEqual({ phones: [] });
  });

  it('accused by name and unit, or a unit by its name', () => {
    expect(accusedKey({ name: '李 某某', unit: '朝阳村村委会' })).toBe('李某某|朝阳村村委会');
    expect(accusedKey({ name: '李某某' })).toBeNull();
    expect(accusedKey({ kind: 'unit', unit: '德庆县住建局' })).toBe('单位|德庆县住建局');
  });
});
