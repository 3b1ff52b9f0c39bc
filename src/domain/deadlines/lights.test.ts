import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './calendar.js';
import { LIGHT_LABELS, light, onTime, OVERDUE_GRADE_LABELS, overdueGrade, stepOutcome, warnFrom } from './lights.js';
import { ruleFor } from './rules.js';

const cal = createWorkCalendar();

describe('light', () => {
  const realName = ruleFor('realNameAcceptNotice'); // 15 working days: margin max(3, 3) = 3 working days
  const due = '2026-10-15'; // Thursday

  it('is yellow the day before and on the due day, red the day after', () => {
    expect(light(due, '2026-10-14', realName, cal)).toBe('yellow');
    expect(light(due, '2026-10-15', realName, cal)).toBe('yellow');
    expect(light(due, '2026-10-16', realName, cal)).toBe('red');
  });

  it('turns yellow when 3 working days remain, counting the 调休 Saturday', () => {
    expect(light(due, '2026-10-12', realName, cal)).toBe('yellow'); // 13, 14, 15 remain
    expect(light(due, '2026-10-11', realName, cal)).toBe('green'); // Sunday: 12–15 remain
    expect(light(due, '2026-10-10', realName, cal)).toBe('green'); // working Saturday: 12–15 remain
  });

  it('uses 20% of a long calendar-day limit when that is the larger margin', () => {
    const conclude = ruleFor('conclude'); // 60 days: 12 calendar days
    expect(light('2025-09-30', '2025-09-17', conclude, cal)).toBe('green');
    expect(light('2025-09-30', '2025-09-18', conclude, cal)).toBe('yellow');
    expect(light('2025-09-30', '2025-09-30', conclude, cal)).toBe('yellow');
    expect(light('2025-09-30', '2025-10-01', conclude, cal)).toBe('red');
  });

  it('uses 3 working days when a holiday makes that the larger margin', () => {
    const transfer = ruleFor('transferOrAssign'); // 15 days: 20% is 3 calendar days
    expect(light('2025-02-05', '2025-01-23', transfer, cal)).toBe('green'); // 1/24, 1/26, 1/27, 2/5 remain
    expect(light('2025-02-05', '2025-01-24', transfer, cal)).toBe('yellow'); // 13 calendar days, 3 working days
  });

  it('takes its margins from configuration', () => {
    const tight = { marginWorkdays: 0, marginRatio: 0 };
    expect(light(due, '2026-10-14', realName, cal, tight)).toBe('green');
    expect(light(due, '2026-10-15', realName, cal, tight)).toBe('yellow');
    expect(LIGHT_LABELS.red).toBe('红灯');
  });
});

describe('overdue grades (working days late: 1–5 超时, 6–15 中度超时, 16+ 严重超时)', () => {
  const due = '2025-09-26'; // Friday before the National Day holiday

  it('grades each boundary', () => {
    expect(overdueGrade(due, '2025-09-26', cal)).toBeNull();
    expect(overdueGrade(due, '2025-09-27', cal)).toBe('overdue'); // Saturday: late, 0 working days
    expect(overdueGrade(due, '2025-10-10', cal)).toBe('overdue'); // 5 working days late
    expect(overdueGrade(due, '2025-10-11', cal)).toBe('moderatelyOverdue'); // 调休 Saturday: 6
    expect(overdueGrade(due, '2025-10-23', cal)).toBe('moderatelyOverdue'); // 15
    expect(overdueGrade(due, '2025-10-24', cal)).toBe('severelyOverdue'); // 16
    expect(overdueGrade(due, '2025-10-11', cal, { moderately: 10, severely: 20 })).toBe('overdue');
    expect(OVERDUE_GRADE_LABELS.severelyOverdue).toBe('严重超时');
  });
});

describe('onTime and the frozen step outcome', () => {
  it('judges by the China date of the completion', () => {
    expect(onTime('2025-09-26', '2025-09-26')).toBe(true);
    expect(onTime('2025-09-27', '2025-09-26')).toBe(false);
    expect(onTime(new Date('2025-09-26T15:59:59Z'), '2025-09-26')).toBe(true); // 23:59:59 in Beijing
    expect(onTime(new Date('2025-09-26T16:00:00Z'), '2025-09-26')).toBe(false); // 00:00 the next day
  });

  it('records lateness and grade for statistics', () => {
    expect(stepOutcome('2025-10-11', '2025-09-26', cal)).toEqual({
      onTime: false,
      lateWorkdays: 6,
      grade: 'moderatelyOverdue',
    });
    expect(stepOutcome('2025-09-25', '2025-09-26', cal)).toEqual({
      onTime: true,
      lateWorkdays: 0,
      grade: null,
    });
  });
});

describe('warnFrom', () => {
  it('is the first yellow day: the day before it is green, it and every day up to the due day are yellow', () => {
    const cal = createWorkCalendar({});
    for (const [due, rule] of [
      ['2026-10-15', { days: 15, unit: 'working' as const }],
      ['2026-12-31', { days: 60, unit: 'calendar' as const }],
      ['2026-02-27', { days: 5, unit: 'working' as const }],
    ] as const) {
      const w = warnFrom(due, rule, cal);
      expect(light(due, w, rule, cal)).toBe('yellow');
      const before = new Date(`${w}T00:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 1);
      expect(light(due, before.toISOString().slice(0, 10), rule, cal)).toBe('green');
    }
  });
});
