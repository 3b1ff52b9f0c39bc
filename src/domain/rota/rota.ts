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

/**
 * The part of the day a slot takes: its hours when written HH:MM-HH:MM; else 上午 is the morning and 下午 the
 * afternoon (split at noon); any other free text (全天) takes the whole day.
 */
export function slotSpan(range: string): { from: number; to: number } {
  const r = parseTimeRange(range);
  if (r) return r;
  const t = range.replace(/\s/g, '');
  const am = t.includes('上午');
  const pm = t.includes('下午');
  if (am && !pm) return { from: 0, to: 12 * 60 };
  if (pm && !am) return { from: 12 * 60, to: 24 * 60 };
  return { from: 0, to: 24 * 60 };
}

/** A slot as the overlap check sees it: the leader by account (or by name on free-text slots) and the place. */
export interface PlannedSlot {
  id?: string;
  unitId: string;
  day: string;
  timeRange: string;
  leaderUserId: string | null;
  leaderName: string;
  place: string;
}

const sameLeader = (a: PlannedSlot, b: PlannedSlot) => (a.leaderUserId && b.leaderUserId ? a.leaderUserId === b.leaderUserId : a.leaderName.trim() === b.leaderName.trim());
const samePlace = (a: PlannedSlot, b: PlannedSlot) => a.unitId === b.unitId && a.place.replace(/\s/g, '') === b.place.replace(/\s/g, '');
const overlap = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

/**
 * Why a slot cannot go on the rota beside the others (the slot itself, by id, excluded): the same leader twice at
 * once on one day (a leader is in one place at a time, whichever unit's rota), or the same unit's place twice at
 * once. Null when it fits. Touching ranges (08:30-12:00 and 12:00-14:00) do not overlap.
 */
export function rotaConflict(others: readonly PlannedSlot[], next: PlannedSlot): { field: 'leaderUserId' | 'place'; message: string } | null {
  const span = slotSpan(next.timeRange);
  for (const o of others) {
    if ((next.id && o.id === next.id) || o.day !== next.day || !overlap(span, slotSpan(o.timeRange))) continue;
    if (sameLeader(o, next))
      return { field: 'leaderUserId', message: `${next.leaderName}在 ${o.day} ${o.timeRange} 已安排接访（${o.place}），同一领导同一时段不能重复安排` };
    if (samePlace(o, next))
      return { field: 'place', message: `${o.place} ${o.day} ${o.timeRange} 已安排${o.leaderName}接访，同一地点同一时段不能重复安排` };
  }
  return null;
}

/** A swap (换班) names someone else and says why. */
export function swapProblem(current: string, next: string, reason: string): string | null {
  if (next.trim().length < 2) return '请填写接替接访的领导';
  if (next.trim() === current.trim()) return '接替的领导与原安排相同，无需换班';
  if (reason.trim().length < 2) return '请填写换班原因';
  return null;
}
