import { describe, expect, it } from 'vitest';
import { checkRule, DEFAULT_TIME_LIMIT_RULES, ruleFor, TIME_LIMIT_STEPS } from './rules.js';

describe('default time-limit rules (domain.md)', () => {
  it('has exactly one valid rule per step', () => {
    expect(DEFAULT_TIME_LIMIT_RULES.map((r) => r.step).sort()).toEqual([...TIME_LIMIT_STEPS].sort());
    for (const rule of DEFAULT_TIME_LIMIT_RULES) expect(checkRule(rule), rule.step).toEqual([]);
  });

  it('counts the discipline and objection limits in working days, the rest in calendar days', () => {
    const summary = Object.fromEntries(
      DEFAULT_TIME_LIMIT_RULES.map((r) => [r.step, `${r.days}${r.unit[0]}`]),
    );
    expect(summary).toEqual({
      transferOrAssign: '15c',
      acceptanceNotice: '15c',
      objection: '5w',
      conclude: '60c',
      extension: '30c',
      reviewRequest: '30c',
      reviewOpinion: '30c',
      reReviewRequest: '30c',
      reReviewOpinion: '30c',
      sendUp: '5w',
      lowerAccept: '5w',
      realNameAcceptNotice: '15w',
      realNameResultNotice: '15w',
      assignmentResult: '60c',
    });
    expect(ruleFor('sendUp').pipeline).toBe('discipline');
    expect(ruleFor('reviewOpinion').pipeline).toBe('government');
  });

  it('finds rules in an edited set and explains what is wrong with a bad one', () => {
    const edited = DEFAULT_TIME_LIMIT_RULES.map((r) => (r.step === 'conclude' ? { ...r, days: 45 } : r));
    expect(ruleFor('conclude', edited).days).toBe(45);
    expect(() => ruleFor('conclude', [])).toThrow(/未配置办理期限/);
    expect(checkRule({ ...ruleFor('conclude'), days: 0 })).toEqual(['期限天数应为 1 至 3650 之间的整数']);
  });
});
