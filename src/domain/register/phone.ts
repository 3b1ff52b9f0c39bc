// Mainland phone numbers: mobile (11 digits, 1[3-9]…) and landline (area code + 7–8 digit local number).

export type PhoneResult =
  | { ok: true; kind: 'mobile'; normalized: string }
  | { ok: true; kind: 'landline'; normalized: string; areaCode: string; local: string; extension?: string }
  | { ok: false; message: string };

const EXTENSION = /^(.*?)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;
const DASH_EXTENSION = /^(\(?0\d{2,3}\)?[\s-]*\d{3,4}[\s-]?\d{4})-(\d{1,6})$/;
const INTERNATIONAL = /^(?:\+|00)\s*(\d{1,3})/;
const SEPARATORS = /[\s\-().\u00a0]/g;

/** Area codes of 3 digits are 010 and 02x; every other mainland area code has 4 digits. */
const areaCodeLength = (digits: string) => (/^0(10|2\d)/.test(digits) ? 3 : 4);

const fail = (message: string): PhoneResult => ({ ok: false, message });

/**
 * Validates a mainland number, accepting +86 / 0086 / 86 prefixes, spaces, dashes, brackets and
 * an extension (转 / 分机 / ext / #, or a third dash group on a landline).
 * Normalized forms: mobile '13812345678'; landline '0755-12345678' or '0755-12345678-123'.
 */
export function validatePhone(raw: string): PhoneResult {
  let s = (raw ?? '').normalize('NFKC').trim();
  if (s === '') return fail('请填写电话号码');

  let extension: string | undefined;
  const ext = EXTENSION.exec(s) ?? DASH_EXTENSION.exec(s);
  if (ext) [s, extension] = [ext[1]!, ext[2]!];

  let international = false;
  const intl = INTERNATIONAL.exec(s);
  if (intl) {
    if (!intl[1]!.startsWith('86')) return fail('仅支持中国大陆电话号码（国家代码 +86）');
    s = s.slice(intl[0].indexOf('86') + 2);
    international = true;
  }
  let digits = s.replace(SEPARATORS, '');
  if (!/^\d+$/.test(digits)) return fail('电话号码含有无效字符：只能包含数字、空格、短横线和括号');
  if (!international && /^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);
  // From abroad a landline is dialled without its leading 0 (+86 755 …).
  if (international && /^[2-9]/.test(digits)) digits = `0${digits}`;

  if (digits.startsWith('1')) {
    if (extension) return fail('手机号码不能带分机号');
    if (digits.length !== 11) return fail(`手机号码应为11位，当前为${digits.length}位`);
    if (!/^1[3-9]/.test(digits))
      return fail(`手机号码号段无效：${digits.slice(0, 3)} 不是大陆手机号段（应以13–19开头）`);
    return { ok: true, kind: 'mobile', normalized: digits };
  }
  if (digits.startsWith('0')) {
    const n = areaCodeLength(digits);
    const areaCode = digits.slice(0, n);
    const local = digits.slice(n);
    if (!/^0(10|2\d|[3-9]\d{2})$/.test(areaCode)) return fail(`固定电话区号无效：${areaCode}`);
    if (local.length < 7 || local.length > 8) {
      return fail(`固定电话号码（不含区号 ${areaCode}）应为7–8位，当前为${local.length}位`);
    }
    if (!/^[2-9]/.test(local)) return fail('固定电话号码（不含区号）不能以0或1开头');
    const normalized = `${areaCode}-${local}${extension ? `-${extension}` : ''}`;
    return { ok: true, kind: 'landline', normalized, areaCode, local, ...(extension ? { extension } : {}) };
  }
  if (/^[2-9]\d{6,7}$/.test(digits)) return fail('固定电话请加区号（如 0758-1234567）');
  return fail('电话号码格式不对：应为11位手机号码或带区号的固定电话');
}

/** The normalized form of a valid number, or null when it is not a valid mainland number. */
export function normalizePhone(raw: string): string | null {
  const r = validatePhone(raw);
  return r.ok ? r.normalized : null;
}

export const isMobile = (raw: string): boolean => {
  const r = validatePhone(raw);
  return r.ok && r.kind === 'mobile';
};
