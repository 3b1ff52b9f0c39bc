import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv } from './csv.js';

describe('CSV', () => {
  it('keeps quoted separators, doubled quotes and line breaks inside a cell', () => {
    const text = '标题,内容\r\n"反映""违规""问题","第一行\r\n第二行，还有逗号,"\r\n简单,内容\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ['标题', '内容'],
      ['反映"违规"问题', '第一行\r\n第二行，还有逗号,'],
      ['简单', '内容'],
    ]);
  });

  it('detects tab- and semicolon-separated files', () => {
    expect(detectDelimiter('信访日期\t信访人\t标题\n')).toBe('\t');
    expect(detectDelimiter('信访日期;信访人\n')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
  });

  it('decodes UTF-8 with and without BOM, and GB18030 as Excel writes it on Chinese Windows', () => {
    const utf8 = new TextEncoder().encode('信访日期');
    expect(decodeText(utf8)).toEqual({ text: '信访日期', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '信访日期', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xd0, 0xc5, 0xb7, 0xc3, 0xc8, 0xd5, 0xc6, 0xda]))).toEqual({ text: '信访日期', encoding: 'gb18030' });
  });
});
