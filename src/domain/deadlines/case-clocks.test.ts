import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './calendar.js';
import { clockSummary } from './case-clocks.js';
import { DEFAULT_OVERDUE_THRESHOLDS } from './lights.js';

const cal = createWorkCalendar({});
const t = DEFAULT_OVERDUE_THRESHOLDS;
const clock = (dueOn: string, warnOn: string | null, extra: Partial<{ status: string; paused: boolean }> = {}) => ({ dueOn, warnOn, status: 'running', paused: false, ...extra });

describe('a case’s clocks at a glance', () => {
  it('has no light when nothing runs (finished or paused clocks do not count)', () => {
    expect(clockSummary([], '2026-12-01', cal, t)).toEqual({ light: null, dueOn: null, overdueGrade: null });
    expect(clockSummary([clock('2026-11-01', '2026-10-28', { status: 'met' }), clock('2026-11-02', null, { paused: true })], '2026-12-01', cal, t).light).toBeNull();
  });

  it('takes the worst light and the nearest due date', () => {
    const clocks = [clock('2026-12-20', '2026-12-15'), clock('2026-12-04', '2026-12-01')];
    expect(clockSummary(clocks, '2026-11-30', cal, t)).toEqual({ light: 'green', dueOn: '2026-12-04', overdueGrade: null });
    expect(clockSummary(clocks, '2026-12-01', cal, t).light).toBe('yellow');
    expect(clockSummary(clocks, '2026-12-04', cal, t).light).toBe('yellow'); // the due day itself is not late
    expect(clockSummary(clocks, '2026-12-05', cal, t)).toMatchObject({ light: 'red', overdueGrade: 'overdue' });
  });

  it('grades the lateness in working days after the due day', () => {
    // Due Friday 2026-12-04: the 6th working day after is Monday 2026-12-14, the 16th Monday 2026-12-28.
    const c = [clock('2026-12-04', '2026-12-01')];
    expect(clockSummary(c, '2026-12-11', cal, t).overdueGrade).toBe('overdue');
    expect(clockSummary(c, '2026-12-14', cal, t).overdueGrade).toBe('moderatelyOverdue');
    expect(clockSummary(c, '2026-12-25', cal, t).overdueGrade).toBe('moderatelyOverdue');
    expect(clockSummary(c, '2026-12-28', cal, t).overdueGrade).toBe('severelyOverdue');
  });
});
