import { inSequence } from '../in-sequence.js';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { appUser, unit } from '../schema/index.js';

export type UserRow = typeof appUser.$inferSelect;
export type NewUserRow = typeof appUser.$inferInsert;

export interface UserFilter {
  unitPath?: string | undefined;
  q?: string | undefined;
  role?: string | undefined;
  active?: boolean | undefined;
}

export const usersRepository = {
  byId: async (tx: Db, id: string) => (await tx.select().from(appUser).where(eq(appUser.id, id)))[0],
  byUsername: async (tx: Db, username: string) =>
    (await tx.select().from(appUser).where(sql`lower(${appUser.username}) = lower(${username})`))[0],
  list: (tx: Db, f: UserFilter, limit: number, offset: number) => {
    const conds: SQL[] = [];
    if (f.unitPath) conds.push(sql`${unit.path} like ${f.unitPath + '%'}`);
    if (f.q) conds.push(or(ilike(appUser.username, `%${f.q}%`), ilike(appUser.displayName, `%${f.q}%`))!);
    if (f.role) conds.push(sql`${f.role} = any(${appUser.roles})`);
    if (f.active !== undefined) conds.push(eq(appUser.active, f.active));
    const where = conds.length ? and(...conds) : undefined;
    return inSequence([
      () => tx
        .select({ user: appUser, unitName: unit.name })
        .from(appUser)
        .innerJoin(unit, eq(unit.id, appUser.unitId))
        .where(where)
        .orderBy(asc(unit.path), asc(appUser.username))
        .limit(limit)
        .offset(offset),
      () => tx
        .select({ n: sql<number>`count(*)::int` })
        .from(appUser)
        .innerJoin(unit, eq(unit.id, appUser.unitId))
        .where(where)
        .then((r) => r[0]!.n),
    ]);
  },
  insert: async (tx: Db, row: NewUserRow) => (await tx.insert(appUser).values(row).returning())[0]!,
  update: async (tx: Db, id: string, changes: Partial<NewUserRow>, version?: number) =>
    (
      await tx
        .update(appUser)
        .set({ ...changes, version: sql`${appUser.version} + 1`, updatedAt: new Date() })
        .where(version === undefined ? eq(appUser.id, id) : and(eq(appUser.id, id), eq(appUser.version, version)))
        .returning()
    )[0],
  activeInUnit: async (tx: Db, unitId: string) =>
    (
      await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(appUser)
        .where(and(eq(appUser.unitId, unitId), eq(appUser.active, true)))
    )[0]!.n,
};
