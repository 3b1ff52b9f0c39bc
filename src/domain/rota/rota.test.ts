import { describe, expect, it } from 'vitest';
import { parseTimeRange, receivingSlot, swapProblem } from './rota.js';

const slots = [
  { id: 'am', day: '2026-12-01', timeRange: '08:30-12:00', leaderName: '唐书记' },
  { id: 'pm', day: '2026-12-01', timeRange: '14:00-17:30', leaderName: '姜主任' },
  { id: 'next', day: '2026-12-02', timeRange: '全天', leaderName: '宋副主任' },
];
const at = (h: number, m = 0) => h * 60 + m;

describe('the receiving slot of a visit', () => {
  it('is the slot whose hours contain the time', () => {
    expect(receivingSlot(slots, '2026-12-01', at(9))?.leaderName).toBe('唐书记');
    expect(receivingSlot(slots, '2026-12-01', at(15, 10))?.leaderName).toBe('姜主任');
  });
  it('outside the hours, the nearest slot of the day; untimed days take their slot; no rota, no leader', () => {
    expect(receivingSlot(slots, '2026-12-01', at(12, 30))?.id).toBe('am');
    expect(receivingSlot(slots, '2026-12-01', at(13, 50))?.id).toBe('pm');
    expect(receivingSlot(slots, '2026-12-02', at(10))?.id).toBe('next');
    expect(receivingSlot(slots, '2026-12-03', at(10))).toBeNull();
  });
  it('reads HH:MM-HH:MM with the usual dashes and 至', () => {
    expect(parseTimeRange('9:00—11:30')).toEqual({ from: 540, to: 690 });
    expect(parseTimeRange('14:00至17:00')).toEqual({ from: 840, to: 1020 });
    expect(parseTimeRange('上午')).toBeNull();
    expect(parseTimeRange('12:00-09:00')).toBeNull();
  });
});

describe('a swap', () => {
  it('names someone else and says why', () => {
    expect(swapProblem('唐书记', '姜主任', '外出开会')).toBeNull();
    expect(swapProblem('唐书记', '唐书记', '外出开会')).toBe('接替的领导与原安排相同，无需换班');
    expect(swapProblem('唐书记', '姜主任', '')).toBe('请填写换班原因');
    expect(swapProblem('唐书记', ' ', '外出')).toBe('请填写接替接访的领导');
  });
});
