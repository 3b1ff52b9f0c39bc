import { describe, expect, it } from 'vitest';
import { ratio } from '../indicators/rates.js';
import { agreementProblems, DEFAULT_VETO, DEFAULT_WEIGHTS, scorecard, type AgreementTerms, type AssessmentFacts } from './assessment.js';

const terms: AgreementTerms = { weights: DEFAULT_WEIGHTS, veto: DEFAULT_VETO, deductionPerEvent: 2 };
const facts = (o: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  rates: {
    timelyAcceptance: ratio(19, 20),
    onTimeConclusion: ratio(9, 10),
    satisfactionRate: ratio(8, 10),
    repeatRate: ratio(1, 10),
    punctualRiskReports: ratio(50, 52),
    resolutionRate: ratio(0, 0),
  },
  counts: { skipLevelCount: 1, groupVisitCount: 0 },
  skipLevelBeyondCity: 0,
  groupVisitSizes: [],
  ...o,
});

describe('the target agreement', () => {
  it('weights are whole points adding up to 100', () => {
    expect(agreementProblems(terms)).toEqual([]);
    expect(agreementProblems({ ...terms, weights: { ...DEFAULT_WEIGHTS, repeatRate: 20 } })).toEqual([{ field: 'weights', message: '各项分值合计须为 100 分（现为 110 分）' }]);
    expect(agreementProblems({ ...terms, weights: { ...DEFAULT_WEIGHTS, repeatRate: -1 } })[0]?.message).toBe('重复信访率的分值须为非负整数');
    expect(agreementProblems({ ...terms, veto: { skipLevelBeyondCity: true, groupVisitAtLeast: 3 } })[0]?.field).toBe('veto.groupVisitAtLeast');
  });
});

describe('the scorecard', () => {
  it('scores rates by their share, repeats inversely, counts by deduction, nothing due as full marks', () => {
    const card = scorecard(terms, facts());
    const points = Object.fromEntries(card.lines.map((l) => [l.indicator, l.points]));
    expect(points).toEqual({
      timelyAcceptance: 14.3, // 15 × 0.95 = 14.25
      onTimeConclusion: 18,
      satisfactionRate: 12,
      repeatRate: 9,
      skipLevelCount: 8,
      groupVisitCount: 10,
      punctualRiskReports: 9.6, // 10 × 50/52
      resolutionRate: 10,
    });
    expect(card.total).toBe(90.9);
    expect(card.grade).toBe('优秀');
    expect(card.vetoed).toBe(false);
    expect(card.lines.find((l) => l.indicator === 'resolutionRate')?.note).toBe('无应考核事项，按满分计');
  });

  it('a count never takes more than its weight', () => {
    expect(scorecard(terms, facts({ counts: { skipLevelCount: 9, groupVisitCount: 0 } })).lines.find((l) => l.indicator === 'skipLevelCount')?.points).toBe(0);
  });

  it('a veto item voids the standing whatever the points', () => {
    const beyond = scorecard(terms, facts({ skipLevelBeyondCity: 1 }));
    expect(beyond).toMatchObject({ vetoed: true, grade: '一票否决', vetoes: [{ item: '发生到市以上的越级访', count: 1 }] });
    const big = scorecard(terms, facts({ groupVisitSizes: [12, 60, 50] }));
    expect(big.vetoes).toEqual([{ item: '发生 50 人以上集体访', count: 2 }]);
    expect(scorecard({ ...terms, veto: { skipLevelBeyondCity: false, groupVisitAtLeast: null } }, facts({ skipLevelBeyondCity: 2, groupVisitSizes: [80] })).vetoed).toBe(false);
  });
});
