import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail. Rows are only ever inserted: a trigger (migration 0001) refuses UPDATE, DELETE
 * and TRUNCATE, so no code path can rewrite history.
 * No foreign keys on purpose: an entry outlives anything it mentions.
 */
export const auditEntry = pgTable(
  'audit_entry',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    actorName: text('actor_name').notNull(),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    objectUnitId: uuid('object_unit_id'),
    detail: jsonb('detail'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_object_idx').on(t.objectType, t.objectId),
    index('audit_actor_idx').on(t.actorUserId),
    index('audit_unit_idx').on(t.unitId),
  ],
);
