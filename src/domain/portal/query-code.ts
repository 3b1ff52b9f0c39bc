// 查询码 and 查询密码 of an online report: readable (grouped, no easily confused letters), long enough to be
// unguessable (20 characters of a 32-letter alphabet: 100 bits), and typed back forgivingly.

/** Crockford's base-32 alphabet: no I, L, O or U, so 1/I/L and 0/O cannot be confused. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const QUERY_CODE_LENGTH = 20;
export const GENERATED_PASSWORD_LENGTH = 8;
export const MIN_PASSWORD_LENGTH = 6;

const encode = (bytes: Uint8Array, length: number) => Array.from(bytes.subarray(0, length), (b) => CODE_ALPHABET[b & 31]).join('');

/** A query code from random bytes (the caller supplies at least 20 from a CSPRNG), shown in groups of four. */
export function makeQueryCode(random: Uint8Array): string {
  if (random.length < QUERY_CODE_LENGTH) throw new RangeError('需要至少 20 个随机字节');
  return encode(random, QUERY_CODE_LENGTH).replace(/(.{4})(?=.)/g, '$1-');
}

export function makePassword(random: Uint8Array): string {
  if (random.length < GENERATED_PASSWORD_LENGTH) throw new RangeError('需要至少 8 个随机字节');
  return encode(random, GENERATED_PASSWORD_LENGTH);
}

/** What the reporter typed, in canonical form: no spaces or dashes, upper case, O→0 and I/L→1. Null if it cannot be a code. */
export function normalizeQueryCode(typed: string): string | null {
  const s = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-－—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== QUERY_CODE_LENGTH || [...s].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return s;
}

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `查询密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > 64) return '查询密码不能超过 64 位';
  return null;
}

/** Leading zero bits of a hash: the proof-of-work check (the work grows as 2^difficulty). */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
