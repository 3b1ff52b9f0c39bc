import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/index.js';
import { appUser, cases, ownership, ownershipProgress, riskItem, unit } from '../../db/schema/index.js';
import { compareDates, isIsoDate, toChinaDate, type IsoDate } from '../../domain/deadlines/index.js';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors.js';
import { ownershipLight, ownershipProblems, resolutionByLeader, type FourFixes, type OwnedKind, type OwnershipStatus } from '../../domain/ownership/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { currentCalendar } from '../deadlines/calendar.js';

export interface NewOwnership extends FourFixes {
  kind: OwnedKind;
  /** The case, risk, village or enterprise owned; for a key person, the unit (village) the person belongs to. */
  objectId: string;
  /** The key person's name (and why they are watched); ignored for the other kinds. */
  personLabel?: string | undefined;
  leaderUserId: string;
  targetDate: IsoDate;
}

type Row = typeof ownership.$inferSelect;

/** What is owned, looked up in the caller's scope: its unit and the words that name it. */
async function ownedObject(tx: Tx, kind: OwnedKind, objectId: string, personLabel?: string) {
  switch (kind) {
    case 'case': {
      const [c] = await tx.select({ unitId: cases.unitId, label: sql<string>`${cases.caseNo} || ' ' || ${cases.title}` }).from(cases).where(eq(cases.id, objectId));
      if (!c) throw notFound('信访件');
      return c;
    }
    case 'risk': {
      const [r] = await tx.select({ unitId: riskItem.unitId, label: riskItem.description }).from(riskItem).where(eq(riskItem.id, objectId));
      if (!r) throw notFound('隐患');
      return r;
    }
    case 'keyPerson':
    case 'village':
    case 'enterprise': {
      const [u] = await tx.select().from(unit).where(eq(unit.id, objectId));
      if (!u) throw notFound('单位');
      if (kind === 'village' && u.level !== 'village') throw invalid('包村（居）须选择村、社区', [{ field: 'objectId', message: '请选择村或社区' }]);
      if (kind === 'enterprise' && u.kind !== 'enterprise') throw invalid('包企业须选择企业', [{ field: 'objectId', message: '请选择企业' }]);
      if (kind === 'keyPerson') {
        const label = personLabel?.trim() ?? '';
        if (label.length < 2) throw invalid('请填写重点人员姓名', [{ field: 'personLabel', message: '请填写重点人员姓名' }]);
        return { unitId: u.id, label: `${label}（${u.name}）` };
      }
      return { unitId: u.id, label: u.name };
    }
  }
}

/** 包案: assigns a leader with the four 定 and a target date (audited). */
export const createOwnership = (ctx: ServiceContext, input: NewOwnership) =>
  inScope(ctx, async (tx) => {
    const today = toChinaDate(ctx.now());
    if (!isIsoDate(input.targetDate)) throw invalid('目标日期无效', [{ field: 'targetDate', message: '目标日期无效' }]);
    const problems = ownershipProblems({ ...input, startedOn: today }, input.kind);
    if (problems.length) throw invalid(`包案信息有误：${problems.map((p) => p.message).join('；')}`, problems);
    const obj = await ownedObject(tx, input.kind, input.objectId, input.personLabel);
    const [leader] = await tx.select().from(appUser).where(and(eq(appUser.id, input.leaderUserId), eq(appUser.active, true)));
    if (!leader || !leader.roles.includes('leader')) throw invalid('包案领导须是本单位或下级单位在职的领导', [{ field: 'leaderUserId', message: '请选择领导' }]);
    const [u] = await tx.select({ path: unit.path }).from(unit).where(eq(unit.id, obj.unitId));
    if (input.kind !== 'keyPerson' && input.kind !== 'village' && input.kind !== 'enterprise') {
      const [dup] = await tx.select({ id: ownership.id }).from(ownership).where(and(eq(ownership.objectId, input.objectId), eq(ownership.status, 'active')));
      if (dup) throw conflict('该事项已有领导包案，不能重复包案');
    }
    const [row] = await tx
      .insert(ownership)
      .values({
        unitId: obj.unitId,
        unitPath: u!.path,
        kind: input.kind,
        objectId: input.objectId,
        objectLabel: obj.label.slice(0, 200),
        leaderUserId: leader.id,
        leaderName: leader.displayName,
        assignedPerson: input.assignedPerson.trim(),
        responsibility: input.responsibility.trim(),
        measures: input.measures.trim(),
        goal: input.goal.trim(),
        startedOn: today,
        targetDate: input.targetDate,
        createdByName: ctx.actor.name,
        createdAt: ctx.now(),
      })
      .returning();
    await audit(tx, ctx, { action: 'ownership.create', objectType: 'ownership', objectId: row!.id, objectUnitId: obj.unitId, detail: { kind: input.kind, objectId: input.objectId, leader: leader.displayName, targetDate: input.targetDate } });
    return row!;
  });

const withLight = (r: Row, today: IsoDate) => ({ ...r, light: ownershipLight(r, today, currentCalendar()) });

export const listOwnerships = (ctx: ServiceContext, f: { leaderUserId?: string | undefined; status?: OwnershipStatus | undefined; mine?: boolean }) =>
  inScope(ctx, async (tx) => {
    const today = toChinaDate(ctx.now());
    const leaderId = f.mine ? ctx.actor.id : f.leaderUserId;
    const where = [leaderId ? eq(ownership.leaderUserId, leaderId) : undefined, f.status ? eq(ownership.status, f.status) : undefined].filter((w) => w !== undefined);
    const rows = await tx
      .select()
      .from(ownership)
      .where(where.length ? and(...where) : undefined)
      .orderBy(asc(ownership.status), asc(ownership.targetDate), desc(ownership.createdAt))
      .limit(500);
    return rows.map((r) => withLight(r, today));
  });

export const getOwnership = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const [r] = await tx.select().from(ownership).where(eq(ownership.id, id));
    if (!r) throw notFound('包案');
    const progress = await tx.select().from(ownershipProgress).where(eq(ownershipProgress.ownershipId, id)).orderBy(asc(ownershipProgress.day), asc(ownershipProgress.at));
    return { ownership: withLight(r, toChinaDate(ctx.now())), progress };
  });

export const addOwnershipProgress = (ctx: ServiceContext, id: string, note: string) =>
  inScope(ctx, async (tx) => {
    const [r] = await tx.select().from(ownership).where(eq(ownership.id, id));
    if (!r) throw notFound('包案');
    if (r.status !== 'active') throw conflict('该包案事项已化解，不能再填写进展');
    const [row] = await tx.insert(ownershipProgress).values({ ownershipId: id, unitPath: r.unitPath, day: toChinaDate(ctx.now()), note: note.trim(), byName: ctx.actor.name, at: ctx.now() }).returning();
    await audit(tx, ctx, { action: 'ownership.progress', objectType: 'ownership', objectId: id, objectUnitId: r.unitId });
    return row!;
  });

/** 已化解: closes an owned matter with how it was resolved. */
export const resolveOwnership = (ctx: ServiceContext, id: string, input: { resolution: string; version: number }) =>
  inScope(ctx, async (tx) => {
    const [r] = await tx.select().from(ownership).where(eq(ownership.id, id));
    if (!r) throw notFound('包案');
    if (r.status !== 'active') throw conflict('该包案事项已化解');
    if (r.kind === 'village' || r.kind === 'enterprise') throw conflict('包村、包企业是长期责任，不作化解处理');
    const today = toChinaDate(ctx.now());
    const [row] = await tx
      .update(ownership)
      .set({ status: 'resolved', resolvedOn: today, resolution: input.resolution.trim(), version: sql`${ownership.version} + 1` })
      .where(and(eq(ownership.id, id), eq(ownership.version, input.version)))
      .returning();
    if (!row) throw staleVersion();
    await audit(tx, ctx, { action: 'ownership.resolve', objectType: 'ownership', objectId: id, objectUnitId: r.unitId, detail: { onTime: compareDates(today, r.targetDate) <= 0 } });
    return withLight(row, today);
  });

/** 化解率 per leader over the matters owned in the caller's subtree. */
export const resolutionRates = (ctx: ServiceContext) =>
  inScope(ctx, async (tx) => {
    const rows = await tx.select().from(ownership);
    return resolutionByLeader(rows);
  });

/** Leaders one may name as owners: active users with the leader role in the caller's subtree. */
export const ownerCandidates = (ctx: ServiceContext) =>
  inScope(ctx, async (tx) => {
    const rows = await tx.select({ id: appUser.id, name: appUser.displayName, title: appUser.title, roles: appUser.roles }).from(appUser).where(eq(appUser.active, true)).orderBy(asc(appUser.displayName));
    return rows.filter((u) => u.roles.includes('leader')).map(({ id, name, title }) => ({ id, name, title }));
  });
