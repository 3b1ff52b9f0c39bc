import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReportFrequency, RiskCategory, RiskLevel, RiskStatus } from '../../domain/risks/index.js';
import { appUser } from './accounts.js';
import { cases } from './cases.js';
import { unit } from './units.js';

/**
 * 《基层单位信访隐患排查调处情况明细表》: one report per reporting unit and period, filed by its liaison officer.
 * A nil report (本周无隐患) is a report without lines. `unit_path` is copied for the data-scope policy.
 */
export const riskReport = pgTable(
  'risk_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    frequency: text('frequency').$type<ReportFrequency>().notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    filedBy: uuid('filed_by').references(() => appUser.id),
    filedByName: text('filed_by_name').notNull(),
    isNil: boolean('is_nil').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('risk_report_period_uq').on(t.unitId, t.periodStart),
    index('risk_report_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.periodStart),
    check('risk_report_frequency_ck', sql`${t.frequency} in ('weekly','halfMonthly','monthly')`),
  ],
);

/** One line of the form: a risk found, tracked until resolved or registered as a case. */
export const riskItem = pgTable(
  'risk_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The screening report it was reported on; none when it came from a field diary (民情日记). */
    reportId: uuid('report_id').references(() => riskReport.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    ord: integer('ord').notNull(),
    description: text('description').notNull(),
    peopleCount: integer('people_count').notNull(),
    keyPersons: text('key_persons'),
    category: text('category').$type<RiskCategory>().notNull(),
    level: text('level').$type<RiskLevel>().notNull(),
    measures: text('measures').notNull(),
    responsiblePerson: text('responsible_person').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').$type<RiskStatus>().notNull(),
    resolution: text('resolution'),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    caseId: uuid('case_id').references(() => cases.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('risk_item_report_idx').on(t.reportId, t.ord),
    index('risk_item_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.status),
    check('risk_item_level_ck', sql`${t.level} in ('ordinary','major','critical')`),
    check('risk_item_status_ck', sql`${t.status} in ('screening','mediating','resolved','convertedToCase')`),
    check('risk_item_people_ck', sql`${t.peopleCount} > 0`),
    check('risk_item_case_ck', sql`(${t.status} = 'convertedToCase') = (${t.caseId} is not null)`),
  ],
);

/** 重大隐患 daily progress (事态发展情况、处理情况), and any progress note on other risks. */
export const riskProgress = pgTable(
  'risk_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    riskId: uuid('risk_id')
      .notNull()
      .references(() => riskItem.id),
    unitPath: text('unit_path').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    byUserId: uuid('by_user_id').references(() => appUser.id),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('risk_progress_risk_idx').on(t.riskId, t.day)],
);

/** 联户联保小组: about ten households of a village who watch for unrest together, with a group leader. */
export const householdGroup = pgTable(
  'household_group',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    leaderName: text('leader_name').notNull(),
    households: integer('households').notNull(),
    members: text('members'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('household_group_name_uq').on(t.unitId, t.name), check('household_group_households_ck', sql`${t.households} between 1 and 50`)],
);
