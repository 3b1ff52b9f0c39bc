import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { apiToken, unit } from '../schema/index.js';

export type ApiTokenRow = typeof apiToken.$inferSelect;

export const tokensRepository = {
  insert: async (tx: Db, row: typeof apiToken.$inferInsert) => (await tx.insert(apiToken).values(row).returning())[0]!,
  list: (tx: Db) =>
    tx
      .select({ token: apiToken, unitName: unit.name })
      .from(apiToken)
      .innerJoin(unit, eq(unit.id, apiToken.unitId))
      .orderBy(desc(apiToken.createdAt)),
  byId: async (tx: Db, id: string) => (await tx.select().from(apiToken).where(eq(apiToken.id, id)))[0],
  revoke: async (tx: Db, id: string, now: Date) =>
    (
      await tx
        .update(apiToken)
        .set({ revokedAt: now })
        .where(and(eq(apiToken.id, id), isNull(apiToken.revokedAt)))
        .returning()
    )[0],
  /** Authentication lookup (unscoped): the token and its unit. */
  live: async (db: Db, tokenHash: string) =>
    (
      await db
        .select({ token: apiToken, unit })
        .from(apiToken)
        .innerJoin(unit, eq(unit.id, apiToken.unitId))
        .where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt)))
    )[0],
  markUsed: (db: Db, id: string, now: Date, ip: string | undefined) =>
    db.update(apiToken).set({ lastUsedAt: now, lastUsedIp: ip ?? null }).where(eq(apiToken.id, id)),
};
