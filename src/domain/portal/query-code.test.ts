import { describe, expect, it } from 'vitest';
import { leadingZeroBits, makePassword, makeQueryCode, normalizeQueryCode, passwordProblem, QUERY_CODE_LENGTH } from './query-code.js';

const bytes = (...v: number[]) => Uint8Array.from({ length: 32 }, (_, i) => v[i % v.length]!);

describe('query codes', () => {
  it('are 20 characters in groups of four from an alphabet without confusable letters', () => {
    const code = makeQueryCode(bytes(1, 200, 33, 77, 250, 9));
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(code.replace(/-/g, '')).toHaveLength(QUERY_CODE_LENGTH);
  });

  it('read back what the reporter typed, forgiving case, spaces, dashes, O/0 and I/L/1', () => {
    const code = makeQueryCode(bytes(0, 1, 18, 31, 24));
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeQueryCode(typed)).toBe(code.replace(/-/g, ''));
    expect(normalizeQueryCode('ABC')).toBeNull();
    expect(normalizeQueryCode('U'.repeat(20))).toBeNull();
  });

  it('generates passwords and checks chosen ones', () => {
    expect(makePassword(bytes(5, 6, 7))).toMatch(/^[0-9A-Z]{8}$/);
    expect(passwordProblem('12345')).toContain('至少 6 位');
    expect(passwordProblem('abcdef')).toBeNull();
  });

  it('counts leading zero bits for the proof of work', () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x1f, 0xff]))).toBe(19);
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0, 1]))).toBe(15);
  });
});
