// 领导接访 rota: which slot of a day received a visitor, and the rules of a swap.

export interface RotaSlot {
  id: string;
  day: string;
  /** '09:00-12:00'; free text is allowed, then only the day counts. */
  timeRange: string;
  leaderName: string;
}

const RANGE = /^(\d{1,2}):(\d{2})\s*[-—–~至]\s*(\d{1,2}):(\d{2})$/;

/** Minutes since midnight of a time range's ends, or null when it is not written HH:MM-HH:MM. */
export function parseTimeRange(range: string): { from: number; to: number } | null {
  const m = RANGE.exec(range.trim());
  if (!m) return null;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  return from < to && to <= 24 * 60 ? { from, to } : null;
}

/**
 * The slot that received a visit on its day at `minute` (China time): the slot whose hours contain it, else the
 * day's slot nearest in time, else the day's first slot. Null when nobody was on the rota that day.
 */
export function receivingSlot<S extends RotaSlot>(slots: readonly S[], day: string, minute: number): S | null {
  const today = slots.filter((s) => s.day === day);
  if (!today.length) return null;
  const timed = today.map((s) => ({ s, r: parseTimeRange(s.timeRange) }));
  const inside = timed.find((x) => x.r && minute >= x.r.from && minute < x.r.to);
  if (inside) return inside.s;
  const distance = (r: { from: number; to: number }) => (minute < r.from ? r.from - minute : minute - r.to);
  const nearest = timed.filter((x) => x.r).sort((a, b) => distance(a.r!) - distance(b.r!))[0];
  return nearest?.s ?? today[0]!;
}

/** A swap (换班) names someone else and says why. */
export function swapProblem(current: string, next: string, reason: string): string | null {
  if (next.trim().length < 2) return '请填写接替接访的领导';
  if (next.trim() === current.trim()) return '接替的领导与原安排相同，无需换班';
  if (reason.trim().length < 2) return '请填写换班原因';
  return null;
}
