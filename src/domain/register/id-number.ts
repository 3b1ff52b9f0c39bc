// 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd = male), check character.
import { isIsoDate, type IsoDate } from '../deadlines/dates.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** GB/T 2260 province codes (incl. 71 台湾, 81 香港, 82 澳门, 83 港澳台居民居住证). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

export type Sex = 'male' | 'female';

export type IdNumberResult =
  | { ok: true; idNumber: string; birthDate: IsoDate; sex: Sex; regionCode: string }
  | { ok: false; message: string };

export interface IdNumberOptions {
  /** China-local date of the check: a birth date after it is invalid. */
  today: IsoDate;
  /** Region dictionary lookup for the first 6 digits. Note that old IDs keep codes of since-abolished counties. */
  isKnownRegion?: (code6: string) => boolean;
  /** Accept 15-digit IDs (issued before 1999) and upgrade them to 18. Default true. */
  allowLegacy15?: boolean;
}

/** Trims, drops inner spaces, turns full-width digits and 'ｘ'/'x' into ASCII 'X'. Does not validate. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u00a0-]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('计算校验码需要17位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** 15-digit ID → 18-digit: the birth year gains '19' and a check character is appended. */
export function upgradeIdNumber15(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('15位身份证号必须全为数字');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckChar(first17);
}

const fail = (message: string): IdNumberResult => ({ ok: false, message });

/** Validates a resident ID number, saying in Chinese exactly which part is wrong. */
export function validateIdNumber(raw: string, options: IdNumberOptions): IdNumberResult {
  let id = normalizeIdNumber(raw ?? '');
  const legacy = id.length === 15 && options.allowLegacy15 !== false;
  if (id.length !== 18 && !legacy) {
    const expected = options.allowLegacy15 === false ? '18位' : '18位（或15位旧号码）';
    return fail(`位数不对：身份证号应为${expected}，当前为${id.length}位`);
  }
  if (legacy) {
    if (!/^\d{15}$/.test(id)) return fail('格式不对：15位旧身份证号必须全为数字');
    id = upgradeIdNumber15(id);
  } else if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('格式不对：身份证号前17位必须是数字，最后一位是数字或X');
  }

  const regionCode = id.slice(0, 6);
  const b = id.slice(6, 14);
  const birthDate = `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`;
  if (!isIsoDate(birthDate)) return fail(`出生日期无效：${b} 不是真实的日期`);
  if (birthDate < '1900-01-01') return fail(`出生日期无效：${b} 早于1900年`);
  if (birthDate > options.today) return fail(`出生日期无效：${b} 晚于今天`);

  // Checked after the date so that a mistyped date digit is reported as such, not as a checksum error.
  const expected = idCheckChar(id.slice(0, 17));
  if (!legacy && id[17] !== expected) {
    return fail(`校验码错误：按前17位计算最后一位应为 ${expected}，实际为 ${id[17]}，请逐位核对`);
  }

  const known = options.isKnownRegion
    ? options.isKnownRegion(regionCode)
    : PROVINCES.has(regionCode.slice(0, 2));
  if (!known) return fail(`地区码不存在：前6位 ${regionCode} 不是有效的行政区划代码`);

  const sex: Sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber: id, birthDate, sex, regionCode };
}
