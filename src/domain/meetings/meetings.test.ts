import { describe, expect, it } from 'vitest';
import { followUpState, meetingCadence } from './meetings.js';

describe('follow-ups of a meeting', () => {
  it('are tracked to done, on time or late', () => {
    expect(followUpState({ dueOn: '2026-12-15' }, '2026-12-01')).toBe('open');
    expect(followUpState({ dueOn: '2026-12-15' }, '2026-12-12')).toBe('dueSoon');
    expect(followUpState({ dueOn: '2026-12-15' }, '2026-12-16')).toBe('overdue');
    expect(followUpState({ dueOn: '2026-12-15', doneOn: '2026-12-15' }, '2026-12-20')).toBe('done');
    expect(followUpState({ dueOn: '2026-12-15', doneOn: '2026-12-17' }, '2026-12-20')).toBe('doneLate');
  });
});

describe('the half-monthly screening meeting', () => {
  it('is due 15 days after the last one, and overdue after that', () => {
    expect(meetingCadence('screening', ['2026-11-01', '2026-11-16'], '2026-12-01', '2026-01-01')).toEqual({ kind: 'screening', last: '2026-11-16', nextDue: '2026-12-01', overdue: false });
    expect(meetingCadence('screening', ['2026-11-16', '2026-11-01'], '2026-12-02', '2026-01-01')?.overdue).toBe(true);
  });
  it('never held: due 15 days after the unit started; kinds without a cadence have none', () => {
    expect(meetingCadence('screening', [], '2026-12-20', '2026-12-01')).toMatchObject({ last: null, nextDue: '2026-12-16', overdue: true });
    expect(meetingCadence('petitionerTalk', [], '2026-12-20', '2026-12-01')).toBeNull();
  });
});
