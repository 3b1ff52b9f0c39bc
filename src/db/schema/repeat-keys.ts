import { bigint, date, index, smallint, text, uuid, pgTable } from 'drizzle-orm/pg-core';

/**
 * The keys a case is recognised by as a repeat (重信重访): one row per petitioner hash (ID number, phone, name +
 * address), accused key and content band, with the case's date and its unit's short path copied beside it, kept by triggers on
 * `cases`, `petitioner` and `accused` (migrations 0036, 0046: per statement, so a batch of registrations adds its keys in one insert). The lookup walks `(key, received_on desc)` and reads date,
 * scope and case from the index alone, at most a bounded number of the newest entries per key: a GIN index over the
 * arrays on `cases` had to fetch every matching case row to check date and scope, hundreds of rows for a hot key or
 * a colliding band at a million cases (bench/README.md). `key` is `hashtextextended` of the key's text with a
 * prefix naming its kind; `rank` orders the reasons: 0 petitioner, 1 accused, 2 similar text. Readable by the
 * table's owner only: the lookup runs with the caller's scope as an explicit condition (withScopeCondition).
 */
export const repeatKey = pgTable(
  'repeat_key',
  {
    // No foreign key: one check per key row (~19 per case) on every registration; a statement trigger on `cases`
    // removes a deleted case's keys instead (migration 0046).
    caseId: uuid('case_id').notNull(),
    rank: smallint('rank').notNull(),
    key: bigint('key', { mode: 'bigint' }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** The case's unit as `unit.short_path`: the scope condition reads it in the index (a UUID path was ~200 bytes of
     * each ~230-byte entry; migration 0050). */
    unitShortPath: text('unit_short_path').notNull(),
  },
  (t) => [
    // Every column in the key so that the lookup is an index-only scan.
    index('repeat_key_lookup_idx').on(t.key, t.receivedOn.desc(), t.unitShortPath, t.rank, t.caseId),
    index('repeat_key_case_idx').on(t.caseId),
  ],
);
