import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OwnedKind, OwnershipStatus } from '../../domain/ownership/index.js';
import { appUser } from './accounts.js';
import { unit } from './units.js';

/**
 * 领导包案: a leader owns a case, a risk, a key person, a village or an enterprise, with the four 定 and a target
 * date. `unit_id` is the unit the matter belongs to (the case's, the risk's, the person's village, or the village
 * itself); `unit_path` is copied for the data-scope policy.
 */
export const ownership = pgTable(
  'ownership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind').$type<OwnedKind>().notNull(),
    objectId: uuid('object_id'),
    objectLabel: text('object_label').notNull(),
    leaderUserId: uuid('leader_user_id')
      .notNull()
      .references(() => appUser.id),
    leaderName: text('leader_name').notNull(),
    assignedPerson: text('assigned_person').notNull(),
    responsibility: text('responsibility').notNull(),
    measures: text('measures').notNull(),
    goal: text('goal').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    status: text('status').$type<OwnershipStatus>().notNull().default('active'),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    resolution: text('resolution'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('ownership_leader_idx').on(t.leaderUserId, t.status),
    index('ownership_object_idx').on(t.objectId),
    index('ownership_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
    check('ownership_kind_ck', sql`${t.kind} in ('case','risk','keyPerson','village','enterprise')`),
    check('ownership_status_ck', sql`${t.status} in ('active','resolved')`),
  ],
);

/** 包案进展: what the owner did, dated. */
export const ownershipProgress = pgTable(
  'ownership_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownershipId: uuid('ownership_id')
      .notNull()
      .references(() => ownership.id),
    unitPath: text('unit_path').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ownership_progress_idx').on(t.ownershipId, t.day)],
);
