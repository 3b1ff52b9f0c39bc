import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { VetoRules, Weights } from '../../domain/assessment/index.js';
import { unit } from './units.js';

/** 《信访工作目标责任状》: a unit's yearly targets (indicator weights, veto items) set by the unit above. */
export const assessmentAgreement = pgTable(
  'assessment_agreement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    weights: jsonb('weights').$type<Weights>().notNull(),
    veto: jsonb('veto').$type<VetoRules>().notNull(),
    deductionPerEvent: real('deduction_per_event').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    signedByName: text('signed_by_name').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('assessment_agreement_unit_year_uq').on(t.unitId, t.year), index('assessment_agreement_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.year)],
);
