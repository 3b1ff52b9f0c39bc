import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { CODE128_MAX_LENGTH, code128Png, code128Svg, isCode128Encodable, qrPng, qrSvg } from './barcodes.js';

/** The bars of a bwip-js Code128 SVG: stroked vertical lines `M x y L x 0`, grouped by stroke width. */
function bars(svg: string): Array<{ left: number; width: number }> {
  const out: Array<{ left: number; width: number }> = [];
  for (const m of svg.matchAll(/<path stroke="#000000" stroke-width="(\d+(?:\.\d+)?)" d="([^"]+)"/g)) {
    const width = Number(m[1]);
    for (const line of m[2]!.matchAll(/M(\d+(?:\.\d+)?) /g))
      out.push({ left: Number(line[1]) - width / 2, width });
  }
  return out.sort((a, b) => a.left - b.left);
}

describe('code128Svg', () => {
  const caseNo = 'DQ441226-2026-000123';
  const svg = code128Svg(caseNo);

  it('is an SVG document that names the encoded text', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`<title>${caseNo}</title>`);
    expect(svg).toContain(`aria-label="${caseNo}"`);
    expect(svg).toMatch(/ width="\d+" height="\d+"/);
  });

  it('draws a structurally valid Code128 symbol: 3 bars per symbol plus a 4-bar stop, 11 modules each', () => {
    const b = bars(svg);
    const module = Math.min(...b.map((x) => x.width));
    expect((b.length - 4) % 3).toBe(0);
    const symbols = (b.length - 4) / 3; // start + data + checksum
    // The 20 characters need at least start, check and ten symbols even with digit pairs in set C.
    expect(symbols).toBeGreaterThanOrEqual(12);
    for (const bar of b) expect([1, 2, 3, 4]).toContain(bar.width / module);
    const last = b.at(-1)!;
    expect((last.left + last.width - b[0]!.left) / module).toBe(11 * symbols + 13);
  });

  it('draws the human-readable line below the bars', () => {
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+Q/); // glyph outlines, not bars
  });

  it('gives different output for different text', () => {
    expect(code128Svg('DQ441226-2026-000124')).not.toBe(svg);
    expect(bars(code128Svg('A')).length).toBeLessThan(bars(svg).length);
  });

  it('escapes the text where it is written into the markup', () => {
    expect(code128Svg('a<b>&"c')).toContain('<title>a&lt;b&gt;&amp;&quot;c</title>');
  });

  it('refuses Chinese, full-width, control characters, empty and overlong text with a validation error', () => {
    for (const bad of ['信访-001', 'ＡＢＣ', 'A\nB', 'tab\t', '', 'X'.repeat(CODE128_MAX_LENGTH + 1)]) {
      expect(() => code128Svg(bad), JSON.stringify(bad)).toThrow(AppError);
      expect(isCode128Encodable(bad)).toBe(false);
    }
    expect(() => code128Svg('中文')).toThrow(/ASCII/);
    expect(isCode128Encodable(caseNo)).toBe(true);
  });
});

describe('qrSvg', () => {
  it('is an SVG document naming its text, different per input', () => {
    const svg = qrSvg('DQ441226-2026-000123');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<title>DQ441226-2026-000123</title>');
    expect(qrSvg('DQ441226-2026-000124')).not.toBe(svg);
  });

  it('takes Chinese text and a URL', () => {
    expect(qrSvg('信访查询码 8F3K2M').startsWith('<svg')).toBe(true);
    expect(qrSvg('https://xf.example.gov.cn/q?code=8F3K2M&x=1')).toContain('&amp;x=1');
  });

  it('uses level M: version 1 holds 30 digits (not at Q or H) but not 40 (as L would)', () => {
    const side = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    // Numeric capacity of a 21×21 version 1 symbol: L 41, M 34, Q 27, H 17.
    expect(side(qrSvg('1'.repeat(30)))).toBe(side(qrSvg('1')));
    expect(side(qrSvg('1'.repeat(40)))).toBeGreaterThan(side(qrSvg('1')));
  });

  it('refuses empty and oversized text', () => {
    expect(() => qrSvg('')).toThrow(AppError);
    expect(() => qrSvg('信'.repeat(500))).toThrow(/过长/);
  });
});

describe('PNG renders', () => {
  it('give PNG files', async () => {
    for (const png of [await code128Png('DQ441226-2026-000123'), await qrPng('DQ441226-2026-000123')]) {
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.length).toBeGreaterThan(200);
    }
  });

  it('validate like the SVG renders', async () => {
    await expect(code128Png('中文')).rejects.toThrow(AppError);
  });
});
