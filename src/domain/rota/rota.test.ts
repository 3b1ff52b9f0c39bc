import { describe, expect, it } from 'vitest';
import { parseTimeRange, receivingSlot, rotaConflict, slotSpan, swapProblem, type PlannedSlot } from './rota.js';

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

describe('overlapping slots', () => {
  const planned = (o: Partial<PlannedSlot>): PlannedSlot => ({ unitId: 'zy', day: '2026-12-01', timeRange: '08:30-12:00', leaderUserId: 'tang', leaderName: '唐书记', place: '群众来访接待室', ...o });
  const rota = [planned({ id: 'am' }), planned({ id: 'pm', timeRange: '14:00-17:30', leaderUserId: 'song', leaderName: '宋副主任' }), planned({ id: 'old', day: '2026-12-02', timeRange: '全天', leaderUserId: null, leaderName: '姜主任', place: '司法所' })];

  it('reads the part of the day a slot takes', () => {
    expect(slotSpan('08:30-12:00')).toEqual({ from: 510, to: 720 });
    expect(slotSpan('上午')).toEqual({ from: 0, to: 720 });
    expect(slotSpan(' 下午 ')).toEqual({ from: 720, to: 1440 });
    expect(slotSpan('全天')).toEqual({ from: 0, to: 1440 });
  });

  it('refuses the same leader twice at once on one day, at any place or unit', () => {
    expect(rotaConflict(rota, planned({ timeRange: '10:00-11:00', place: '西宋村村委会', unitId: 'xs' }))).toEqual({
      field: 'leaderUserId',
      message: '唐书记在 2026-12-01 08:30-12:00 已安排接访（群众来访接待室），同一领导同一时段不能重复安排',
    });
    expect(rotaConflict(rota, planned({ timeRange: '上午', place: '西宋村村委会' }))?.field).toBe('leaderUserId');
    // Free-text slots of old are matched by name.
    expect(rotaConflict(rota, planned({ day: '2026-12-02', timeRange: '14:00-16:00', leaderUserId: 'jiang', leaderName: '姜主任', place: '接待室' }))?.field).toBe('leaderUserId');
  });

  it('refuses the same place of a unit twice at once', () => {
    expect(rotaConflict(rota, planned({ timeRange: '11:00-12:30', leaderUserId: 'song', leaderName: '宋副主任', place: '群众来访 接待室' }))).toEqual({
      field: 'place',
      message: '群众来访接待室 2026-12-01 08:30-12:00 已安排唐书记接访，同一地点同一时段不能重复安排',
    });
  });

  it('lets through other times, other days, another unit\'s room of the same name, touching hours, and the slot itself', () => {
    expect(rotaConflict(rota, planned({ timeRange: '12:00-14:00' }))).toBeNull();
    expect(rotaConflict(rota, planned({ day: '2026-12-03' }))).toBeNull();
    expect(rotaConflict(rota, planned({ unitId: 'dc', leaderUserId: 'liu', leaderName: '刘书记' }))).toBeNull();
    expect(rotaConflict(rota, planned({ id: 'am', leaderUserId: 'song', leaderName: '宋副主任' }))).toBeNull();
    expect(rotaConflict(rota, planned({ id: 'pm', timeRange: '14:00-17:30', leaderUserId: 'tang' }))).toBeNull();
  });
});
