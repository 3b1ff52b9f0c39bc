import { describe, expect, it } from 'vitest';
import { autoMapColumns, detectHeaderRow, mappingProblems, matchHeader, normalizeHeader } from './headers.js';
import { readLedgerGrid } from './sheet.js';

describe('ledger headers', () => {
  it('reads headers with marks, notes and full-width characters', () => {
    expect(normalizeHeader(' *信访日期（必填）')).toBe('信访日期');
    expect(matchHeader('来信日期')).toBe('receivedOn');
    expect(matchHeader('性质/类别')).toBe('nature');
    expect(matchHeader('身份证号码(18位)')).toBe('petitionerIdNumber');
    expect(matchHeader('被反映人')).toBe('accusedName');
    expect(matchHeader('单位')).toBe('accusedUnit');
    expect(matchHeader('ＩＤ')).toBeNull();
    expect(matchHeader('序号')).toBeNull();
    expect(matchHeader('办理情况')).toBeNull();
  });

  it('finds the header below a title row and maps each field to its first column', () => {
    const grid = [['2023年德庆县信访台账', '', ''], ['', '', ''], ['序号', '来信日期', '信访人', '姓名', '内容摘要'], ['1', '2023-05-06', '张三', '李四', '反映问题']];
    expect(detectHeaderRow(grid)).toBe(2);
    expect(autoMapColumns(grid[2]!)).toEqual({ receivedOn: 1, petitionerName: 2, summary: 4 });
    const sheet = readLedgerGrid(grid);
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows).toEqual([{ rowNo: 4, cells: ['1', '2023-05-06', '张三', '李四', '反映问题'] }]);
  });

  it('refuses a sheet whose header it cannot recognise', () => {
    expect(() => readLedgerGrid([['a', 'b'], ['1', '2']])).toThrow(/未能识别表头/);
  });

  it('names columns out of range and columns used twice', () => {
    const problems = mappingProblems({ columns: { receivedOn: 0, title: 0, summary: 9 }, defaults: {} }, 3);
    expect(problems).toEqual(['第1列不能同时对应“信访日期”和“标题”', '“内容摘要”对应的列不存在（第10列）']);
  });
});
