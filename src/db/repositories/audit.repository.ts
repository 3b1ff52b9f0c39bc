import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditEntry } from '../schema/index.js';

export type AuditRow = typeof auditEntry.$inferSelect;
export type NewAuditRow = typeof auditEntry.$inferInsert;

export interface AuditFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  q?: string | undefined;
  beforeId?: number | undefined;
}

export const auditRepository = {
  append: (tx: Db, row: NewAuditRow) => tx.insert(auditEntry).values(row),
  list: (tx: Db, f: AuditFilter, limit: number) => {
    const conds: SQL[] = [];
    if (f.from) conds.push(gte(auditEntry.at, f.from));
    if (f.to) conds.push(lte(auditEntry.at, f.to));
    if (f.actorUserId) conds.push(eq(auditEntry.actorUserId, f.actorUserId));
    if (f.action) conds.push(eq(auditEntry.action, f.action));
    if (f.objectType) conds.push(eq(auditEntry.objectType, f.objectType));
    if (f.objectId) conds.push(eq(auditEntry.objectId, f.objectId));
    if (f.q) conds.push(sql`(${auditEntry.actorName} ilike ${'%' + f.q + '%'} or ${auditEntry.ip} = ${f.q})`);
    if (f.beforeId) conds.push(lt(auditEntry.id, f.beforeId));
    return tx
      .select()
      .from(auditEntry)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(desc(auditEntry.id))
      .limit(limit);
  },
};
