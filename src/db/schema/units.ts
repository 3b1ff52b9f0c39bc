import { sql } from 'drizzle-orm';
import type { UnitKind, UnitLevel } from '../../domain/vocabulary/index.js';
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * One tree of units. `path` is the chain of ids from the root ('/<root>/<child>/…/<self>/'):
 * a subtree is `path LIKE '<unit path>%'`, which the data-scope policies use.
 */
export const unit = pgTable(
  'unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => unit.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** Unit code used in case numbers: unique, digits and letters. */
    code: text('code').notNull(),
    level: text('level').$type<UnitLevel>().notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    regionCode: text('region_code').notNull(),
    path: text('path').notNull(),
    /** A small number of its own, never reused nor changed: the segments of `shortPath`. */
    shortId: integer('short_id').notNull().generatedByDefaultAsIdentity(),
    /**
     * `path` with each unit's `shortId` for its id ('/1/4/17/'): the same tree in a tenth of the bytes, for the copies
     * a table keeps by the million (`repeat_key`). Kept by a trigger from `path` (migration 0050); the default only
     * satisfies NOT NULL before it runs.
     */
    shortPath: text('short_path').notNull().default(''),
    depth: integer('depth').notNull(),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    phone: text('phone'),
    address: text('address'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('unit_code_uq').on(t.code),
    uniqueIndex('unit_path_uq').on(t.path),
    uniqueIndex('unit_short_id_uq').on(t.shortId),
    index('unit_path_prefix_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('unit_parent_idx').on(t.parentId),
    check('unit_level_ck', sql`${t.level} in ('central','province','city','county','town','village')`),
    check(
      'unit_kind_ck',
      sql`${t.kind} in ('discipline','petitionBureau','department','townOffice','villageCommittee','enterprise','stationedAgency')`,
    ),
    check('unit_region_ck', sql`${t.regionCode} ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'`),
    check('unit_code_ck', sql`${t.code} ~ '^[0-9A-Za-z]{2,20}$'`),
    check('unit_root_ck', sql`(${t.parentId} is null) = (${t.depth} = 0)`),
  ],
);
