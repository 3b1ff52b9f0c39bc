import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone, splitAddress } from './masking.js';

describe('maskName', () => {
  it('keeps the first character and hides each other one', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳修')).toBe('欧**');
    expect(maskName('诸葛孔明')).toBe('诸***');
    expect(maskName(' 李 ')).toBe('*');
    expect(maskName('')).toBe('');
  });

  it('keeps the separator dots of transliterated names', () => {
    expect(maskName('买买提·艾力')).toBe('买**·**');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    expect(maskIdNumber('110105491231002')).toBe('1101*******1002');
    expect(maskIdNumber('1234567')).toBe('*******');
  });
});

describe('maskPhone', () => {
  it('masks the middle of a mobile, whatever its input format', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it('keeps the area code and the last 4 digits of a landline', () => {
    expect(maskPhone('0758-7771234')).toBe('0758-***1234');
    expect(maskPhone('010 6234 5678 转 12')).toBe('010-****5678');
  });

  it('keeps only the last 4 of anything else', () => {
    expect(maskPhone('12388')).toBe('*2388');
    expect(maskPhone('123')).toBe('***');
  });
});

describe('maskAddress', () => {
  it.each([
    ['广东省肇庆市德庆县德城街道朝阳路12号', '广东省肇庆市德庆县****'],
    ['山东省青岛市胶州市中云街道河头源村15号', '山东省青岛市胶州市****'],
    ['北京市朝阳区建国路88号', '北京市朝阳区****'],
    ['广州市天河区体育西路1号', '广州市天河区****'],
    ['内蒙古自治区阿拉善盟阿拉善左旗巴彦浩特镇', '内蒙古自治区阿拉善盟阿拉善左旗****'],
    ['吉林省延边朝鲜族自治州延吉市河南街道', '吉林省延边朝鲜族自治州延吉市****'],
    ['胶州市中云街道', '胶州市****'],
    ['中国广东省东莞市南城街道', '广东省东莞市****'],
    ['德庆县', '德庆县'],
  ])('%s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });

  it('masks everything when no province, city or county is recognised', () => {
    expect(maskAddress('朝阳路12号3单元501室')).toBe('****');
    expect(maskAddress('河头源村')).toBe('****');
    expect(maskAddress('')).toBe('');
  });
});

describe('splitAddress', () => {
  it('separates the leading divisions from the street address', () => {
    expect(splitAddress('中国山东省青岛市胶州市中云街道河头源村')).toEqual({
      divisions: ['山东省', '青岛市', '胶州市'],
      rest: '中云街道河头源村',
    });
    expect(splitAddress('朝阳路12号')).toEqual({ divisions: [], rest: '朝阳路12号' });
  });
});
