import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MeetingKind } from '../../domain/meetings/index.js';
import { appUser } from './accounts.js';
import { cases } from './cases.js';
import { unit } from './units.js';

/** 下访 / 民情日记: a visit to a village or enterprise; a problem found may become a risk or a case. */
export const fieldDiary = pgTable(
  'field_diary',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    authorId: uuid('author_id').references(() => appUser.id),
    authorName: text('author_name').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    visitors: text('visitors').notNull(),
    place: text('place').notNull(),
    metWith: text('met_with').notNull(),
    problemsFound: text('problems_found').notNull(),
    followUp: text('follow_up').notNull(),
    riskId: uuid('risk_id'),
    caseId: uuid('case_id').references(() => cases.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('field_diary_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.visitedOn)],
);

/** 三会, the half-monthly screening meeting and the party committee's sessions on petitions. */
export const meeting = pgTable(
  'meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind').$type<MeetingKind>().notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attendees: text('attendees').notNull(),
    topics: text('topics').notNull(),
    decisions: text('decisions').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('meeting_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.heldOn),
    check('meeting_kind_ck', sql`${t.kind} in ('screening','partyCommittee','cadreForum','liaisonMeeting','petitionerTalk','other')`),
  ],
);

/** A decision's follow-up: an owner and a due date, tracked to done. */
export const meetingFollowUp = pgTable(
  'meeting_follow_up',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id),
    unitPath: text('unit_path').notNull(),
    task: text('task').notNull(),
    ownerName: text('owner_name').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    doneNote: text('done_note'),
  },
  (t) => [index('meeting_follow_up_meeting_idx').on(t.meetingId), index('meeting_follow_up_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.dueOn)],
);
