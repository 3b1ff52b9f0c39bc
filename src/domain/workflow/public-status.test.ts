import { describe, expect, it } from 'vitest';
import { PUBLIC_STATUSES, publicStatus, publicStatusLabel } from './public-status.js';
import { CASE_STATES } from './states.js';

describe('public status', () => {
  it('gives every state one of the portal words, and uses every word', () => {
    const used = new Set(CASE_STATES.map(publicStatus));
    expect([...used].sort()).toEqual([...PUBLIC_STATUSES].sort());
    for (const state of CASE_STATES) expect(publicStatusLabel(state)).toMatch(/^[\u4e00-\u9fa5，（）]+$/);
  });

  it('hides internal steps behind the five plain words', () => {
    expect(['registered', 'proposed', 'instructed'].map((s) => publicStatusLabel(s as never))).toEqual([
      '已登记',
      '已登记',
      '已登记',
    ]);
    expect(publicStatusLabel('accepted')).toBe('已受理');
    // A report under review or a discipline disposition is still 办理中 to the reporter.
    expect(publicStatusLabel('concluded')).toBe('办理中');
    expect(publicStatusLabel('checking')).toBe('办理中');
    expect(publicStatusLabel('approved')).toBe('已办结');
    expect(publicStatusLabel('evaluated')).toBe('已答复');
    expect(publicStatusLabel('outOfScope')).toBe('不予受理');
    expect(publicStatusLabel('escalated')).toBe('已转送');
  });
});
