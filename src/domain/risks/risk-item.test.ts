import { describe, expect, it } from 'vitest';
import { missedProgressDays, needsDailyProgress, riskItemProblems, statusChangeProblem, type RiskItemInput } from './risk-item.js';

const item = (o: Partial<RiskItemInput> = {}): RiskItemInput => ({
  description: '西宋村十余户村民对征地补偿分配有意见，酝酿集体上访',
  peopleCount: 12,
  keyPersons: '王某某、李某某',
  category: 'landAndHousing',
  level: 'critical',
  measures: '村两委逐户走访，公开补偿明细',
  responsiblePerson: '袁联络',
  deadline: '2026-12-15',
  status: 'screening',
  ...o,
});

describe('a line of the screening form', () => {
  it('accepts a complete line', () => {
    expect(riskItemProblems(item())).toEqual([]);
  });

  it('names every bad field in Chinese, with the line prefix', () => {
    const problems = riskItemProblems(item({ description: '有', peopleCount: 0, deadline: '2026-02-30', measures: '' }), 'risks.1.');
    expect(problems).toEqual([
      { field: 'risks.1.description', message: '隐患情况至少 4 个字' },
      { field: 'risks.1.peopleCount', message: '涉及人数须为正整数' },
      { field: 'risks.1.measures', message: '请填写调处措施' },
      { field: 'risks.1.deadline', message: '化解时限须为有效日期' },
    ]);
  });

  it('a resolved line says how; conversion to a case only by registering it', () => {
    expect(riskItemProblems(item({ status: 'resolved' }))[0]?.field).toBe('resolution');
    expect(riskItemProblems(item({ status: 'resolved', resolution: '补偿款已按户公示发放' }))).toEqual([]);
    expect(riskItemProblems(item({ status: 'convertedToCase' }))[0]?.message).toMatch(/转为信访件/);
  });
});

describe('status changes', () => {
  it('move forward only and never out of a closed state', () => {
    expect(statusChangeProblem('screening', 'mediating')).toBeNull();
    expect(statusChangeProblem('mediating', 'resolved')).toBeNull();
    expect(statusChangeProblem('mediating', 'screening')).toMatch(/不能退回/);
    expect(statusChangeProblem('resolved', 'mediating')).toMatch(/已化解/);
    expect(statusChangeProblem('convertedToCase', 'resolved')).toMatch(/已转为信访件/);
  });
});

describe('key (重大) risks', () => {
  it('need daily progress while open, others do not', () => {
    expect(needsDailyProgress('critical', 'mediating')).toBe(true);
    expect(needsDailyProgress('critical', 'resolved')).toBe(false);
    expect(needsDailyProgress('major', 'screening')).toBe(false);
  });

  it('a missed day is every day after the report up to yesterday without an entry', () => {
    const r = { level: 'critical' as const, status: 'mediating' as const, reportedOn: '2026-11-30' };
    expect(missedProgressDays(r, new Set(['2026-12-01', '2026-12-03']), '2026-12-05')).toEqual(['2026-12-02', '2026-12-04']);
    expect(missedProgressDays(r, new Set(), '2026-12-01')).toEqual([]); // today can still be entered
  });

  it('stops counting when the risk closed, and never counts for lower levels', () => {
    const closed = { level: 'critical' as const, status: 'resolved' as const, reportedOn: '2026-11-30', closedOn: '2026-12-03' };
    expect(missedProgressDays(closed, new Set(), '2026-12-10')).toEqual(['2026-12-01', '2026-12-02']);
    expect(missedProgressDays({ level: 'major', status: 'mediating', reportedOn: '2026-11-30' }, new Set(), '2026-12-10')).toEqual([]);
  });
});
