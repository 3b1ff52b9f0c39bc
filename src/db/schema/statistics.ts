import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/** The key and the counts of a rollup row, the same in the rollup and in its deltas. */
const rollupCounts = () => ({
  unitPath: text('unit_path').notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  pipeline: text('pipeline').notNull(),
  category1: text('category1').notNull(),
  channel: text('channel').notNull(),
  region: text('region').notNull(),
  n: integer('n').notNull(),
  repeats: integer('repeats').notNull(),
  skipLevel: integer('skip_level').notNull(),
  groupVisit: integer('group_visit').notNull(),
});

/**
 * Pre-aggregated case counts for statistics (issue #7): cases per unit, month received, pipeline, 大类, channel and
 * matter county (a 6-digit region prefix; '' stands for no category or region). Never written by the app: the
 * fold job adds `case_rollup_delta` into it (statisticsFold). The figures are always rollup + unfolded deltas.
 */
export const caseRollup = pgTable(
  'case_rollup',
  {
    /**
     * Which columns the row keeps (the rest are ''): unit (unit and month only), category (+ pipeline, 大类,
     * channel), region (+ county), all. A figure reads the smallest grain that has its columns: a year's trend of a
     * province is a few hundred rows, not the hundred thousand of the finest grain. Deltas are kept at the finest
     * grain; the fold adds each into every grain (case_rollup_fold, migration 0040).
     */
    grain: text('grain').notNull().default('all'),
    ...rollupCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.month, t.unitPath, t.pipeline, t.category1, t.channel, t.region] }),
    // Migrations 0039–0040 add the other columns as INCLUDE (drizzle cannot say so): figures are index-only scans
    // of the grain and months asked about, the subtree checked in the index.
    index('case_rollup_grain_month_idx').using('btree', t.grain, t.month, sql`${t.unitPath} text_pattern_ops`),
  ],
);

/**
 * Changes to the counts of `case_rollup`, appended by triggers on `cases` (a new case +1, a deleted case −1, a
 * changed key −1 under the old key and +1 under the new): one insert per change and no update, so concurrent
 * registrations of one unit never wait on a shared counter row (no key, no index: an insert touches no shared
 * page but the heap's last). Folded into the rollup and deleted by the job.
 */
export const caseRollupDelta = pgTable('case_rollup_delta', rollupCounts());

/**
 * The time-limit clocks of one case for one indicator (acceptance: 及时受理率; conclusion: 按期办结率), summed up
 * for the rule of `clocksKept` (domain/indicators/rates.ts), kept by triggers on `case_deadline`. One row per case
 * and kind, written only by that case's own clock changes: no row shared between cases. Stopped clocks are left
 * out; a case without any other clock of the kind has no row.
 */
export const caseClockStat = pgTable(
  'case_clock_stat',
  {
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    unitPath: text('unit_path').notNull(),
    /** The first due date among the clocks: the case counts in the period of this day. */
    firstDue: date('first_due', { mode: 'string' }).notNull(),
    clocks: integer('clocks').notNull(),
    running: integer('running').notNull(),
    runningPaused: integer('running_paused').notNull(),
    /** A completed clock was late (on_time false). */
    lateDone: boolean('late_done').notNull(),
    /** The nearest due date of the running, unpaused clocks (late once it is before the day asked about). */
    runningDue: date('running_due', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.kind] }),
    // With the counted columns as INCLUDE (migration 0039): an index-only scan of the period's due dates.
    index('case_clock_stat_due_idx').using('btree', t.kind, t.firstDue, sql`${t.unitPath} text_pattern_ops`),
  ],
);
