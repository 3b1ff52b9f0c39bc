import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './accounts.js';

/** A day the State Council schedule makes a holiday or a working day (调休), entered or imported by an admin. */
export const calendarOverride = pgTable(
  'calendar_override',
  {
    day: date('day', { mode: 'string' }).primaryKey(),
    kind: text('kind').notNull(),
    name: text('name'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_override_kind_ck', sql`${t.kind} in ('holiday','workday')`)],
);

/** Years whose official schedule has been entered completely: deadlines in them are no longer provisional. */
export const calendarYear = pgTable('calendar_year', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  publishedBy: text('published_by').notNull(),
});

/** Time-limit rules as data (defaults from domain.md), per step and pipeline; every change is audited. */
export const timeLimitRule = pgTable(
  'time_limit_rule',
  {
    step: text('step').notNull(),
    pipeline: text('pipeline').notNull(),
    days: integer('days').notNull(),
    dayUnit: text('day_unit').notNull(),
    label: text('label').notNull(),
    name: text('name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.step, t.pipeline] }), check('time_limit_rule_days_ck', sql`${t.days} between 1 and 3650`)],
);

/**
 * In-app notifications (the bell). `dedupe_key` makes every reminder and escalation happen once, however often
 * the reminder job runs and across restarts.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    caseId: uuid('case_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('notification_dedupe_uq').on(t.userId, t.dedupeKey), index('notification_user_idx').on(t.userId, t.createdAt)],
);

/** Background jobs on the database: claimed with FOR UPDATE SKIP LOCKED, so several servers never run one twice. */
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** A recurring job exists once per kind. */
    singleton: boolean('singleton').notNull().default(false),
  },
  (t) => [index('job_due_idx').on(t.runAt).where(sql`${t.doneAt} is null`), uniqueIndex('job_singleton_uq').on(t.kind).where(sql`${t.singleton}`)],
);
