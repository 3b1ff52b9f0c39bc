import { and, asc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { Database } from '../../db/index.js';
import { receptionSlot, unit } from '../../db/schema/index.js';
import { addDays, isIsoDate, toChinaDate } from '../../domain/deadlines/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { checkRotaFits, rotaLeader } from '../rota/rota.js';

export interface SlotInput {
  unitId: string;
  day: string;
  timeRange: string;
  /** A leader of the unit or of a unit above it within the caller's scope; the name and title come from the account. */
  leaderUserId: string;
  place: string;
  topics?: string | undefined;
}

/**
 * 领导接访安排: entered by the unit's administrator or leader, published on the portal for the coming weeks. Refused
 * when the leader is already on a rota at that time, or the unit's place is already taken then.
 */
export const addSlot = (ctx: ServiceContext, s: SlotInput) =>
  inScope(ctx, async (tx) => {
    if (!isIsoDate(s.day)) throw invalid('接访日期无效', [{ field: 'day', message: '接访日期无效' }]);
    const [u] = await tx.select().from(unit).where(eq(unit.id, s.unitId));
    if (!u) throw notFound('单位');
    const leader = await rotaLeader(tx, u, s.leaderUserId);
    const values = { unitId: s.unitId, day: s.day, timeRange: s.timeRange.trim(), leaderUserId: leader.id, leaderName: leader.name, leaderTitle: leader.title, place: s.place.trim(), topics: s.topics?.trim() || null };
    await checkRotaFits(tx, values);
    const [row] = await tx.insert(receptionSlot).values({ ...values, createdBy: ctx.actor.name, createdAt: ctx.now() }).returning();
    await audit(tx, ctx, { action: 'reception.add', objectType: 'receptionSlot', objectId: row!.id, objectUnitId: s.unitId, detail: { day: s.day, timeRange: values.timeRange, leaderName: leader.name, leaderUserId: leader.id } });
    return row!;
  });

export const removeSlot = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const [row] = await tx.delete(receptionSlot).where(eq(receptionSlot.id, id)).returning();
    if (!row) throw notFound('接访安排');
    await audit(tx, ctx, { action: 'reception.remove', objectType: 'receptionSlot', objectId: id, objectUnitId: row.unitId });
  });

export const listSlots = (ctx: ServiceContext, from: string, to: string) =>
  inScope(ctx, (tx) => tx.select().from(receptionSlot).where(and(gte(receptionSlot.day, from), lte(receptionSlot.day, to))).orderBy(asc(receptionSlot.day)));

/** What the portal shows everyone: the next four weeks of reception and the offices' contacts. */
export async function publicInfo(database: Database, now: Date) {
  const today = toChinaDate(now);
  const [slots, contacts] = await Promise.all([
    database.db
      .select({ s: receptionSlot, unitName: unit.name })
      .from(receptionSlot)
      .innerJoin(unit, eq(unit.id, receptionSlot.unitId))
      .where(and(gte(receptionSlot.day, today), lte(receptionSlot.day, addDays(today, 28))))
      .orderBy(asc(receptionSlot.day)),
    database.db.select({ name: unit.name, phone: unit.phone, address: unit.address }).from(unit).where(and(eq(unit.active, true), isNotNull(unit.phone))).orderBy(asc(unit.depth), asc(unit.name)),
  ]);
  return {
    reception: slots.map(({ s, unitName }) => ({ unitName, day: s.day, timeRange: s.timeRange, leaderName: s.leaderName, leaderTitle: s.leaderTitle, place: s.place, topics: s.topics })),
    contacts: contacts.map((c) => ({ name: c.name, phone: c.phone!, address: c.address })),
  };
}
