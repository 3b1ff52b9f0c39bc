import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Db, inSequence } from '../../db/index.js';
import { notification } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { inScope, type ServiceContext } from '../context.js';

export interface NewNotification {
  userId: string;
  caseId?: string | null;
  kind: string;
  title: string;
  body?: string | null;
  /** The event this notifies: the same key for the same user is delivered once, ever. */
  dedupeKey: string;
  at: Date;
}

/** Delivers notifications; those already delivered (same user and key) are skipped. Returns how many are new. */
export async function notify(db: Db, items: NewNotification[]): Promise<number> {
  if (!items.length) return 0;
  const inserted = await db
    .insert(notification)
    .values(items.map((n) => ({ userId: n.userId, caseId: n.caseId ?? null, kind: n.kind, title: n.title, body: n.body ?? null, dedupeKey: n.dedupeKey, createdAt: n.at })))
    .onConflictDoNothing()
    .returning({ id: notification.id });
  return inserted.length;
}

/** The bell: the caller's unread count and latest notifications. */
export const myNotifications = (ctx: ServiceContext, limit: number) =>
  inScope(ctx, async (tx) => {
    const [items, [count]] = await inSequence([
      () => tx.select().from(notification).orderBy(desc(notification.createdAt)).limit(limit),
      () => rowsOf<{ n: number }>(tx.execute(sql`select count(*)::int as n from notification where read_at is null`)),
    ]);
    return {
      unread: count?.n ?? 0,
      items: items.map((n) => ({ id: n.id, caseId: n.caseId, kind: n.kind, title: n.title, body: n.body, createdAt: n.createdAt.toISOString(), read: !!n.readAt })),
    };
  });

export const markRead = (ctx: ServiceContext, id: string | 'all') =>
  inScope(ctx, async (tx) => {
    const done = await tx
      .update(notification)
      .set({ readAt: ctx.now() })
      .where(id === 'all' ? isNull(notification.readAt) : and(eq(notification.id, id), isNull(notification.readAt)))
      .returning({ id: notification.id });
    if (id !== 'all' && done.length === 0) {
      const [exists] = await tx.select({ id: notification.id }).from(notification).where(eq(notification.id, id));
      if (!exists) throw notFound('通知');
    }
    return done.length;
  });
