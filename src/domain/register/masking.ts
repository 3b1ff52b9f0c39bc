// Masks for personal data shown to people who may see that a record exists but not who it is about
// (lists, exports, notices). One '*' per hidden character for names and numbers; addresses hide their length.
import { normalizePhone } from './phone.js';

const STAR = '*';
const stars = (n: number) => STAR.repeat(Math.max(0, n));

/**
 * Keeps only the first character: 张三 → 张*, 欧阳修 → 欧**.
 * Compound surnames (欧阳, 司马, 诸葛) deliberately keep one character too: two characters of a rare
 * surname can identify a person in a small village, and the rule stays the same for every name.
 * Separator dots of transliterated names stay (买买提·艾力 → 买**·**).
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return STAR;
  return chars.map((c, i) => (i === 0 || /[·•・.\s]/.test(c) ? c : STAR)).join('');
}

/** First 4 and last 4 kept: 11010519491231002X → 1101**********002X. Short values are fully masked. */
export function maskIdNumber(idNumber: string): string {
  const chars = Array.from(idNumber.replace(/\s/g, '').toUpperCase());
  if (chars.length <= 8) return stars(chars.length);
  return chars.slice(0, 4).join('') + stars(chars.length - 8) + chars.slice(-4).join('');
}

/**
 * Mobile: first 3 and last 4 (13812345678 → 138****5678). Landline: area code and last 4 of the local
 * number (0758-7771234 → 0758-***1234, an extension is dropped). Anything else keeps only its last 4.
 */
export function maskPhone(phone: string): string {
  const normalized = normalizePhone(phone);
  if (normalized && !normalized.includes('-'))
    return normalized.slice(0, 3) + STAR.repeat(4) + normalized.slice(-4);
  if (normalized) {
    const [area, local] = normalized.split('-') as [string, string];
    return `${area}-${stars(local.length - 4)}${local.slice(-4)}`;
  }
  const digits = Array.from(phone.replace(/\s/g, ''));
  return digits.length <= 4 ? stars(digits.length) : stars(digits.length - 4) + digits.slice(-4).join('');
}

// A division name: 1–15 characters, then its suffix. A bare 州 is left out: it ends city names
// (广州, 杭州) far more often than divisions, and every 州 prefecture today is a 自治州.
const DIVISION = /^(.{1,15}?)(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|盟|县|旗|区)/u;
/** Words that belong to a street address, never to a province, city or county name. */
const BELOW_COUNTY = /街道|社区|村|组|路|街|巷|弄|号|楼|栋|幢|单元|室|\d|[A-Za-z]/u;
/** A county-level division ends the kept part; 市 may still be followed by a county (青岛市胶州市). */
const COUNTY_SUFFIXES = new Set(['县', '旗', '区', '自治县', '自治旗', '林区', '特区']);
const MASK = STAR.repeat(4);

/**
 * Splits off the leading province / city / county names (at most three, ending at the first county-level
 * one): 山东省青岛市胶州市中云街道… → divisions [山东省, 青岛市, 胶州市], rest 中云街道…
 * A leading 中国 / 中华人民共和国 is dropped.
 */
export function splitAddress(address: string): { divisions: string[]; rest: string } {
  const divisions: string[] = [];
  let rest = address.trim().replace(/^(中华人民共和国|中国)/u, '');
  while (divisions.length < 3) {
    const m = DIVISION.exec(rest);
    if (!m || BELOW_COUNTY.test(m[0])) break;
    divisions.push(m[0]);
    rest = rest.slice(m[0].length);
    if (COUNTY_SUFFIXES.has(m[2]!)) break;
  }
  return { divisions, rest };
}

/**
 * Keeps the province / city / county part and replaces the rest with '****':
 * 广东省肇庆市德庆县德城街道朝阳路12号 → 广东省肇庆市德庆县****.
 * When no division can be recognised, the whole address is masked: failing closed is the safe side.
 */
export function maskAddress(address: string): string {
  if (address.trim() === '') return '';
  const { divisions, rest } = splitAddress(address);
  if (divisions.length === 0) return MASK;
  return divisions.join('') + (rest === '' ? '' : MASK);
}
