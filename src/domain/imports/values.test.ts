import { describe, expect, it } from 'vitest';
import { readChannel, readNature, readRank, readSource, pipelineOfNature } from './codes.js';
import { parseCount, parseDate, parseYesNo, splitList } from './values.js';

describe('ledger cell values', () => {
  it('reads dates the way offices type them, and Excel day numbers', () => {
    for (const s of ['2023-05-06', '2023/5/6', '2023.5.6', '2023年5月6日', '20230506', '2023-05-06 14:30', '２０２３年５月６日', '45052']) {
      expect(parseDate(s), s).toBe('2023-05-06');
    }
    for (const s of ['2023-02-30', '5/6/2023', '上周', '123', '2023-13-01']) expect(parseDate(s), s).toBeNull();
  });

  it('reads yes/no, counts and lists', () => {
    expect([parseYesNo('是'), parseYesNo('否'), parseYesNo('√'), parseYesNo(''), parseYesNo('也许')]).toEqual([true, false, true, undefined, null]);
    expect([parseCount('5'), parseCount('12人'), parseCount('3.0'), parseCount('五')]).toEqual([5, 12, 3, null]);
    expect(splitList('张三、李四，王五')).toEqual(['张三', '李四', '王五']);
  });

  it('reads codes from their Chinese labels and synonyms', () => {
    expect([readChannel('来信'), readChannel('走访'), readChannel('网络举报'), readChannel('letter'), readChannel('飞鸽')]).toEqual(['letter', 'visit', 'online', 'letter', null]);
    expect([readSource('本机关受理'), readSource('上级转办'), readSource('自收')]).toEqual(['direct', 'upperTransferred', 'direct']);
    expect([readRank('县处级'), readRank('副科'), readRank('村干部'), readRank('0400')]).toEqual(['division', 'section', 'villageCadre', 'division']);
    expect(readNature('检举控告', 'discipline')).toBe('accusation');
    expect(readNature('申诉求决类', 'government')).toBe('claim');
    expect(readNature('申诉求决', 'discipline')).toBeNull();
    expect([pipelineOfNature('批评建议'), pipelineOfNature('建议意见类'), pipelineOfNature('检举控告')]).toEqual(['discipline', 'government', null]);
  });
});
