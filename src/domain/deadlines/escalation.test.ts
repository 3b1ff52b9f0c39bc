import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './calendar.js';
import { checkDeadlineSettings, DEFAULT_DEADLINE_SETTINGS, withDefaults } from './escalation.js';
import { overdueGrade } from './lights.js';

describe('deadline settings', () => {
  it('fills what an older stored value lacks with the defaults', () => {
    expect(withDefaults(undefined)).toEqual(DEFAULT_DEADLINE_SETTINGS);
    expect(withDefaults({ escalateAfterWorkdays: 5 })).toEqual({ escalateAfterWorkdays: 5, overdue: { moderately: 6, severely: 16 } });
    expect(withDefaults({ overdue: { moderately: 3 } } as never).overdue).toEqual({ moderately: 3, severely: 16 });
  });

  it('refuses fractions, zero and grades out of order, naming the field in Chinese', () => {
    expect(checkDeadlineSettings(DEFAULT_DEADLINE_SETTINGS)).toEqual([]);
    expect(checkDeadlineSettings({ escalateAfterWorkdays: 0, overdue: { moderately: 6, severely: 16 } })).toEqual([
      { field: 'escalateAfterWorkdays', message: expect.stringContaining('1 至 60') },
    ]);
    expect(checkDeadlineSettings({ escalateAfterWorkdays: 2.5, overdue: { moderately: 6, severely: 16 } })[0]!.field).toBe('escalateAfterWorkdays');
    expect(checkDeadlineSettings({ escalateAfterWorkdays: 3, overdue: { moderately: 10, severely: 10 } })).toEqual([
      { field: 'severely', message: '严重超时起算天数应大于中度超时起算天数' },
    ]);
  });

  it('moves the grade boundaries with the thresholds (working days after the due day)', () => {
    const cal = createWorkCalendar({});
    // Due Friday 2026-03-06; the next Monday is 1 working day late, the Tuesday 2, the Wednesday 3.
    const t = { moderately: 2, severely: 3 };
    expect(overdueGrade('2026-03-06', '2026-03-09', cal, t)).toBe('overdue');
    expect(overdueGrade('2026-03-06', '2026-03-10', cal, t)).toBe('moderatelyOverdue');
    expect(overdueGrade('2026-03-06', '2026-03-11', cal, t)).toBe('severelyOverdue');
    expect(overdueGrade('2026-03-06', '2026-03-10', cal)).toBe('overdue');
  });
});
