import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/** Words every petition says (the genre, not the matter): left out of hot words. */
const STOP = new Set(['反映', '问题', '领导', '请求', '要求', '调查', '处理', '尊敬', '组织', '情况', '有关', '相关', '我们', '他们', '多次', '希望', '没有', '现在', '目前', '今年', '去年', '其中', '以上', '以下', '人员', '群众', '信访', '举报', '村民']);

let engine: { jieba: Jieba; tfidf: TfIdf } | null = null;
const load = () => (engine ??= { jieba: Jieba.withDict(dict), tfidf: TfIdf.withDict(idf) });

/**
 * 热词: TF-IDF keywords of the texts (jieba, nouns, verbs and place names of two characters or more), weighted by
 * how many of the texts name them, so one long letter cannot fill the list.
 */
export function hotWords(texts: readonly string[], top = 30): { word: string; weight: number }[] {
  if (!texts.length) return [];
  const { jieba, tfidf } = load();
  const scores = new Map<string, number>();
  for (const text of texts) {
    const words = tfidf.extractKeywords(jieba, text.slice(0, 2000), 8, ['n', 'nr', 'ns', 'nt', 'nz', 'vn', 'v', 'an']);
    for (const { keyword, weight } of words) {
      if (keyword.length < 2 || STOP.has(keyword) || /^[\d\s\p{P}]+$/u.test(keyword)) continue;
      scores.set(keyword, (scores.get(keyword) ?? 0) + weight);
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([word, weight]) => ({ word, weight: Math.round(weight * 100) / 100 }));
}
