import { describe, expect, it } from 'vitest';
import { mergeRows, parseSchedule } from './calendar-import.js';

describe('parseSchedule', () => {
  it('reads single days, ranges and Chinese kinds, and skips blank and comment lines', () => {
    const { rows, problems } = parseSchedule(
      [
        '# 2027 年安排',
        '2027-01-01 holiday 元旦',
        '',
        '2027-02-06~2027-02-08 休 春节',
        '2027-2-14 班 春节调休',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-06', kind: 'holiday', name: '春节' },
      { date: '2027-02-07', kind: 'holiday', name: '春节' },
      { date: '2027-02-08', kind: 'holiday', name: '春节' },
      { date: '2027-02-14', kind: 'workday', name: '春节调休' },
    ]);
  });

  it('names each unreadable line by its number', () => {
    const { rows, problems } = parseSchedule(
      '2027-02-30 holiday 错\n2027-05-01 rest 劳动节\n2027-10-01 workday',
    );
    expect(rows).toEqual([{ date: '2027-10-01', kind: 'workday' }]);
    expect(problems).toEqual([
      '第1行：日期无效（2027-02-30）',
      '第2行：类型应为 holiday（休）或 workday（班）',
    ]);
  });

  it('lets a later row for the same day win', () => {
    const merged = mergeRows(
      [
        { date: '2027-10-08', kind: 'workday' },
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      ],
      [{ date: '2027-10-08', kind: 'holiday', name: '国庆节' }],
    );
    expect(merged.map((r) => `${r.date}${r.kind}`)).toEqual(['2027-10-01holiday', '2027-10-08holiday']);
  });
});
