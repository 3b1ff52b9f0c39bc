import { timeOrderedId } from './time-ordered-id.js';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';

/** 领导批示: who instructed what, when, under which document number. */
export const instruction = pgTable(
  'instruction',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    leaderUserId: uuid('leader_user_id'),
    leaderName: text('leader_name').notNull(),
    unitId: uuid('unit_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    text: text('text').notNull(),
    documentNo: text('document_no'),
  },
  (t) => [index('instruction_case_idx').on(t.caseId)],
);

/** 督办 (a notice with a requirement and a due date) and 催办 (a reminder); the handling unit's reply is kept. */
export const supervision = pgTable(
  'supervision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    unitId: uuid('unit_id').notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    requirement: text('requirement'),
    dueOn: date('due_on', { mode: 'string' }),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    repliedBy: text('replied_by'),
  },
  (t) => [index('supervision_case_idx').on(t.caseId), check('supervision_kind_ck', sql`${t.kind} in ('supervise','remind')`)],
);

/** Notices and letters issued (受理告知书, 交办函 …), numbered per unit and year, kept as rendered. */
export const notice = pgTable(
  'notice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    noticeNo: text('notice_no').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: text('issued_by').notNull(),
    /** Reaches the petitioner (portal, mail); internal letters (交办函) do not. */
    toPetitioner: boolean('to_petitioner').notNull(),
    html: text('html').notNull(),
  },
  (t) => [index('notice_case_idx').on(t.caseId), uniqueIndex('notice_no_uq').on(t.noticeNo)],
);

/**
 * A time limit of one step of a case. `on_time` is frozen when the step completes, so a later calendar or rule
 * change never rewrites history; the rule is copied (days, unit) for the same reason.
 */
export const caseDeadline = pgTable(
  'case_deadline',
  {
    id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => timeOrderedId()),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    step: text('step').notNull(),
    days: integer('days').notNull(),
    dayUnit: text('day_unit').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The first yellow day (domain warnFrom), kept in step with due_on: 即将超期 is a date comparison. */
    warnOn: date('warn_on', { mode: 'string' }),
    originalDueOn: date('original_due_on', { mode: 'string' }).notNull(),
    provisional: boolean('provisional').notNull().default(false),
    extensionDays: integer('extension_days').notNull().default(0),
    pausedFrom: date('paused_from', { mode: 'string' }),
    pausedDays: integer('paused_days').notNull().default(0),
    /** Closed pauses (中止) as [{ from, to }]; `paused_from` is the open one. */
    pauses: jsonb('pauses').$type<{ from: string; to: string }[]>().notNull().default([]),
    status: text('status').notNull().default('running'),
    completedOn: date('completed_on', { mode: 'string' }),
    onTime: boolean('on_time'),
  },
  (t) => [
    index('case_deadline_case_idx').on(t.caseId),
    // Statistics: the clocks that fell due in a period (及时受理率, 按期办结率).
    index('case_deadline_due_idx').on(t.dueOn),
    index('case_deadline_running_idx').on(t.dueOn).where(sql`${t.status} = 'running'`),
    index('case_deadline_warn_idx').on(t.warnOn).where(sql`${t.status} = 'running'`),
    check('case_deadline_status_ck', sql`${t.status} in ('running','met','missed','stopped')`),
    check('case_deadline_unit_ck', sql`${t.dayUnit} in ('calendar','working')`),
  ],
);
