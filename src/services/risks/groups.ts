import { asc, eq } from 'drizzle-orm';
import { householdGroup, unit } from '../../db/schema/index.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';

export interface NewGroup {
  unitId?: string | undefined;
  name: string;
  leaderName: string;
  households: number;
  members?: string | undefined;
}

/** 联户联保小组 of a village (the liaison's own by default). */
export const addHouseholdGroup = (ctx: ServiceContext, g: NewGroup) =>
  inScope(ctx, async (tx) => {
    const [u] = await tx.select().from(unit).where(eq(unit.id, g.unitId ?? ctx.actor.unitId));
    if (!u) throw notFound('单位');
    if (u.level !== 'village') throw invalid('联户联保小组须建在村（社区）或企业', [{ field: 'unitId', message: '请选择村、社区或企业' }]);
    const existing = await tx.select({ name: householdGroup.name }).from(householdGroup).where(eq(householdGroup.unitId, u.id));
    if (existing.some((e) => e.name === g.name.trim())) throw conflict(`${u.name}已有名为“${g.name.trim()}”的小组`);
    const [row] = await tx.insert(householdGroup).values({ unitId: u.id, unitPath: u.path, name: g.name.trim(), leaderName: g.leaderName.trim(), households: g.households, members: g.members?.trim() || null, createdAt: ctx.now() }).returning();
    await audit(tx, ctx, { action: 'risk.group', objectType: 'householdGroup', objectId: row!.id, objectUnitId: u.id, detail: { name: row!.name, leader: row!.leaderName } });
    return { ...row!, unitName: u.name };
  });

export const listHouseholdGroups = (ctx: ServiceContext, unitId?: string) =>
  inScope(ctx, async (tx) => {
    const rows = await tx
      .select({ g: householdGroup, unitName: unit.name })
      .from(householdGroup)
      .innerJoin(unit, eq(unit.id, householdGroup.unitId))
      .where(unitId ? eq(householdGroup.unitId, unitId) : undefined)
      .orderBy(asc(unit.sortOrder), asc(householdGroup.name));
    return rows.map(({ g, unitName }) => ({ ...g, unitName }));
  });
