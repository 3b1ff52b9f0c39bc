import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { appUser, session, unit } from '../schema/index.js';

export const sessionsRepository = {
  insert: async (tx: Db, row: typeof session.$inferInsert) => (await tx.insert(session).values(row).returning())[0]!,
  /** The live session behind a cookie, with its user and the user's unit. */
  live: async (db: Db, tokenHash: string, now: Date) =>
    (
      await db
        .select({ session, user: appUser, unit })
        .from(session)
        .innerJoin(appUser, eq(appUser.id, session.userId))
        .innerJoin(unit, eq(unit.id, appUser.unitId))
        .where(and(eq(session.tokenHash, tokenHash), isNull(session.revokedAt), gt(session.expiresAt, now)))
    )[0],
  touch: (db: Db, id: string, now: Date, expiresAt: Date) =>
    db.update(session).set({ lastSeenAt: now, expiresAt }).where(eq(session.id, id)),
  revoke: (tx: Db, id: string, now: Date) => tx.update(session).set({ revokedAt: now }).where(eq(session.id, id)),
  revokeAllOf: (tx: Db, userId: string, now: Date, exceptId?: string) =>
    tx
      .update(session)
      .set({ revokedAt: now })
      .where(
        and(
          eq(session.userId, userId),
          isNull(session.revokedAt),
          exceptId ? sql`${session.id} <> ${exceptId}` : undefined,
        ),
      ),
};
