import { describe, expect, it } from 'vitest';
import { diaryProblems } from './diaries.js';

const diary = { visitedOn: '2026-11-30', visitors: '唐书记、薛督办', place: '西宋村村委会', metWith: '村两委成员、党员代表 6 人', problemsFound: '部分村民对征地补偿分配有意见', followUp: '请村委一周内公开补偿明细' };

describe('a 民情日记 entry', () => {
  it('is complete: when, who, where, whom they met, what they found and what follows', () => {
    expect(diaryProblems(diary, '2026-11-30')).toEqual([]);
    expect(diaryProblems({ ...diary, problemsFound: '无', followUp: '无' }, '2026-11-30')).toEqual([]);
  });
  it('names what is missing, and refuses a future day', () => {
    expect(diaryProblems({ ...diary, visitedOn: '2026-12-01', metWith: '', followUp: ' ' }, '2026-11-30')).toEqual([
      { field: 'visitedOn', message: '下访日期不能晚于今天' },
      { field: 'metWith', message: '请填写接触对象（至少 2 个字）' },
      { field: 'followUp', message: '请填写后续跟进（至少 1 个字）' },
    ]);
  });
});
