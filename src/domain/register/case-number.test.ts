import { describe, expect, it } from 'vitest';
import { caseNoPrefix, formatCaseNo, parseCaseNo } from './case-number.js';

describe('case numbers', () => {
  it('formats unit code, year and a zero-padded sequence', () => {
    expect(formatCaseNo('441226', 2026, 123)).toBe('441226-2026-000123');
    expect(formatCaseNo('ZQJW01', 2026, 999999)).toBe('ZQJW01-2026-999999');
  });

  it('round-trips through parseCaseNo', () => {
    for (const [unit, year, seq] of [
      ['441226', 2026, 1],
      ['JZ', 1999, 45],
      ['a1B2c3', 2030, 999999],
    ] as const) {
      expect(parseCaseNo(formatCaseNo(unit, year, seq))).toEqual({ unitCode: unit, year, seq });
    }
    expect(parseCaseNo(' 441226-2026-000123 ')).toEqual({ unitCode: '441226', year: 2026, seq: 123 });
  });

  it('sorts as text in year and sequence order within a unit', () => {
    const numbers = [
      formatCaseNo('441226', 2026, 10),
      formatCaseNo('441226', 2025, 999),
      formatCaseNo('441226', 2026, 9),
      formatCaseNo('441226', 2026, 100),
    ];
    expect([...numbers].sort()).toEqual([
      '441226-2025-000999',
      '441226-2026-000009',
      '441226-2026-000010',
      '441226-2026-000100',
    ]);
  });

  it('uses only characters Code128 encodes', () => {
    expect(formatCaseNo('Ab12', 2026, 7)).toMatch(/^[\x20-\x7e]+$/);
  });

  it('rejects bad parts', () => {
    expect(() => formatCaseNo('44-12', 2026, 1)).toThrow('单位代码无效');
    expect(() => formatCaseNo('德庆', 2026, 1)).toThrow('单位代码无效');
    expect(() => formatCaseNo('441226', 26, 1)).toThrow('年份无效');
    expect(() => formatCaseNo('441226', 2026, 0)).toThrow('流水号无效');
    expect(() => formatCaseNo('441226', 2026, 1_000_000)).toThrow('流水号无效');
  });

  it('parses only well-formed numbers', () => {
    for (const s of [
      '441226-2026-123',
      '441226-2026-0001234',
      '441226/2026/000123',
      '441226-2026-000000',
      '',
    ]) {
      expect(parseCaseNo(s)).toBeNull();
    }
  });

  it('gives the prefix of a unit year', () => {
    expect(caseNoPrefix('441226', 2026)).toBe('441226-2026-');
    expect(formatCaseNo('441226', 2026, 5).startsWith(caseNoPrefix('441226', 2026))).toBe(true);
  });
});
