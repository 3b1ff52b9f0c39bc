import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../deadlines/index.js';
import { ownershipLight, ownershipProblems, resolutionByLeader } from './ownership.js';

const calendar = createWorkCalendar({});
const fixes = { assignedPerson: '袁联络', responsibility: '街道党工委书记负总责', measures: '每周入户一次', goal: '息诉罢访', targetDate: '2026-12-31', startedOn: '2026-11-30' };

describe('the four 定', () => {
  it('are all required, and the target date cannot precede the start', () => {
    expect(ownershipProblems(fixes, 'case')).toEqual([]);
    expect(ownershipProblems({ ...fixes, measures: ' ', goal: '', targetDate: '2026-11-01' }, 'risk')).toEqual([
      { field: 'measures', message: '请填写定措施（至少 2 个字）' },
      { field: 'goal', message: '请填写定目标（至少 2 个字）' },
      { field: 'targetDate', message: '目标日期不能早于包案之日' },
    ]);
  });
});

describe('deadline lights of owned matters', () => {
  const o = { kind: 'case' as const, status: 'active' as const, startedOn: '2026-11-30', targetDate: '2026-12-31' };
  it('green with time left, yellow near the target, red after it', () => {
    expect(ownershipLight(o, '2026-12-01', calendar)).toBe('green');
    expect(ownershipLight(o, '2026-12-28', calendar)).toBe('yellow');
    expect(ownershipLight(o, '2026-12-31', calendar)).toBe('yellow');
    expect(ownershipLight(o, '2027-01-01', calendar)).toBe('red');
  });
  it('no light once resolved, nor for a village owned for good', () => {
    expect(ownershipLight({ ...o, status: 'resolved' }, '2027-01-05', calendar)).toBeNull();
    expect(ownershipLight({ ...o, kind: 'village' }, '2027-01-05', calendar)).toBeNull();
  });
});

describe('化解率 per leader', () => {
  it('counts resolved over owned resolvable matters, best first; villages do not count', () => {
    const item = (leaderUserId: string, leaderName: string, kind: 'case' | 'risk' | 'village', status: 'active' | 'resolved', resolvedOn: string | null = null) => ({ leaderUserId, leaderName, kind, status, resolvedOn, targetDate: '2026-12-31' });
    const rows = resolutionByLeader([
      item('a', '唐书记', 'case', 'resolved', '2026-12-10'),
      item('a', '唐书记', 'risk', 'resolved', '2027-01-03'),
      item('a', '唐书记', 'case', 'active'),
      item('a', '唐书记', 'village', 'active'),
      item('b', '姜主任', 'risk', 'resolved', '2026-12-01'),
      item('c', '马局长', 'village', 'active'),
    ]);
    expect(rows.map((r) => [r.leaderName, r.resolved, r.targeted, r.resolvedOnTime])).toEqual([
      ['姜主任', 1, 1, 1],
      ['唐书记', 2, 3, 1],
    ]);
    expect(rows[1]!.rate.rate).toBeCloseTo(2 / 3);
  });
});
