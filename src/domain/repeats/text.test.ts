import { describe, expect, it } from 'vitest';
import { COMPLAINT } from './complaints.fixture.js';
import { bigrams, jaccard, normalizeText, textSimilarity } from './text.js';

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
