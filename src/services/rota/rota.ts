import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { beyondScope, type Tx } from '../../db/index.js';
import { appUser, cases, receptionSlot, receptionSwap, receptionVisit, unit } from '../../db/schema/index.js';
import { AppError, notFound, invalid } from '../../domain/errors.js';
import { receivingSlot, rotaConflict, swapProblem, type PlannedSlot } from '../../domain/rota/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';

/** Minutes since midnight, China time. */
const chinaMinute = (d: Date) => (Math.floor(d.getTime() / 60_000) + 8 * 60) % (24 * 60);

/**
 * Called by the register inside its transaction, for a batch's visits (来访) at once: each visit received on a rota
 * day records the leader on duty in the receiving unit at that time (one read of the batch's rota days, one insert).
 * Nothing is recorded on a day without a rota.
 */
export async function recordReceivingLeaders(tx: Tx, visits: { id: string; unitId: string; receivedOn: string; registeredAt: Date }[]) {
  if (!visits.length) return;
  const slots = await tx
    .select()
    .from(receptionSlot)
    .where(and(inArray(receptionSlot.unitId, [...new Set(visits.map((c) => c.unitId))]), inArray(receptionSlot.day, [...new Set(visits.map((c) => c.receivedOn))])));
  const rows = visits.flatMap((c) => {
    const slot = receivingSlot(
      slots.filter((s) => s.unitId === c.unitId),
      c.receivedOn,
      chinaMinute(c.registeredAt),
    );
    return slot ? [{ caseId: c.id, slotId: slot.id, leaderName: slot.leaderName, leaderTitle: slot.leaderTitle, day: c.receivedOn, recordedAt: c.registeredAt }] : [];
  });
  if (rows.length) await tx.insert(receptionVisit).values(rows).onConflictDoNothing();
}

/**
 * Who may receive visitors for a unit: the active leaders of the unit and of the units above it, as far as the
 * caller's scope reaches (a street office picks its own leaders; the county may also put its own on the street's rota).
 */
async function leadersFor(tx: Tx, u: { path: string }) {
  const ids = u.path.split('/').filter(Boolean);
  const rows = await tx
    .select({ id: appUser.id, name: appUser.displayName, title: appUser.title, roles: appUser.roles, unitName: unit.name, depth: unit.depth })
    .from(appUser)
    .innerJoin(unit, eq(unit.id, appUser.unitId))
    .where(and(eq(appUser.active, true), inArray(appUser.unitId, ids)))
    .orderBy(desc(unit.depth), asc(appUser.displayName));
  return rows.filter((r) => r.roles.includes('leader')).map(({ id, name, title, unitName }) => ({ id, name, title, unitName }));
}

export const receptionLeaders = (ctx: ServiceContext, unitId: string) =>
  inScope(ctx, async (tx) => {
    const [u] = await tx.select({ path: unit.path }).from(unit).where(eq(unit.id, unitId));
    if (!u) throw notFound('单位');
    return leadersFor(tx, u);
  });

/** The leader named for a unit's rota, or a Chinese 400 naming the field. */
export async function rotaLeader(tx: Tx, u: { path: string }, leaderUserId: string) {
  const leader = (await leadersFor(tx, u)).find((l) => l.id === leaderUserId);
  if (!leader) throw invalid('接访领导须是本单位或上级单位在职的领导', [{ field: 'leaderUserId', message: '请从列表中选择接访领导' }]);
  return leader;
}

/**
 * Refuses a slot that overlaps the rota (see rotaConflict). The rota is public, so every unit's slots of the day
 * are compared (a leader is in one place at a time); one check at a time per day.
 */
export async function checkRotaFits(tx: Tx, next: PlannedSlot) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reception:${next.day}`}))`);
  const sameDay = await beyondScope(tx, () => tx.select().from(receptionSlot).where(eq(receptionSlot.day, next.day)));
  const problem = rotaConflict(sameDay, next);
  if (problem) throw new AppError('conflict', problem.message, [{ field: problem.field, message: problem.message }]);
}

/** 换班: hands a slot to another leader; the swap stays on record and the portal shows the new leader. */
export const swapSlot = (ctx: ServiceContext, id: string, input: { leaderUserId: string; reason: string }) =>
  inScope(ctx, async (tx) => {
    const [slot] = await tx.select().from(receptionSlot).where(eq(receptionSlot.id, id));
    if (!slot) throw notFound('接访安排');
    const [u] = await tx.select({ path: unit.path }).from(unit).where(eq(unit.id, slot.unitId));
    if (!u) throw notFound('接访安排');
    const leader = await rotaLeader(tx, u, input.leaderUserId);
    const problem = slot.leaderUserId === leader.id ? '接替的领导与原安排相同，无需换班' : swapProblem(slot.leaderName, leader.name, input.reason);
    if (problem) throw invalid(problem, [{ field: problem.includes('原因') ? 'reason' : 'leaderUserId', message: problem }]);
    await checkRotaFits(tx, { ...slot, leaderUserId: leader.id, leaderName: leader.name });
    const [swap] = await tx
      .insert(receptionSwap)
      .values({ slotId: id, unitId: slot.unitId, day: slot.day, fromLeader: slot.leaderName, toLeader: leader.name, toTitle: leader.title, reason: input.reason.trim(), byName: ctx.actor.name, at: ctx.now() })
      .returning();
    await tx.update(receptionSlot).set({ leaderUserId: leader.id, leaderName: leader.name, leaderTitle: leader.title }).where(eq(receptionSlot.id, id));
    await audit(tx, ctx, { action: 'reception.swap', objectType: 'receptionSlot', objectId: id, objectUnitId: slot.unitId, detail: { day: slot.day, from: slot.leaderName, to: leader.name, toUserId: leader.id, reason: input.reason.trim() } });
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
