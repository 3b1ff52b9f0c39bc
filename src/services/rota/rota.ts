import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/index.js';
import { cases, receptionSlot, receptionSwap, receptionVisit } from '../../db/schema/index.js';
import { notFound, invalid } from '../../domain/errors.js';
import { receivingSlot, swapProblem } from '../../domain/rota/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';

/** Minutes since midnight, China time. */
const chinaMinute = (d: Date) => (Math.floor(d.getTime() / 60_000) + 8 * 60) % (24 * 60);

/**
 * Called by the register inside its transaction: a visit (来访) received on a rota day records the leader on duty
 * in the receiving unit at that time. Nothing is recorded on a day without a rota.
 */
export async function recordReceivingLeader(tx: Tx, c: { id: string; unitId: string; receivedOn: string; registeredAt: Date }) {
  const slots = await tx.select().from(receptionSlot).where(and(eq(receptionSlot.unitId, c.unitId), eq(receptionSlot.day, c.receivedOn)));
  const slot = receivingSlot(slots, c.receivedOn, chinaMinute(c.registeredAt));
  if (!slot) return null;
  await tx.insert(receptionVisit).values({ caseId: c.id, slotId: slot.id, leaderName: slot.leaderName, leaderTitle: slot.leaderTitle, day: c.receivedOn, recordedAt: c.registeredAt }).onConflictDoNothing();
  return slot;
}

/** 换班: hands a slot to another leader; the swap stays on record and the portal shows the new leader. */
export const swapSlot = (ctx: ServiceContext, id: string, input: { leaderName: string; leaderTitle?: string | undefined; reason: string }) =>
  inScope(ctx, async (tx) => {
    const [slot] = await tx.select().from(receptionSlot).where(eq(receptionSlot.id, id));
    if (!slot) throw notFound('接访安排');
    const problem = swapProblem(slot.leaderName, input.leaderName, input.reason);
    if (problem) throw invalid(problem, [{ field: problem.includes('原因') ? 'reason' : 'leaderName', message: problem }]);
    const [swap] = await tx
      .insert(receptionSwap)
      .values({ slotId: id, unitId: slot.unitId, day: slot.day, fromLeader: slot.leaderName, toLeader: input.leaderName.trim(), toTitle: input.leaderTitle?.trim() || null, reason: input.reason.trim(), byName: ctx.actor.name, at: ctx.now() })
      .returning();
    await tx.update(receptionSlot).set({ leaderName: input.leaderName.trim(), leaderTitle: input.leaderTitle?.trim() || null }).where(eq(receptionSlot.id, id));
    await audit(tx, ctx, { action: 'reception.swap', objectType: 'receptionSlot', objectId: id, objectUnitId: slot.unitId, detail: { day: slot.day, from: slot.leaderName, to: input.leaderName.trim(), reason: input.reason.trim() } });
    return swap!;
  });

/** The rota with each slot's swaps and the visits it received. */
export const rotaView = (ctx: ServiceContext, from: string, to: string) =>
  inScope(ctx, async (tx) => {
    const slots = await tx.select().from(receptionSlot).where(and(gte(receptionSlot.day, from), lte(receptionSlot.day, to))).orderBy(asc(receptionSlot.day), asc(receptionSlot.timeRange));
    const ids = slots.map((s) => s.id);
    const swaps = ids.length ? await tx.select().from(receptionSwap).where(inArray(receptionSwap.slotId, ids)).orderBy(asc(receptionSwap.at)) : [];
    const visits = ids.length
      ? await tx.select({ v: receptionVisit, caseNo: cases.caseNo, title: cases.title }).from(receptionVisit).innerJoin(cases, eq(cases.id, receptionVisit.caseId)).where(inArray(receptionVisit.slotId, ids)).orderBy(desc(receptionVisit.recordedAt))
      : [];
    return slots.map((s) => ({
      ...s,
      swaps: swaps.filter((w) => w.slotId === s.id).map((w) => ({ fromLeader: w.fromLeader, toLeader: w.toLeader, reason: w.reason, byName: w.byName, at: w.at.toISOString() })),
      visits: visits.filter((v) => v.v.slotId === s.id).map((v) => ({ caseId: v.v.caseId, caseNo: v.caseNo, title: v.title, leaderName: v.v.leaderName })),
    }));
  });

/** Who received a visit, if it came on a rota day. */
export const receptionOf = (ctx: ServiceContext, caseId: string) =>
  inScope(ctx, async (tx) => {
    const [c] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId));
    if (!c) throw notFound('信访件');
    const [v] = await tx.select().from(receptionVisit).where(eq(receptionVisit.caseId, caseId));
    return v ? { leaderName: v.leaderName, leaderTitle: v.leaderTitle, day: v.day, slotId: v.slotId } : null;
  });
