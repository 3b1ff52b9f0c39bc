import { index, pgTable, text, timestamp, date, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { unit } from './units.js';

/** 换班: a rota slot handed to another leader, with the reason; the slot then names the new leader. */
export const receptionSwap = pgTable(
  'reception_swap',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** No foreign key: a slot may be deleted later; what happened on it stays on record. */
    slotId: uuid('slot_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    day: date('day', { mode: 'string' }).notNull(),
    fromLeader: text('from_leader').notNull(),
    toLeader: text('to_leader').notNull(),
    toTitle: text('to_title'),
    reason: text('reason').notNull(),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('reception_swap_slot_idx').on(t.slotId, t.at)],
);

/** The leader on the rota who received a visit (recorded when the visit is registered on a rota day). */
export const receptionVisit = pgTable(
  'reception_visit',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    /** No foreign key: a slot may be deleted later; what happened on it stays on record. */
    slotId: uuid('slot_id').notNull(),
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title'),
    day: date('day', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('reception_visit_slot_idx').on(t.slotId)],
);
