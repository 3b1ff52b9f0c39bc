import { describe, expect, it } from 'vitest';
import { addDays, createWorkCalendar, dueDate, onTime, ruleFor, type IsoDate, type TimeLimitStep } from '../deadlines/index.js';
import {
  changeOf,
  evaluationRate,
  flagCounts,
  indicatorDefinition,
  INDICATOR_LABELS,
  INDICATORS,
  monthOf,
  onTimeConclusion,
  periodBefore,
  periodLabel,
  repeatRate,
  resolutionRate,
  satisfactionRate,
  timelyAcceptance,
  yearOnYear,
  zeroSkipLevelDays,
  type ClockFact,
  type RegisterFact,
  type ReplyFact,
} from './index.js';

const cal = createWorkCalendar();
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const AS_OF = '2026-12-10';

/** A clock finished on `done`, frozen the way the service freezes it (onTime against the stored due date). */
const finished = (caseId: string, step: TimeLimitStep, due: IsoDate, done: IsoDate): ClockFact => {
  const met = onTime(done, due);
  return { caseId, step, dueOn: due, status: met ? 'met' : 'missed', onTime: met, paused: false };
};
const running = (caseId: string, step: TimeLimitStep, due: IsoDate, paused = false): ClockFact => ({ caseId, step, dueOn: due, status: 'running', onTime: null, paused });

describe('按期办结率', () => {
  const conclude = ruleFor('conclude'); // 60 calendar days

  it('counts a case finished within an approved extension as on time, and the same day without it as late', () => {
    const start = '2026-08-20';
    const plain = dueDate(conclude, start, cal);
    const extended = dueDate(conclude, start, cal, { extensionDays: 30 });
    expect(plain.due < '2026-11-01' || plain.due > '2026-11-30').toBe(true);
    expect(extended.due >= '2026-11-01' && extended.due <= '2026-11-30').toBe(true);
    const done = addDays(extended.due, -2); // after the original limit, before the extended one
    expect(done > plain.due).toBe(true);
    expect(onTimeConclusion([finished('a', 'conclude', extended.due, done)], NOVEMBER, AS_OF)).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    // Without the extension its deadline fell due in October, and it was late.
    const october = { from: '2026-10-01', to: '2026-10-31' };
    expect(onTimeConclusion([finished('a', 'conclude', plain.due, done)], october, AS_OF)).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

  it('does not count paused time (中止) against the limit', () => {
    const start = '2026-09-10';
    const withPause = dueDate(conclude, start, cal, { pauses: [{ from: '2026-10-01', to: '2026-10-21' }] });
    const without = dueDate(conclude, start, cal);
    expect(withPause.pausedDays).toBe(20);
    const done = addDays(without.due, 5); // late without the pause, in time with it
    expect(onTimeConclusion([finished('p', 'conclude', withPause.due, done)], NOVEMBER, AS_OF).rate).toBe(1);
    expect(onTimeConclusion([finished('p', 'conclude', without.due, done)], monthOf(without.due), AS_OF).rate).toBe(0);
    // A clock still paused has not fallen due, whatever its stored date says.
    expect(onTimeConclusion([running('q', 'conclude', '2026-11-05', true)], NOVEMBER, AS_OF).denominator).toBe(0);
  });

  it('counts open and overdue cases against, and leaves open cases not yet due out', () => {
    const clocks = [
      finished('a', 'conclude', '2026-11-10', '2026-11-09'),
      finished('b', 'conclude', '2026-11-12', '2026-11-20'),
      running('c', 'conclude', '2026-11-20'), // open past its due date on the day of the statistics
      running('d', 'conclude', '2026-12-20'), // not yet due
      finished('e', 'assignmentResult', '2026-11-25', '2026-11-25'), // an assigning unit's own due date
      { ...running('f', 'conclude', '2026-11-15'), status: 'stopped' as const }, // sent up: the duty left this unit
    ];
    expect(onTimeConclusion(clocks, NOVEMBER, AS_OF)).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    // On 18 November c was not yet due and is left out; e, finished early, counts in the month of its due date.
    expect(onTimeConclusion(clocks, NOVEMBER, '2026-11-18')).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
  });
});

describe('及时受理率', () => {
  it('counts a case once, on its first acceptance due date, on time only if every acceptance clock was met', () => {
    const clocks = [
      finished('a', 'transferOrAssign', '2026-11-05', '2026-11-03'),
      finished('a', 'acceptanceNotice', '2026-11-05', '2026-11-03'),
      finished('b', 'lowerAccept', '2026-11-09', '2026-11-09'),
      finished('b', 'realNameAcceptNotice', '2026-11-20', '2026-11-25'), // told late
      running('c', 'lowerAccept', '2026-11-06'), // still waiting, overdue
      finished('d', 'lowerAccept', '2026-10-30', '2026-10-29'), // due in October
      finished('e', 'conclude', '2026-11-10', '2026-11-10'), // not an acceptance clock
    ];
    expect(timelyAcceptance(clocks, NOVEMBER, AS_OF)).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it('has no rate when nothing fell due', () => {
    expect(timelyAcceptance([], NOVEMBER, AS_OF)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe('参评率 and 满意率', () => {
  const replies: ReplyFact[] = [
    { repliedOn: '2026-11-02', evaluation: 'satisfied' },
    { repliedOn: '2026-11-03', evaluation: 'satisfied' },
    { repliedOn: '2026-11-04', evaluation: 'basicallySatisfied' },
    { repliedOn: '2026-11-05', evaluation: 'dissatisfied' },
    { repliedOn: '2026-11-06', evaluation: null },
    { repliedOn: '2026-10-06', evaluation: 'dissatisfied' }, // answered in October
  ];

  it('参评率 = evaluated ÷ answered in the period', () => {
    expect(evaluationRate(replies, NOVEMBER)).toEqual({ numerator: 4, denominator: 5, rate: 0.8 });
  });

  it('counts 基本满意 as satisfied by default, and not when configured so', () => {
    expect(satisfactionRate(replies, NOVEMBER)).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(satisfactionRate(replies, NOVEMBER, { countBasicallySatisfied: false })).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    expect(indicatorDefinition('satisfactionRate', { countBasicallySatisfied: false })).toContain('“基本满意”不计为满意');
    expect(indicatorDefinition('satisfactionRate')).toContain('“满意”或“基本满意”');
  });
});

describe('重复信访率', () => {
  it('gives exactly 22% on a year built like the source document (11 repeats in 50 registered)', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const cases: RegisterFact[] = [];
    for (let i = 0; i < 50; i++) cases.push({ receivedOn: addDays('2025-01-03', i * 7), repeat: i % 50 < 11 });
    // Cases of the years around it change nothing.
    cases.push({ receivedOn: '2024-12-31', repeat: true }, { receivedOn: '2026-01-01', repeat: false });
    const r = repeatRate(cases, year);
    expect(r).toEqual({ numerator: 11, denominator: 50, rate: 0.22 });
    expect((r.rate! * 100).toFixed(0)).toBe('22');
  });
});

describe('越级访, 集体访 and 化解率', () => {
  it('counts flagged cases of the period', () => {
    const cases: RegisterFact[] = [
      { receivedOn: '2026-11-01', repeat: false, skipLevel: true, groupVisit: true },
      { receivedOn: '2026-11-30', repeat: false, skipLevel: true },
      { receivedOn: '2026-12-01', repeat: false, skipLevel: true, groupVisit: true },
      { receivedOn: '2026-11-15', repeat: true, groupVisit: true },
    ];
    expect(flagCounts(cases, NOVEMBER)).toEqual({ skipLevel: 2, groupVisit: 2 });
  });

  it('化解率 counts targets resolved by the end of the period', () => {
    const r = resolutionRate(
      [
        { targetedOn: '2026-11-02', resolvedOn: '2026-11-20' },
        { targetedOn: '2026-11-03', resolvedOn: '2026-12-02' },
        { targetedOn: '2026-11-04', resolvedOn: null },
        { targetedOn: '2026-11-05', resolvedOn: '2026-11-06' },
      ],
      NOVEMBER,
    );
    expect(r).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });

  it('零越级 counts days since the last skip-level visit', () => {
    expect(zeroSkipLevelDays('2026-11-20', '2026-01-01', '2026-12-10')).toBe(20);
    expect(zeroSkipLevelDays(null, '2026-01-01', '2026-01-31')).toBe(30);
  });
});

describe('periods', () => {
  it('同比 and 环比 of whole months, a leap day and a free range', () => {
    expect(yearOnYear(NOVEMBER)).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    expect(periodBefore(NOVEMBER)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodBefore({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(yearOnYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodBefore({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodBefore({ from: '2026-11-10', to: '2026-11-19' })).toEqual({ from: '2026-10-31', to: '2026-11-09' });
    expect(changeOf(120, 100)).toBeCloseTo(0.2);
    expect(changeOf(5, 0)).toBeNull();
    expect(periodLabel(NOVEMBER)).toBe('2026年11月');
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026年');
  });

  it('every indicator has a Chinese label and definition', () => {
    for (const i of INDICATORS) {
      expect(INDICATOR_LABELS[i]).toMatch(/[\u4e00-\u9fa5]/);
      expect(indicatorDefinition(i)).toContain(INDICATOR_LABELS[i]);
    }
  });
});
