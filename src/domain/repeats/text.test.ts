import { describe, expect, it } from 'vitest';
import { COMPLAINT } from './complaints.fixture.js';
import { bigramCodes, bigrams, jaccard, normalizeText, textSimilarity } from './text.js';

describe('normalizeText', () => {
  it('turns full-width forms into half-width and drops punctuation and whitespace', () => {
    expect(normalizeText('ＡＢＣ　１２３，“你好”！ (测试)')).toBe('abc123你好测试');
    expect(normalizeText('李某某：侵占…补偿款？\n')).toBe('李某某侵占补偿款');
  });
});

describe('bigrams', () => {
  it('cuts the normalized text into character pairs', () => {
    expect([...bigrams('村委会，主任')]).toEqual(['村委', '委会', '会主', '主任']);
    expect([...bigrams('村')]).toEqual(['村']);
    expect(bigrams('，。').size).toBe(0);
  });
});

describe('jaccard', () => {
  it('is intersection over union, and 0 for empty sets', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
  });
});

describe('textSimilarity', () => {
  it('ignores punctuation, spacing and full-width differences', () => {
    expect(textSimilarity('拖欠工资３个月，请求处理！', '拖欠工资3个月 请求处理')).toBe(1);
  });

  it('scores the same complaint reworded well above unrelated complaints', () => {
    const { original, reworded, shortened, wages, parking } = COMPLAINT;
    const same = [textSimilarity(original, reworded), textSimilarity(original, shortened)];
    const unrelated = [
      textSimilarity(original, wages),
      textSimilarity(original, parking),
      textSimilarity(wages, parking),
    ];
    for (const s of same) expect(s).toBeGreaterThanOrEqual(0.3);
    for (const u of unrelated) expect(u).toBeLessThan(0.1);
  });
});

describe('bigramCodes', () => {
  const texts = [
    '村委会主任张某某侵占集体土地补偿款，群众多次反映无果。',
    '反映村主任张某侵占土地补偿款问题，要求依法查处！',
    '某街道办事处拖欠工程款 2 年，ＡＢＣ公司员工集体上访。',
    '𠀀𠀁𠀂 astral 字符',
    '一',
    '',
    '，。！',
  ];
  it('gives the same Jaccard similarity as the bigram strings, for every pair', () => {
    for (const a of texts) {
      expect(bigramCodes(a).size).toBe(bigrams(a).size);
      for (const b of texts) expect(jaccard(bigramCodes(a), bigramCodes(b))).toBe(jaccard(bigrams(a), bigrams(b)));
    }
  });
  it('keeps a lone character apart from every pair', () => {
    expect([...bigramCodes('一')]).toEqual([-('一'.codePointAt(0)! + 1)]);
    expect(jaccard(bigramCodes('一'), bigramCodes('一二'))).toBe(0);
  });
});

describe('bigramCodes', () => {
  // The character-by-character path must give exactly the set of the whole text's normalization.
  const slow = (text: string) => {
    const norm = normalizeText(text);
    const chars = Array.from(norm, (c) => c.codePointAt(0)!);
    const out = new Set<number>();
    if (chars.length === 1) out.add(-chars[0]! - 1);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! * 0x110000 + chars[i + 1]!);
    return out;
  };
  it('equals the bigrams of the normalized text for every BMP character among others', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`甲${ch}乙`, `${ch}`, `A${ch}${ch}b`]) expect(bigramCodes(text)).toEqual(slow(text));
    }
  });
  it('equals it for texts whose form depends on neighbours, expansions and characters beyond the BMP', () => {
    const texts = [
      'ΟΔΟΣ ΣΟΦΙΑΣ', // final sigma
      'café cafe\u0301', // precomposed and combining accent
      'ｶﾞｷﾞ ｶ\uff9e', // half-width katakana with voiced marks
      '\u1100\u1161\u11a8 한국 ㄱㅏ', // jamo, syllables, compatibility jamo
      '住房面积120㎡，№3，½个月', // expansions
      '𠀀𠀁 投诉😀举报 𡃁', // beyond the BMP
      'İstanbul ǅ ǈ', // lower-casing that expands, title-case digraphs
      ...Object.values(COMPLAINT),
    ];
    for (const text of texts) expect(bigramCodes(text)).toEqual(slow(text));
  });
  it('gives the same Jaccard value as the bigrams', () => {
    const { original, reworded } = COMPLAINT;
    expect(jaccard(bigramCodes(original), bigramCodes(reworded))).toBe(jaccard(bigrams(original), bigrams(reworded)));
  });
});
