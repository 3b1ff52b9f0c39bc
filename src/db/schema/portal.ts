import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { appUser } from './accounts.js';

/**
 * How a reporter reaches their case on the portal. The query code is found through a keyed hash (HMAC), and the
 * code with the password is checked against an Argon2id hash with its own salt; neither is stored in the clear.
 */
export const portalAccess = pgTable(
  'portal_access',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    codeLookup: text('code_lookup').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('portal_access_lookup_uq').on(t.codeLookup)],
);

/**
 * Failed queries per code, whether the code exists or not, so the lockout says nothing about which codes exist.
 */
export const portalAttempt = pgTable('portal_attempt', {
  codeLookup: text('code_lookup').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The same report sent again within minutes returns the first code. To do that the code is kept encrypted for a
 * short while only, then erased by the reminder job.
 */
export const portalRecent = pgTable(
  'portal_recent',
  {
    contentKey: text('content_key').primaryKey(),
    caseId: uuid('case_id').notNull(),
    codeEnc: text('code_enc').notNull(),
    passwordEnc: text('password_enc').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('portal_recent_expires_idx').on(t.expiresAt)],
);

/** Two-way messages between the office and the reporter; internal notes never come here. */
export const portalMessage = pgTable(
  'portal_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    sender: text('sender').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('portal_message_case_idx').on(t.caseId, t.createdAt), check('portal_message_sender_ck', sql`${t.sender} in ('office','petitioner')`)],
);

/** Proof-of-work challenges already used (a challenge solves one submission only). */
export const portalChallenge = pgTable('portal_challenge', {
  id: text('id').primaryKey(),
  usedAt: timestamp('used_at', { withTimezone: true }).notNull(),
});

/** 领导接访安排 published on the portal, and the offices' contacts. */
export const receptionSlot = pgTable(
  'reception_slot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    timeRange: text('time_range').notNull(),
    /** The leader's account; null on slots entered as free text before accounts were required. */
    leaderUserId: uuid('leader_user_id').references(() => appUser.id),
    /** The leader's name and title as published (copied from the account when the slot was set or swapped). */
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title'),
    place: text('place').notNull(),
    topics: text('topics'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('reception_slot_day_idx').on(t.day)],
);
